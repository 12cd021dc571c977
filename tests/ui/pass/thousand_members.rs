//! A flat application of 1000 members listed directly in `#[app]`: the
//! members are collected in groups, so the macros nest about 2√N deep,
//! far below rustc's recursion limit. Generated; the providers form chains.

#[derive(Clone)]
pub struct T0(u64);

#[engin::provide]
fn p0() -> T0 {
    T0(0)
}

#[derive(Clone)]
pub struct T1(u64);

#[engin::provide]
fn p1(prev: &T0) -> T1 {
    T1(prev.0 + 1)
}

#[derive(Clone)]
pub struct T2(u64);

#[engin::provide]
fn p2(prev: &T1) -> T2 {
    T2(prev.0 + 1)
}

#[derive(Clone)]
pub struct T3(u64);

#[engin::provide]
fn p3(prev: &T2) -> T3 {
    T3(prev.0 + 1)
}

#[derive(Clone)]
pub struct T4(u64);

#[engin::provide]
fn p4(prev: &T3) -> T4 {
    T4(prev.0 + 1)
}

#[derive(Clone)]
pub struct T5(u64);

#[engin::provide]
fn p5(prev: &T4) -> T5 {
    T5(prev.0 + 1)
}

#[derive(Clone)]
pub struct T6(u64);

#[engin::provide]
fn p6(prev: &T5) -> T6 {
    T6(prev.0 + 1)
}

#[derive(Clone)]
pub struct T7(u64);

#[engin::provide]
fn p7(prev: &T6) -> T7 {
    T7(prev.0 + 1)
}

#[derive(Clone)]
pub struct T8(u64);

#[engin::provide]
fn p8(prev: &T7) -> T8 {
    T8(prev.0 + 1)
}

#[derive(Clone)]
pub struct T9(u64);

#[engin::provide]
fn p9(prev: &T8) -> T9 {
    T9(prev.0 + 1)
}

#[derive(Clone)]
pub struct T10(u64);

#[engin::provide]
fn p10() -> T10 {
    T10(10)
}

#[derive(Clone)]
pub struct T11(u64);

#[engin::provide]
fn p11(prev: &T10) -> T11 {
    T11(prev.0 + 1)
}

#[derive(Clone)]
pub struct T12(u64);

#[engin::provide]
fn p12(prev: &T11) -> T12 {
    T12(prev.0 + 1)
}

#[derive(Clone)]
pub struct T13(u64);

#[engin::provide]
fn p13(prev: &T12) -> T13 {
    T13(prev.0 + 1)
}

#[derive(Clone)]
pub struct T14(u64);

#[engin::provide]
fn p14(prev: &T13) -> T14 {
    T14(prev.0 + 1)
}

#[derive(Clone)]
pub struct T15(u64);

#[engin::provide]
fn p15(prev: &T14) -> T15 {
    T15(prev.0 + 1)
}

#[derive(Clone)]
pub struct T16(u64);

#[engin::provide]
fn p16(prev: &T15) -> T16 {
    T16(prev.0 + 1)
}

#[derive(Clone)]
pub struct T17(u64);

#[engin::provide]
fn p17(prev: &T16) -> T17 {
    T17(prev.0 + 1)
}

#[derive(Clone)]
pub struct T18(u64);

#[engin::provide]
fn p18(prev: &T17) -> T18 {
    T18(prev.0 + 1)
}

#[derive(Clone)]
pub struct T19(u64);

#[engin::provide]
fn p19(prev: &T18) -> T19 {
    T19(prev.0 + 1)
}

#[derive(Clone)]
pub struct T20(u64);

#[engin::provide]
fn p20() -> T20 {
    T20(20)
}

#[derive(Clone)]
pub struct T21(u64);

#[engin::provide]
fn p21(prev: &T20) -> T21 {
    T21(prev.0 + 1)
}

#[derive(Clone)]
pub struct T22(u64);

#[engin::provide]
fn p22(prev: &T21) -> T22 {
    T22(prev.0 + 1)
}

#[derive(Clone)]
pub struct T23(u64);

#[engin::provide]
fn p23(prev: &T22) -> T23 {
    T23(prev.0 + 1)
}

#[derive(Clone)]
pub struct T24(u64);

#[engin::provide]
fn p24(prev: &T23) -> T24 {
    T24(prev.0 + 1)
}

#[derive(Clone)]
pub struct T25(u64);

#[engin::provide]
fn p25(prev: &T24) -> T25 {
    T25(prev.0 + 1)
}

#[derive(Clone)]
pub struct T26(u64);

#[engin::provide]
fn p26(prev: &T25) -> T26 {
    T26(prev.0 + 1)
}

#[derive(Clone)]
pub struct T27(u64);

#[engin::provide]
fn p27(prev: &T26) -> T27 {
    T27(prev.0 + 1)
}

#[derive(Clone)]
pub struct T28(u64);

#[engin::provide]
fn p28(prev: &T27) -> T28 {
    T28(prev.0 + 1)
}

#[derive(Clone)]
pub struct T29(u64);

#[engin::provide]
fn p29(prev: &T28) -> T29 {
    T29(prev.0 + 1)
}

#[derive(Clone)]
pub struct T30(u64);

#[engin::provide]
fn p30() -> T30 {
    T30(30)
}

#[derive(Clone)]
pub struct T31(u64);

#[engin::provide]
fn p31(prev: &T30) -> T31 {
    T31(prev.0 + 1)
}

#[derive(Clone)]
pub struct T32(u64);

#[engin::provide]
fn p32(prev: &T31) -> T32 {
    T32(prev.0 + 1)
}

#[derive(Clone)]
pub struct T33(u64);

#[engin::provide]
fn p33(prev: &T32) -> T33 {
    T33(prev.0 + 1)
}

#[derive(Clone)]
pub struct T34(u64);

#[engin::provide]
fn p34(prev: &T33) -> T34 {
    T34(prev.0 + 1)
}

#[derive(Clone)]
pub struct T35(u64);

#[engin::provide]
fn p35(prev: &T34) -> T35 {
    T35(prev.0 + 1)
}

#[derive(Clone)]
pub struct T36(u64);

#[engin::provide]
fn p36(prev: &T35) -> T36 {
    T36(prev.0 + 1)
}

#[derive(Clone)]
pub struct T37(u64);

#[engin::provide]
fn p37(prev: &T36) -> T37 {
    T37(prev.0 + 1)
}

#[derive(Clone)]
pub struct T38(u64);

#[engin::provide]
fn p38(prev: &T37) -> T38 {
    T38(prev.0 + 1)
}

#[derive(Clone)]
pub struct T39(u64);

#[engin::provide]
fn p39(prev: &T38) -> T39 {
    T39(prev.0 + 1)
}

#[derive(Clone)]
pub struct T40(u64);

#[engin::provide]
fn p40() -> T40 {
    T40(40)
}

#[derive(Clone)]
pub struct T41(u64);

#[engin::provide]
fn p41(prev: &T40) -> T41 {
    T41(prev.0 + 1)
}

#[derive(Clone)]
pub struct T42(u64);

#[engin::provide]
fn p42(prev: &T41) -> T42 {
    T42(prev.0 + 1)
}

#[derive(Clone)]
pub struct T43(u64);

#[engin::provide]
fn p43(prev: &T42) -> T43 {
    T43(prev.0 + 1)
}

#[derive(Clone)]
pub struct T44(u64);

#[engin::provide]
fn p44(prev: &T43) -> T44 {
    T44(prev.0 + 1)
}

#[derive(Clone)]
pub struct T45(u64);

#[engin::provide]
fn p45(prev: &T44) -> T45 {
    T45(prev.0 + 1)
}

#[derive(Clone)]
pub struct T46(u64);

#[engin::provide]
fn p46(prev: &T45) -> T46 {
    T46(prev.0 + 1)
}

#[derive(Clone)]
pub struct T47(u64);

#[engin::provide]
fn p47(prev: &T46) -> T47 {
    T47(prev.0 + 1)
}

#[derive(Clone)]
pub struct T48(u64);

#[engin::provide]
fn p48(prev: &T47) -> T48 {
    T48(prev.0 + 1)
}

#[derive(Clone)]
pub struct T49(u64);

#[engin::provide]
fn p49(prev: &T48) -> T49 {
    T49(prev.0 + 1)
}

#[derive(Clone)]
pub struct T50(u64);

#[engin::provide]
fn p50() -> T50 {
    T50(50)
}

#[derive(Clone)]
pub struct T51(u64);

#[engin::provide]
fn p51(prev: &T50) -> T51 {
    T51(prev.0 + 1)
}

#[derive(Clone)]
pub struct T52(u64);

#[engin::provide]
fn p52(prev: &T51) -> T52 {
    T52(prev.0 + 1)
}

#[derive(Clone)]
pub struct T53(u64);

#[engin::provide]
fn p53(prev: &T52) -> T53 {
    T53(prev.0 + 1)
}

#[derive(Clone)]
pub struct T54(u64);

#[engin::provide]
fn p54(prev: &T53) -> T54 {
    T54(prev.0 + 1)
}

#[derive(Clone)]
pub struct T55(u64);

#[engin::provide]
fn p55(prev: &T54) -> T55 {
    T55(prev.0 + 1)
}

#[derive(Clone)]
pub struct T56(u64);

#[engin::provide]
fn p56(prev: &T55) -> T56 {
    T56(prev.0 + 1)
}

#[derive(Clone)]
pub struct T57(u64);

#[engin::provide]
fn p57(prev: &T56) -> T57 {
    T57(prev.0 + 1)
}

#[derive(Clone)]
pub struct T58(u64);

#[engin::provide]
fn p58(prev: &T57) -> T58 {
    T58(prev.0 + 1)
}

#[derive(Clone)]
pub struct T59(u64);

#[engin::provide]
fn p59(prev: &T58) -> T59 {
    T59(prev.0 + 1)
}

#[derive(Clone)]
pub struct T60(u64);

#[engin::provide]
fn p60() -> T60 {
    T60(60)
}

#[derive(Clone)]
pub struct T61(u64);

#[engin::provide]
fn p61(prev: &T60) -> T61 {
    T61(prev.0 + 1)
}

#[derive(Clone)]
pub struct T62(u64);

#[engin::provide]
fn p62(prev: &T61) -> T62 {
    T62(prev.0 + 1)
}

#[derive(Clone)]
pub struct T63(u64);

#[engin::provide]
fn p63(prev: &T62) -> T63 {
    T63(prev.0 + 1)
}

#[derive(Clone)]
pub struct T64(u64);

#[engin::provide]
fn p64(prev: &T63) -> T64 {
    T64(prev.0 + 1)
}

#[derive(Clone)]
pub struct T65(u64);

#[engin::provide]
fn p65(prev: &T64) -> T65 {
    T65(prev.0 + 1)
}

#[derive(Clone)]
pub struct T66(u64);

#[engin::provide]
fn p66(prev: &T65) -> T66 {
    T66(prev.0 + 1)
}

#[derive(Clone)]
pub struct T67(u64);

#[engin::provide]
fn p67(prev: &T66) -> T67 {
    T67(prev.0 + 1)
}

#[derive(Clone)]
pub struct T68(u64);

#[engin::provide]
fn p68(prev: &T67) -> T68 {
    T68(prev.0 + 1)
}

#[derive(Clone)]
pub struct T69(u64);

#[engin::provide]
fn p69(prev: &T68) -> T69 {
    T69(prev.0 + 1)
}

#[derive(Clone)]
pub struct T70(u64);

#[engin::provide]
fn p70() -> T70 {
    T70(70)
}

#[derive(Clone)]
pub struct T71(u64);

#[engin::provide]
fn p71(prev: &T70) -> T71 {
    T71(prev.0 + 1)
}

#[derive(Clone)]
pub struct T72(u64);

#[engin::provide]
fn p72(prev: &T71) -> T72 {
    T72(prev.0 + 1)
}

#[derive(Clone)]
pub struct T73(u64);

#[engin::provide]
fn p73(prev: &T72) -> T73 {
    T73(prev.0 + 1)
}

#[derive(Clone)]
pub struct T74(u64);

#[engin::provide]
fn p74(prev: &T73) -> T74 {
    T74(prev.0 + 1)
}

#[derive(Clone)]
pub struct T75(u64);

#[engin::provide]
fn p75(prev: &T74) -> T75 {
    T75(prev.0 + 1)
}

#[derive(Clone)]
pub struct T76(u64);

#[engin::provide]
fn p76(prev: &T75) -> T76 {
    T76(prev.0 + 1)
}

#[derive(Clone)]
pub struct T77(u64);

#[engin::provide]
fn p77(prev: &T76) -> T77 {
    T77(prev.0 + 1)
}

#[derive(Clone)]
pub struct T78(u64);

#[engin::provide]
fn p78(prev: &T77) -> T78 {
    T78(prev.0 + 1)
}

#[derive(Clone)]
pub struct T79(u64);

#[engin::provide]
fn p79(prev: &T78) -> T79 {
    T79(prev.0 + 1)
}

#[derive(Clone)]
pub struct T80(u64);

#[engin::provide]
fn p80() -> T80 {
    T80(80)
}

#[derive(Clone)]
pub struct T81(u64);

#[engin::provide]
fn p81(prev: &T80) -> T81 {
    T81(prev.0 + 1)
}

#[derive(Clone)]
pub struct T82(u64);

#[engin::provide]
fn p82(prev: &T81) -> T82 {
    T82(prev.0 + 1)
}

#[derive(Clone)]
pub struct T83(u64);

#[engin::provide]
fn p83(prev: &T82) -> T83 {
    T83(prev.0 + 1)
}

#[derive(Clone)]
pub struct T84(u64);

#[engin::provide]
fn p84(prev: &T83) -> T84 {
    T84(prev.0 + 1)
}

#[derive(Clone)]
pub struct T85(u64);

#[engin::provide]
fn p85(prev: &T84) -> T85 {
    T85(prev.0 + 1)
}

#[derive(Clone)]
pub struct T86(u64);

#[engin::provide]
fn p86(prev: &T85) -> T86 {
    T86(prev.0 + 1)
}

#[derive(Clone)]
pub struct T87(u64);

#[engin::provide]
fn p87(prev: &T86) -> T87 {
    T87(prev.0 + 1)
}

#[derive(Clone)]
pub struct T88(u64);

#[engin::provide]
fn p88(prev: &T87) -> T88 {
    T88(prev.0 + 1)
}

#[derive(Clone)]
pub struct T89(u64);

#[engin::provide]
fn p89(prev: &T88) -> T89 {
    T89(prev.0 + 1)
}

#[derive(Clone)]
pub struct T90(u64);

#[engin::provide]
fn p90() -> T90 {
    T90(90)
}

#[derive(Clone)]
pub struct T91(u64);

#[engin::provide]
fn p91(prev: &T90) -> T91 {
    T91(prev.0 + 1)
}

#[derive(Clone)]
pub struct T92(u64);

#[engin::provide]
fn p92(prev: &T91) -> T92 {
    T92(prev.0 + 1)
}

#[derive(Clone)]
pub struct T93(u64);

#[engin::provide]
fn p93(prev: &T92) -> T93 {
    T93(prev.0 + 1)
}

#[derive(Clone)]
pub struct T94(u64);

#[engin::provide]
fn p94(prev: &T93) -> T94 {
    T94(prev.0 + 1)
}

#[derive(Clone)]
pub struct T95(u64);

#[engin::provide]
fn p95(prev: &T94) -> T95 {
    T95(prev.0 + 1)
}

#[derive(Clone)]
pub struct T96(u64);

#[engin::provide]
fn p96(prev: &T95) -> T96 {
    T96(prev.0 + 1)
}

#[derive(Clone)]
pub struct T97(u64);

#[engin::provide]
fn p97(prev: &T96) -> T97 {
    T97(prev.0 + 1)
}

#[derive(Clone)]
pub struct T98(u64);

#[engin::provide]
fn p98(prev: &T97) -> T98 {
    T98(prev.0 + 1)
}

#[derive(Clone)]
pub struct T99(u64);

#[engin::provide]
fn p99(prev: &T98) -> T99 {
    T99(prev.0 + 1)
}

#[derive(Clone)]
pub struct T100(u64);

#[engin::provide]
fn p100() -> T100 {
    T100(100)
}

#[derive(Clone)]
pub struct T101(u64);

#[engin::provide]
fn p101(prev: &T100) -> T101 {
    T101(prev.0 + 1)
}

#[derive(Clone)]
pub struct T102(u64);

#[engin::provide]
fn p102(prev: &T101) -> T102 {
    T102(prev.0 + 1)
}

#[derive(Clone)]
pub struct T103(u64);

#[engin::provide]
fn p103(prev: &T102) -> T103 {
    T103(prev.0 + 1)
}

#[derive(Clone)]
pub struct T104(u64);

#[engin::provide]
fn p104(prev: &T103) -> T104 {
    T104(prev.0 + 1)
}

#[derive(Clone)]
pub struct T105(u64);

#[engin::provide]
fn p105(prev: &T104) -> T105 {
    T105(prev.0 + 1)
}

#[derive(Clone)]
pub struct T106(u64);

#[engin::provide]
fn p106(prev: &T105) -> T106 {
    T106(prev.0 + 1)
}

#[derive(Clone)]
pub struct T107(u64);

#[engin::provide]
fn p107(prev: &T106) -> T107 {
    T107(prev.0 + 1)
}

#[derive(Clone)]
pub struct T108(u64);

#[engin::provide]
fn p108(prev: &T107) -> T108 {
    T108(prev.0 + 1)
}

#[derive(Clone)]
pub struct T109(u64);

#[engin::provide]
fn p109(prev: &T108) -> T109 {
    T109(prev.0 + 1)
}

#[derive(Clone)]
pub struct T110(u64);

#[engin::provide]
fn p110() -> T110 {
    T110(110)
}

#[derive(Clone)]
pub struct T111(u64);

#[engin::provide]
fn p111(prev: &T110) -> T111 {
    T111(prev.0 + 1)
}

#[derive(Clone)]
pub struct T112(u64);

#[engin::provide]
fn p112(prev: &T111) -> T112 {
    T112(prev.0 + 1)
}

#[derive(Clone)]
pub struct T113(u64);

#[engin::provide]
fn p113(prev: &T112) -> T113 {
    T113(prev.0 + 1)
}

#[derive(Clone)]
pub struct T114(u64);

#[engin::provide]
fn p114(prev: &T113) -> T114 {
    T114(prev.0 + 1)
}

#[derive(Clone)]
pub struct T115(u64);

#[engin::provide]
fn p115(prev: &T114) -> T115 {
    T115(prev.0 + 1)
}

#[derive(Clone)]
pub struct T116(u64);

#[engin::provide]
fn p116(prev: &T115) -> T116 {
    T116(prev.0 + 1)
}

#[derive(Clone)]
pub struct T117(u64);

#[engin::provide]
fn p117(prev: &T116) -> T117 {
    T117(prev.0 + 1)
}

#[derive(Clone)]
pub struct T118(u64);

#[engin::provide]
fn p118(prev: &T117) -> T118 {
    T118(prev.0 + 1)
}

#[derive(Clone)]
pub struct T119(u64);

#[engin::provide]
fn p119(prev: &T118) -> T119 {
    T119(prev.0 + 1)
}

#[derive(Clone)]
pub struct T120(u64);

#[engin::provide]
fn p120() -> T120 {
    T120(120)
}

#[derive(Clone)]
pub struct T121(u64);

#[engin::provide]
fn p121(prev: &T120) -> T121 {
    T121(prev.0 + 1)
}

#[derive(Clone)]
pub struct T122(u64);

#[engin::provide]
fn p122(prev: &T121) -> T122 {
    T122(prev.0 + 1)
}

#[derive(Clone)]
pub struct T123(u64);

#[engin::provide]
fn p123(prev: &T122) -> T123 {
    T123(prev.0 + 1)
}

#[derive(Clone)]
pub struct T124(u64);

#[engin::provide]
fn p124(prev: &T123) -> T124 {
    T124(prev.0 + 1)
}

#[derive(Clone)]
pub struct T125(u64);

#[engin::provide]
fn p125(prev: &T124) -> T125 {
    T125(prev.0 + 1)
}

#[derive(Clone)]
pub struct T126(u64);

#[engin::provide]
fn p126(prev: &T125) -> T126 {
    T126(prev.0 + 1)
}

#[derive(Clone)]
pub struct T127(u64);

#[engin::provide]
fn p127(prev: &T126) -> T127 {
    T127(prev.0 + 1)
}

#[derive(Clone)]
pub struct T128(u64);

#[engin::provide]
fn p128(prev: &T127) -> T128 {
    T128(prev.0 + 1)
}

#[derive(Clone)]
pub struct T129(u64);

#[engin::provide]
fn p129(prev: &T128) -> T129 {
    T129(prev.0 + 1)
}

#[derive(Clone)]
pub struct T130(u64);

#[engin::provide]
fn p130() -> T130 {
    T130(130)
}

#[derive(Clone)]
pub struct T131(u64);

#[engin::provide]
fn p131(prev: &T130) -> T131 {
    T131(prev.0 + 1)
}

#[derive(Clone)]
pub struct T132(u64);

#[engin::provide]
fn p132(prev: &T131) -> T132 {
    T132(prev.0 + 1)
}

#[derive(Clone)]
pub struct T133(u64);

#[engin::provide]
fn p133(prev: &T132) -> T133 {
    T133(prev.0 + 1)
}

#[derive(Clone)]
pub struct T134(u64);

#[engin::provide]
fn p134(prev: &T133) -> T134 {
    T134(prev.0 + 1)
}

#[derive(Clone)]
pub struct T135(u64);

#[engin::provide]
fn p135(prev: &T134) -> T135 {
    T135(prev.0 + 1)
}

#[derive(Clone)]
pub struct T136(u64);

#[engin::provide]
fn p136(prev: &T135) -> T136 {
    T136(prev.0 + 1)
}

#[derive(Clone)]
pub struct T137(u64);

#[engin::provide]
fn p137(prev: &T136) -> T137 {
    T137(prev.0 + 1)
}

#[derive(Clone)]
pub struct T138(u64);

#[engin::provide]
fn p138(prev: &T137) -> T138 {
    T138(prev.0 + 1)
}

#[derive(Clone)]
pub struct T139(u64);

#[engin::provide]
fn p139(prev: &T138) -> T139 {
    T139(prev.0 + 1)
}

#[derive(Clone)]
pub struct T140(u64);

#[engin::provide]
fn p140() -> T140 {
    T140(140)
}

#[derive(Clone)]
pub struct T141(u64);

#[engin::provide]
fn p141(prev: &T140) -> T141 {
    T141(prev.0 + 1)
}

#[derive(Clone)]
pub struct T142(u64);

#[engin::provide]
fn p142(prev: &T141) -> T142 {
    T142(prev.0 + 1)
}

#[derive(Clone)]
pub struct T143(u64);

#[engin::provide]
fn p143(prev: &T142) -> T143 {
    T143(prev.0 + 1)
}

#[derive(Clone)]
pub struct T144(u64);

#[engin::provide]
fn p144(prev: &T143) -> T144 {
    T144(prev.0 + 1)
}

#[derive(Clone)]
pub struct T145(u64);

#[engin::provide]
fn p145(prev: &T144) -> T145 {
    T145(prev.0 + 1)
}

#[derive(Clone)]
pub struct T146(u64);

#[engin::provide]
fn p146(prev: &T145) -> T146 {
    T146(prev.0 + 1)
}

#[derive(Clone)]
pub struct T147(u64);

#[engin::provide]
fn p147(prev: &T146) -> T147 {
    T147(prev.0 + 1)
}

#[derive(Clone)]
pub struct T148(u64);

#[engin::provide]
fn p148(prev: &T147) -> T148 {
    T148(prev.0 + 1)
}

#[derive(Clone)]
pub struct T149(u64);

#[engin::provide]
fn p149(prev: &T148) -> T149 {
    T149(prev.0 + 1)
}

#[derive(Clone)]
pub struct T150(u64);

#[engin::provide]
fn p150() -> T150 {
    T150(150)
}

#[derive(Clone)]
pub struct T151(u64);

#[engin::provide]
fn p151(prev: &T150) -> T151 {
    T151(prev.0 + 1)
}

#[derive(Clone)]
pub struct T152(u64);

#[engin::provide]
fn p152(prev: &T151) -> T152 {
    T152(prev.0 + 1)
}

#[derive(Clone)]
pub struct T153(u64);

#[engin::provide]
fn p153(prev: &T152) -> T153 {
    T153(prev.0 + 1)
}

#[derive(Clone)]
pub struct T154(u64);

#[engin::provide]
fn p154(prev: &T153) -> T154 {
    T154(prev.0 + 1)
}

#[derive(Clone)]
pub struct T155(u64);

#[engin::provide]
fn p155(prev: &T154) -> T155 {
    T155(prev.0 + 1)
}

#[derive(Clone)]
pub struct T156(u64);

#[engin::provide]
fn p156(prev: &T155) -> T156 {
    T156(prev.0 + 1)
}

#[derive(Clone)]
pub struct T157(u64);

#[engin::provide]
fn p157(prev: &T156) -> T157 {
    T157(prev.0 + 1)
}

#[derive(Clone)]
pub struct T158(u64);

#[engin::provide]
fn p158(prev: &T157) -> T158 {
    T158(prev.0 + 1)
}

#[derive(Clone)]
pub struct T159(u64);

#[engin::provide]
fn p159(prev: &T158) -> T159 {
    T159(prev.0 + 1)
}

#[derive(Clone)]
pub struct T160(u64);

#[engin::provide]
fn p160() -> T160 {
    T160(160)
}

#[derive(Clone)]
pub struct T161(u64);

#[engin::provide]
fn p161(prev: &T160) -> T161 {
    T161(prev.0 + 1)
}

#[derive(Clone)]
pub struct T162(u64);

#[engin::provide]
fn p162(prev: &T161) -> T162 {
    T162(prev.0 + 1)
}

#[derive(Clone)]
pub struct T163(u64);

#[engin::provide]
fn p163(prev: &T162) -> T163 {
    T163(prev.0 + 1)
}

#[derive(Clone)]
pub struct T164(u64);

#[engin::provide]
fn p164(prev: &T163) -> T164 {
    T164(prev.0 + 1)
}

#[derive(Clone)]
pub struct T165(u64);

#[engin::provide]
fn p165(prev: &T164) -> T165 {
    T165(prev.0 + 1)
}

#[derive(Clone)]
pub struct T166(u64);

#[engin::provide]
fn p166(prev: &T165) -> T166 {
    T166(prev.0 + 1)
}

#[derive(Clone)]
pub struct T167(u64);

#[engin::provide]
fn p167(prev: &T166) -> T167 {
    T167(prev.0 + 1)
}

#[derive(Clone)]
pub struct T168(u64);

#[engin::provide]
fn p168(prev: &T167) -> T168 {
    T168(prev.0 + 1)
}

#[derive(Clone)]
pub struct T169(u64);

#[engin::provide]
fn p169(prev: &T168) -> T169 {
    T169(prev.0 + 1)
}

#[derive(Clone)]
pub struct T170(u64);

#[engin::provide]
fn p170() -> T170 {
    T170(170)
}

#[derive(Clone)]
pub struct T171(u64);

#[engin::provide]
fn p171(prev: &T170) -> T171 {
    T171(prev.0 + 1)
}

#[derive(Clone)]
pub struct T172(u64);

#[engin::provide]
fn p172(prev: &T171) -> T172 {
    T172(prev.0 + 1)
}

#[derive(Clone)]
pub struct T173(u64);

#[engin::provide]
fn p173(prev: &T172) -> T173 {
    T173(prev.0 + 1)
}

#[derive(Clone)]
pub struct T174(u64);

#[engin::provide]
fn p174(prev: &T173) -> T174 {
    T174(prev.0 + 1)
}

#[derive(Clone)]
pub struct T175(u64);

#[engin::provide]
fn p175(prev: &T174) -> T175 {
    T175(prev.0 + 1)
}

#[derive(Clone)]
pub struct T176(u64);

#[engin::provide]
fn p176(prev: &T175) -> T176 {
    T176(prev.0 + 1)
}

#[derive(Clone)]
pub struct T177(u64);

#[engin::provide]
fn p177(prev: &T176) -> T177 {
    T177(prev.0 + 1)
}

#[derive(Clone)]
pub struct T178(u64);

#[engin::provide]
fn p178(prev: &T177) -> T178 {
    T178(prev.0 + 1)
}

#[derive(Clone)]
pub struct T179(u64);

#[engin::provide]
fn p179(prev: &T178) -> T179 {
    T179(prev.0 + 1)
}

#[derive(Clone)]
pub struct T180(u64);

#[engin::provide]
fn p180() -> T180 {
    T180(180)
}

#[derive(Clone)]
pub struct T181(u64);

#[engin::provide]
fn p181(prev: &T180) -> T181 {
    T181(prev.0 + 1)
}

#[derive(Clone)]
pub struct T182(u64);

#[engin::provide]
fn p182(prev: &T181) -> T182 {
    T182(prev.0 + 1)
}

#[derive(Clone)]
pub struct T183(u64);

#[engin::provide]
fn p183(prev: &T182) -> T183 {
    T183(prev.0 + 1)
}

#[derive(Clone)]
pub struct T184(u64);

#[engin::provide]
fn p184(prev: &T183) -> T184 {
    T184(prev.0 + 1)
}

#[derive(Clone)]
pub struct T185(u64);

#[engin::provide]
fn p185(prev: &T184) -> T185 {
    T185(prev.0 + 1)
}

#[derive(Clone)]
pub struct T186(u64);

#[engin::provide]
fn p186(prev: &T185) -> T186 {
    T186(prev.0 + 1)
}

#[derive(Clone)]
pub struct T187(u64);

#[engin::provide]
fn p187(prev: &T186) -> T187 {
    T187(prev.0 + 1)
}

#[derive(Clone)]
pub struct T188(u64);

#[engin::provide]
fn p188(prev: &T187) -> T188 {
    T188(prev.0 + 1)
}

#[derive(Clone)]
pub struct T189(u64);

#[engin::provide]
fn p189(prev: &T188) -> T189 {
    T189(prev.0 + 1)
}

#[derive(Clone)]
pub struct T190(u64);

#[engin::provide]
fn p190() -> T190 {
    T190(190)
}

#[derive(Clone)]
pub struct T191(u64);

#[engin::provide]
fn p191(prev: &T190) -> T191 {
    T191(prev.0 + 1)
}

#[derive(Clone)]
pub struct T192(u64);

#[engin::provide]
fn p192(prev: &T191) -> T192 {
    T192(prev.0 + 1)
}

#[derive(Clone)]
pub struct T193(u64);

#[engin::provide]
fn p193(prev: &T192) -> T193 {
    T193(prev.0 + 1)
}

#[derive(Clone)]
pub struct T194(u64);

#[engin::provide]
fn p194(prev: &T193) -> T194 {
    T194(prev.0 + 1)
}

#[derive(Clone)]
pub struct T195(u64);

#[engin::provide]
fn p195(prev: &T194) -> T195 {
    T195(prev.0 + 1)
}

#[derive(Clone)]
pub struct T196(u64);

#[engin::provide]
fn p196(prev: &T195) -> T196 {
    T196(prev.0 + 1)
}

#[derive(Clone)]
pub struct T197(u64);

#[engin::provide]
fn p197(prev: &T196) -> T197 {
    T197(prev.0 + 1)
}

#[derive(Clone)]
pub struct T198(u64);

#[engin::provide]
fn p198(prev: &T197) -> T198 {
    T198(prev.0 + 1)
}

#[derive(Clone)]
pub struct T199(u64);

#[engin::provide]
fn p199(prev: &T198) -> T199 {
    T199(prev.0 + 1)
}

#[derive(Clone)]
pub struct T200(u64);

#[engin::provide]
fn p200() -> T200 {
    T200(200)
}

#[derive(Clone)]
pub struct T201(u64);

#[engin::provide]
fn p201(prev: &T200) -> T201 {
    T201(prev.0 + 1)
}

#[derive(Clone)]
pub struct T202(u64);

#[engin::provide]
fn p202(prev: &T201) -> T202 {
    T202(prev.0 + 1)
}

#[derive(Clone)]
pub struct T203(u64);

#[engin::provide]
fn p203(prev: &T202) -> T203 {
    T203(prev.0 + 1)
}

#[derive(Clone)]
pub struct T204(u64);

#[engin::provide]
fn p204(prev: &T203) -> T204 {
    T204(prev.0 + 1)
}

#[derive(Clone)]
pub struct T205(u64);

#[engin::provide]
fn p205(prev: &T204) -> T205 {
    T205(prev.0 + 1)
}

#[derive(Clone)]
pub struct T206(u64);

#[engin::provide]
fn p206(prev: &T205) -> T206 {
    T206(prev.0 + 1)
}

#[derive(Clone)]
pub struct T207(u64);

#[engin::provide]
fn p207(prev: &T206) -> T207 {
    T207(prev.0 + 1)
}

#[derive(Clone)]
pub struct T208(u64);

#[engin::provide]
fn p208(prev: &T207) -> T208 {
    T208(prev.0 + 1)
}

#[derive(Clone)]
pub struct T209(u64);

#[engin::provide]
fn p209(prev: &T208) -> T209 {
    T209(prev.0 + 1)
}

#[derive(Clone)]
pub struct T210(u64);

#[engin::provide]
fn p210() -> T210 {
    T210(210)
}

#[derive(Clone)]
pub struct T211(u64);

#[engin::provide]
fn p211(prev: &T210) -> T211 {
    T211(prev.0 + 1)
}

#[derive(Clone)]
pub struct T212(u64);

#[engin::provide]
fn p212(prev: &T211) -> T212 {
    T212(prev.0 + 1)
}

#[derive(Clone)]
pub struct T213(u64);

#[engin::provide]
fn p213(prev: &T212) -> T213 {
    T213(prev.0 + 1)
}

#[derive(Clone)]
pub struct T214(u64);

#[engin::provide]
fn p214(prev: &T213) -> T214 {
    T214(prev.0 + 1)
}

#[derive(Clone)]
pub struct T215(u64);

#[engin::provide]
fn p215(prev: &T214) -> T215 {
    T215(prev.0 + 1)
}

#[derive(Clone)]
pub struct T216(u64);

#[engin::provide]
fn p216(prev: &T215) -> T216 {
    T216(prev.0 + 1)
}

#[derive(Clone)]
pub struct T217(u64);

#[engin::provide]
fn p217(prev: &T216) -> T217 {
    T217(prev.0 + 1)
}

#[derive(Clone)]
pub struct T218(u64);

#[engin::provide]
fn p218(prev: &T217) -> T218 {
    T218(prev.0 + 1)
}

#[derive(Clone)]
pub struct T219(u64);

#[engin::provide]
fn p219(prev: &T218) -> T219 {
    T219(prev.0 + 1)
}

#[derive(Clone)]
pub struct T220(u64);

#[engin::provide]
fn p220() -> T220 {
    T220(220)
}

#[derive(Clone)]
pub struct T221(u64);

#[engin::provide]
fn p221(prev: &T220) -> T221 {
    T221(prev.0 + 1)
}

#[derive(Clone)]
pub struct T222(u64);

#[engin::provide]
fn p222(prev: &T221) -> T222 {
    T222(prev.0 + 1)
}

#[derive(Clone)]
pub struct T223(u64);

#[engin::provide]
fn p223(prev: &T222) -> T223 {
    T223(prev.0 + 1)
}

#[derive(Clone)]
pub struct T224(u64);

#[engin::provide]
fn p224(prev: &T223) -> T224 {
    T224(prev.0 + 1)
}

#[derive(Clone)]
pub struct T225(u64);

#[engin::provide]
fn p225(prev: &T224) -> T225 {
    T225(prev.0 + 1)
}

#[derive(Clone)]
pub struct T226(u64);

#[engin::provide]
fn p226(prev: &T225) -> T226 {
    T226(prev.0 + 1)
}

#[derive(Clone)]
pub struct T227(u64);

#[engin::provide]
fn p227(prev: &T226) -> T227 {
    T227(prev.0 + 1)
}

#[derive(Clone)]
pub struct T228(u64);

#[engin::provide]
fn p228(prev: &T227) -> T228 {
    T228(prev.0 + 1)
}

#[derive(Clone)]
pub struct T229(u64);

#[engin::provide]
fn p229(prev: &T228) -> T229 {
    T229(prev.0 + 1)
}

#[derive(Clone)]
pub struct T230(u64);

#[engin::provide]
fn p230() -> T230 {
    T230(230)
}

#[derive(Clone)]
pub struct T231(u64);

#[engin::provide]
fn p231(prev: &T230) -> T231 {
    T231(prev.0 + 1)
}

#[derive(Clone)]
pub struct T232(u64);

#[engin::provide]
fn p232(prev: &T231) -> T232 {
    T232(prev.0 + 1)
}

#[derive(Clone)]
pub struct T233(u64);

#[engin::provide]
fn p233(prev: &T232) -> T233 {
    T233(prev.0 + 1)
}

#[derive(Clone)]
pub struct T234(u64);

#[engin::provide]
fn p234(prev: &T233) -> T234 {
    T234(prev.0 + 1)
}

#[derive(Clone)]
pub struct T235(u64);

#[engin::provide]
fn p235(prev: &T234) -> T235 {
    T235(prev.0 + 1)
}

#[derive(Clone)]
pub struct T236(u64);

#[engin::provide]
fn p236(prev: &T235) -> T236 {
    T236(prev.0 + 1)
}

#[derive(Clone)]
pub struct T237(u64);

#[engin::provide]
fn p237(prev: &T236) -> T237 {
    T237(prev.0 + 1)
}

#[derive(Clone)]
pub struct T238(u64);

#[engin::provide]
fn p238(prev: &T237) -> T238 {
    T238(prev.0 + 1)
}

#[derive(Clone)]
pub struct T239(u64);

#[engin::provide]
fn p239(prev: &T238) -> T239 {
    T239(prev.0 + 1)
}

#[derive(Clone)]
pub struct T240(u64);

#[engin::provide]
fn p240() -> T240 {
    T240(240)
}

#[derive(Clone)]
pub struct T241(u64);

#[engin::provide]
fn p241(prev: &T240) -> T241 {
    T241(prev.0 + 1)
}

#[derive(Clone)]
pub struct T242(u64);

#[engin::provide]
fn p242(prev: &T241) -> T242 {
    T242(prev.0 + 1)
}

#[derive(Clone)]
pub struct T243(u64);

#[engin::provide]
fn p243(prev: &T242) -> T243 {
    T243(prev.0 + 1)
}

#[derive(Clone)]
pub struct T244(u64);

#[engin::provide]
fn p244(prev: &T243) -> T244 {
    T244(prev.0 + 1)
}

#[derive(Clone)]
pub struct T245(u64);

#[engin::provide]
fn p245(prev: &T244) -> T245 {
    T245(prev.0 + 1)
}

#[derive(Clone)]
pub struct T246(u64);

#[engin::provide]
fn p246(prev: &T245) -> T246 {
    T246(prev.0 + 1)
}

#[derive(Clone)]
pub struct T247(u64);

#[engin::provide]
fn p247(prev: &T246) -> T247 {
    T247(prev.0 + 1)
}

#[derive(Clone)]
pub struct T248(u64);

#[engin::provide]
fn p248(prev: &T247) -> T248 {
    T248(prev.0 + 1)
}

#[derive(Clone)]
pub struct T249(u64);

#[engin::provide]
fn p249(prev: &T248) -> T249 {
    T249(prev.0 + 1)
}

#[derive(Clone)]
pub struct T250(u64);

#[engin::provide]
fn p250() -> T250 {
    T250(250)
}

#[derive(Clone)]
pub struct T251(u64);

#[engin::provide]
fn p251(prev: &T250) -> T251 {
    T251(prev.0 + 1)
}

#[derive(Clone)]
pub struct T252(u64);

#[engin::provide]
fn p252(prev: &T251) -> T252 {
    T252(prev.0 + 1)
}

#[derive(Clone)]
pub struct T253(u64);

#[engin::provide]
fn p253(prev: &T252) -> T253 {
    T253(prev.0 + 1)
}

#[derive(Clone)]
pub struct T254(u64);

#[engin::provide]
fn p254(prev: &T253) -> T254 {
    T254(prev.0 + 1)
}

#[derive(Clone)]
pub struct T255(u64);

#[engin::provide]
fn p255(prev: &T254) -> T255 {
    T255(prev.0 + 1)
}

#[derive(Clone)]
pub struct T256(u64);

#[engin::provide]
fn p256(prev: &T255) -> T256 {
    T256(prev.0 + 1)
}

#[derive(Clone)]
pub struct T257(u64);

#[engin::provide]
fn p257(prev: &T256) -> T257 {
    T257(prev.0 + 1)
}

#[derive(Clone)]
pub struct T258(u64);

#[engin::provide]
fn p258(prev: &T257) -> T258 {
    T258(prev.0 + 1)
}

#[derive(Clone)]
pub struct T259(u64);

#[engin::provide]
fn p259(prev: &T258) -> T259 {
    T259(prev.0 + 1)
}

#[derive(Clone)]
pub struct T260(u64);

#[engin::provide]
fn p260() -> T260 {
    T260(260)
}

#[derive(Clone)]
pub struct T261(u64);

#[engin::provide]
fn p261(prev: &T260) -> T261 {
    T261(prev.0 + 1)
}

#[derive(Clone)]
pub struct T262(u64);

#[engin::provide]
fn p262(prev: &T261) -> T262 {
    T262(prev.0 + 1)
}

#[derive(Clone)]
pub struct T263(u64);

#[engin::provide]
fn p263(prev: &T262) -> T263 {
    T263(prev.0 + 1)
}

#[derive(Clone)]
pub struct T264(u64);

#[engin::provide]
fn p264(prev: &T263) -> T264 {
    T264(prev.0 + 1)
}

#[derive(Clone)]
pub struct T265(u64);

#[engin::provide]
fn p265(prev: &T264) -> T265 {
    T265(prev.0 + 1)
}

#[derive(Clone)]
pub struct T266(u64);

#[engin::provide]
fn p266(prev: &T265) -> T266 {
    T266(prev.0 + 1)
}

#[derive(Clone)]
pub struct T267(u64);

#[engin::provide]
fn p267(prev: &T266) -> T267 {
    T267(prev.0 + 1)
}

#[derive(Clone)]
pub struct T268(u64);

#[engin::provide]
fn p268(prev: &T267) -> T268 {
    T268(prev.0 + 1)
}

#[derive(Clone)]
pub struct T269(u64);

#[engin::provide]
fn p269(prev: &T268) -> T269 {
    T269(prev.0 + 1)
}

#[derive(Clone)]
pub struct T270(u64);

#[engin::provide]
fn p270() -> T270 {
    T270(270)
}

#[derive(Clone)]
pub struct T271(u64);

#[engin::provide]
fn p271(prev: &T270) -> T271 {
    T271(prev.0 + 1)
}

#[derive(Clone)]
pub struct T272(u64);

#[engin::provide]
fn p272(prev: &T271) -> T272 {
    T272(prev.0 + 1)
}

#[derive(Clone)]
pub struct T273(u64);

#[engin::provide]
fn p273(prev: &T272) -> T273 {
    T273(prev.0 + 1)
}

#[derive(Clone)]
pub struct T274(u64);

#[engin::provide]
fn p274(prev: &T273) -> T274 {
    T274(prev.0 + 1)
}

#[derive(Clone)]
pub struct T275(u64);

#[engin::provide]
fn p275(prev: &T274) -> T275 {
    T275(prev.0 + 1)
}

#[derive(Clone)]
pub struct T276(u64);

#[engin::provide]
fn p276(prev: &T275) -> T276 {
    T276(prev.0 + 1)
}

#[derive(Clone)]
pub struct T277(u64);

#[engin::provide]
fn p277(prev: &T276) -> T277 {
    T277(prev.0 + 1)
}

#[derive(Clone)]
pub struct T278(u64);

#[engin::provide]
fn p278(prev: &T277) -> T278 {
    T278(prev.0 + 1)
}

#[derive(Clone)]
pub struct T279(u64);

#[engin::provide]
fn p279(prev: &T278) -> T279 {
    T279(prev.0 + 1)
}

#[derive(Clone)]
pub struct T280(u64);

#[engin::provide]
fn p280() -> T280 {
    T280(280)
}

#[derive(Clone)]
pub struct T281(u64);

#[engin::provide]
fn p281(prev: &T280) -> T281 {
    T281(prev.0 + 1)
}

#[derive(Clone)]
pub struct T282(u64);

#[engin::provide]
fn p282(prev: &T281) -> T282 {
    T282(prev.0 + 1)
}

#[derive(Clone)]
pub struct T283(u64);

#[engin::provide]
fn p283(prev: &T282) -> T283 {
    T283(prev.0 + 1)
}

#[derive(Clone)]
pub struct T284(u64);

#[engin::provide]
fn p284(prev: &T283) -> T284 {
    T284(prev.0 + 1)
}

#[derive(Clone)]
pub struct T285(u64);

#[engin::provide]
fn p285(prev: &T284) -> T285 {
    T285(prev.0 + 1)
}

#[derive(Clone)]
pub struct T286(u64);

#[engin::provide]
fn p286(prev: &T285) -> T286 {
    T286(prev.0 + 1)
}

#[derive(Clone)]
pub struct T287(u64);

#[engin::provide]
fn p287(prev: &T286) -> T287 {
    T287(prev.0 + 1)
}

#[derive(Clone)]
pub struct T288(u64);

#[engin::provide]
fn p288(prev: &T287) -> T288 {
    T288(prev.0 + 1)
}

#[derive(Clone)]
pub struct T289(u64);

#[engin::provide]
fn p289(prev: &T288) -> T289 {
    T289(prev.0 + 1)
}

#[derive(Clone)]
pub struct T290(u64);

#[engin::provide]
fn p290() -> T290 {
    T290(290)
}

#[derive(Clone)]
pub struct T291(u64);

#[engin::provide]
fn p291(prev: &T290) -> T291 {
    T291(prev.0 + 1)
}

#[derive(Clone)]
pub struct T292(u64);

#[engin::provide]
fn p292(prev: &T291) -> T292 {
    T292(prev.0 + 1)
}

#[derive(Clone)]
pub struct T293(u64);

#[engin::provide]
fn p293(prev: &T292) -> T293 {
    T293(prev.0 + 1)
}

#[derive(Clone)]
pub struct T294(u64);

#[engin::provide]
fn p294(prev: &T293) -> T294 {
    T294(prev.0 + 1)
}

#[derive(Clone)]
pub struct T295(u64);

#[engin::provide]
fn p295(prev: &T294) -> T295 {
    T295(prev.0 + 1)
}

#[derive(Clone)]
pub struct T296(u64);

#[engin::provide]
fn p296(prev: &T295) -> T296 {
    T296(prev.0 + 1)
}

#[derive(Clone)]
pub struct T297(u64);

#[engin::provide]
fn p297(prev: &T296) -> T297 {
    T297(prev.0 + 1)
}

#[derive(Clone)]
pub struct T298(u64);

#[engin::provide]
fn p298(prev: &T297) -> T298 {
    T298(prev.0 + 1)
}

#[derive(Clone)]
pub struct T299(u64);

#[engin::provide]
fn p299(prev: &T298) -> T299 {
    T299(prev.0 + 1)
}

#[derive(Clone)]
pub struct T300(u64);

#[engin::provide]
fn p300() -> T300 {
    T300(300)
}

#[derive(Clone)]
pub struct T301(u64);

#[engin::provide]
fn p301(prev: &T300) -> T301 {
    T301(prev.0 + 1)
}

#[derive(Clone)]
pub struct T302(u64);

#[engin::provide]
fn p302(prev: &T301) -> T302 {
    T302(prev.0 + 1)
}

#[derive(Clone)]
pub struct T303(u64);

#[engin::provide]
fn p303(prev: &T302) -> T303 {
    T303(prev.0 + 1)
}

#[derive(Clone)]
pub struct T304(u64);

#[engin::provide]
fn p304(prev: &T303) -> T304 {
    T304(prev.0 + 1)
}

#[derive(Clone)]
pub struct T305(u64);

#[engin::provide]
fn p305(prev: &T304) -> T305 {
    T305(prev.0 + 1)
}

#[derive(Clone)]
pub struct T306(u64);

#[engin::provide]
fn p306(prev: &T305) -> T306 {
    T306(prev.0 + 1)
}

#[derive(Clone)]
pub struct T307(u64);

#[engin::provide]
fn p307(prev: &T306) -> T307 {
    T307(prev.0 + 1)
}

#[derive(Clone)]
pub struct T308(u64);

#[engin::provide]
fn p308(prev: &T307) -> T308 {
    T308(prev.0 + 1)
}

#[derive(Clone)]
pub struct T309(u64);

#[engin::provide]
fn p309(prev: &T308) -> T309 {
    T309(prev.0 + 1)
}

#[derive(Clone)]
pub struct T310(u64);

#[engin::provide]
fn p310() -> T310 {
    T310(310)
}

#[derive(Clone)]
pub struct T311(u64);

#[engin::provide]
fn p311(prev: &T310) -> T311 {
    T311(prev.0 + 1)
}

#[derive(Clone)]
pub struct T312(u64);

#[engin::provide]
fn p312(prev: &T311) -> T312 {
    T312(prev.0 + 1)
}

#[derive(Clone)]
pub struct T313(u64);

#[engin::provide]
fn p313(prev: &T312) -> T313 {
    T313(prev.0 + 1)
}

#[derive(Clone)]
pub struct T314(u64);

#[engin::provide]
fn p314(prev: &T313) -> T314 {
    T314(prev.0 + 1)
}

#[derive(Clone)]
pub struct T315(u64);

#[engin::provide]
fn p315(prev: &T314) -> T315 {
    T315(prev.0 + 1)
}

#[derive(Clone)]
pub struct T316(u64);

#[engin::provide]
fn p316(prev: &T315) -> T316 {
    T316(prev.0 + 1)
}

#[derive(Clone)]
pub struct T317(u64);

#[engin::provide]
fn p317(prev: &T316) -> T317 {
    T317(prev.0 + 1)
}

#[derive(Clone)]
pub struct T318(u64);

#[engin::provide]
fn p318(prev: &T317) -> T318 {
    T318(prev.0 + 1)
}

#[derive(Clone)]
pub struct T319(u64);

#[engin::provide]
fn p319(prev: &T318) -> T319 {
    T319(prev.0 + 1)
}

#[derive(Clone)]
pub struct T320(u64);

#[engin::provide]
fn p320() -> T320 {
    T320(320)
}

#[derive(Clone)]
pub struct T321(u64);

#[engin::provide]
fn p321(prev: &T320) -> T321 {
    T321(prev.0 + 1)
}

#[derive(Clone)]
pub struct T322(u64);

#[engin::provide]
fn p322(prev: &T321) -> T322 {
    T322(prev.0 + 1)
}

#[derive(Clone)]
pub struct T323(u64);

#[engin::provide]
fn p323(prev: &T322) -> T323 {
    T323(prev.0 + 1)
}

#[derive(Clone)]
pub struct T324(u64);

#[engin::provide]
fn p324(prev: &T323) -> T324 {
    T324(prev.0 + 1)
}

#[derive(Clone)]
pub struct T325(u64);

#[engin::provide]
fn p325(prev: &T324) -> T325 {
    T325(prev.0 + 1)
}

#[derive(Clone)]
pub struct T326(u64);

#[engin::provide]
fn p326(prev: &T325) -> T326 {
    T326(prev.0 + 1)
}

#[derive(Clone)]
pub struct T327(u64);

#[engin::provide]
fn p327(prev: &T326) -> T327 {
    T327(prev.0 + 1)
}

#[derive(Clone)]
pub struct T328(u64);

#[engin::provide]
fn p328(prev: &T327) -> T328 {
    T328(prev.0 + 1)
}

#[derive(Clone)]
pub struct T329(u64);

#[engin::provide]
fn p329(prev: &T328) -> T329 {
    T329(prev.0 + 1)
}

#[derive(Clone)]
pub struct T330(u64);

#[engin::provide]
fn p330() -> T330 {
    T330(330)
}

#[derive(Clone)]
pub struct T331(u64);

#[engin::provide]
fn p331(prev: &T330) -> T331 {
    T331(prev.0 + 1)
}

#[derive(Clone)]
pub struct T332(u64);

#[engin::provide]
fn p332(prev: &T331) -> T332 {
    T332(prev.0 + 1)
}

#[derive(Clone)]
pub struct T333(u64);

#[engin::provide]
fn p333(prev: &T332) -> T333 {
    T333(prev.0 + 1)
}

#[derive(Clone)]
pub struct T334(u64);

#[engin::provide]
fn p334(prev: &T333) -> T334 {
    T334(prev.0 + 1)
}

#[derive(Clone)]
pub struct T335(u64);

#[engin::provide]
fn p335(prev: &T334) -> T335 {
    T335(prev.0 + 1)
}

#[derive(Clone)]
pub struct T336(u64);

#[engin::provide]
fn p336(prev: &T335) -> T336 {
    T336(prev.0 + 1)
}

#[derive(Clone)]
pub struct T337(u64);

#[engin::provide]
fn p337(prev: &T336) -> T337 {
    T337(prev.0 + 1)
}

#[derive(Clone)]
pub struct T338(u64);

#[engin::provide]
fn p338(prev: &T337) -> T338 {
    T338(prev.0 + 1)
}

#[derive(Clone)]
pub struct T339(u64);

#[engin::provide]
fn p339(prev: &T338) -> T339 {
    T339(prev.0 + 1)
}

#[derive(Clone)]
pub struct T340(u64);

#[engin::provide]
fn p340() -> T340 {
    T340(340)
}

#[derive(Clone)]
pub struct T341(u64);

#[engin::provide]
fn p341(prev: &T340) -> T341 {
    T341(prev.0 + 1)
}

#[derive(Clone)]
pub struct T342(u64);

#[engin::provide]
fn p342(prev: &T341) -> T342 {
    T342(prev.0 + 1)
}

#[derive(Clone)]
pub struct T343(u64);

#[engin::provide]
fn p343(prev: &T342) -> T343 {
    T343(prev.0 + 1)
}

#[derive(Clone)]
pub struct T344(u64);

#[engin::provide]
fn p344(prev: &T343) -> T344 {
    T344(prev.0 + 1)
}

#[derive(Clone)]
pub struct T345(u64);

#[engin::provide]
fn p345(prev: &T344) -> T345 {
    T345(prev.0 + 1)
}

#[derive(Clone)]
pub struct T346(u64);

#[engin::provide]
fn p346(prev: &T345) -> T346 {
    T346(prev.0 + 1)
}

#[derive(Clone)]
pub struct T347(u64);

#[engin::provide]
fn p347(prev: &T346) -> T347 {
    T347(prev.0 + 1)
}

#[derive(Clone)]
pub struct T348(u64);

#[engin::provide]
fn p348(prev: &T347) -> T348 {
    T348(prev.0 + 1)
}

#[derive(Clone)]
pub struct T349(u64);

#[engin::provide]
fn p349(prev: &T348) -> T349 {
    T349(prev.0 + 1)
}

#[derive(Clone)]
pub struct T350(u64);

#[engin::provide]
fn p350() -> T350 {
    T350(350)
}

#[derive(Clone)]
pub struct T351(u64);

#[engin::provide]
fn p351(prev: &T350) -> T351 {
    T351(prev.0 + 1)
}

#[derive(Clone)]
pub struct T352(u64);

#[engin::provide]
fn p352(prev: &T351) -> T352 {
    T352(prev.0 + 1)
}

#[derive(Clone)]
pub struct T353(u64);

#[engin::provide]
fn p353(prev: &T352) -> T353 {
    T353(prev.0 + 1)
}

#[derive(Clone)]
pub struct T354(u64);

#[engin::provide]
fn p354(prev: &T353) -> T354 {
    T354(prev.0 + 1)
}

#[derive(Clone)]
pub struct T355(u64);

#[engin::provide]
fn p355(prev: &T354) -> T355 {
    T355(prev.0 + 1)
}

#[derive(Clone)]
pub struct T356(u64);

#[engin::provide]
fn p356(prev: &T355) -> T356 {
    T356(prev.0 + 1)
}

#[derive(Clone)]
pub struct T357(u64);

#[engin::provide]
fn p357(prev: &T356) -> T357 {
    T357(prev.0 + 1)
}

#[derive(Clone)]
pub struct T358(u64);

#[engin::provide]
fn p358(prev: &T357) -> T358 {
    T358(prev.0 + 1)
}

#[derive(Clone)]
pub struct T359(u64);

#[engin::provide]
fn p359(prev: &T358) -> T359 {
    T359(prev.0 + 1)
}

#[derive(Clone)]
pub struct T360(u64);

#[engin::provide]
fn p360() -> T360 {
    T360(360)
}

#[derive(Clone)]
pub struct T361(u64);

#[engin::provide]
fn p361(prev: &T360) -> T361 {
    T361(prev.0 + 1)
}

#[derive(Clone)]
pub struct T362(u64);

#[engin::provide]
fn p362(prev: &T361) -> T362 {
    T362(prev.0 + 1)
}

#[derive(Clone)]
pub struct T363(u64);

#[engin::provide]
fn p363(prev: &T362) -> T363 {
    T363(prev.0 + 1)
}

#[derive(Clone)]
pub struct T364(u64);

#[engin::provide]
fn p364(prev: &T363) -> T364 {
    T364(prev.0 + 1)
}

#[derive(Clone)]
pub struct T365(u64);

#[engin::provide]
fn p365(prev: &T364) -> T365 {
    T365(prev.0 + 1)
}

#[derive(Clone)]
pub struct T366(u64);

#[engin::provide]
fn p366(prev: &T365) -> T366 {
    T366(prev.0 + 1)
}

#[derive(Clone)]
pub struct T367(u64);

#[engin::provide]
fn p367(prev: &T366) -> T367 {
    T367(prev.0 + 1)
}

#[derive(Clone)]
pub struct T368(u64);

#[engin::provide]
fn p368(prev: &T367) -> T368 {
    T368(prev.0 + 1)
}

#[derive(Clone)]
pub struct T369(u64);

#[engin::provide]
fn p369(prev: &T368) -> T369 {
    T369(prev.0 + 1)
}

#[derive(Clone)]
pub struct T370(u64);

#[engin::provide]
fn p370() -> T370 {
    T370(370)
}

#[derive(Clone)]
pub struct T371(u64);

#[engin::provide]
fn p371(prev: &T370) -> T371 {
    T371(prev.0 + 1)
}

#[derive(Clone)]
pub struct T372(u64);

#[engin::provide]
fn p372(prev: &T371) -> T372 {
    T372(prev.0 + 1)
}

#[derive(Clone)]
pub struct T373(u64);

#[engin::provide]
fn p373(prev: &T372) -> T373 {
    T373(prev.0 + 1)
}

#[derive(Clone)]
pub struct T374(u64);

#[engin::provide]
fn p374(prev: &T373) -> T374 {
    T374(prev.0 + 1)
}

#[derive(Clone)]
pub struct T375(u64);

#[engin::provide]
fn p375(prev: &T374) -> T375 {
    T375(prev.0 + 1)
}

#[derive(Clone)]
pub struct T376(u64);

#[engin::provide]
fn p376(prev: &T375) -> T376 {
    T376(prev.0 + 1)
}

#[derive(Clone)]
pub struct T377(u64);

#[engin::provide]
fn p377(prev: &T376) -> T377 {
    T377(prev.0 + 1)
}

#[derive(Clone)]
pub struct T378(u64);

#[engin::provide]
fn p378(prev: &T377) -> T378 {
    T378(prev.0 + 1)
}

#[derive(Clone)]
pub struct T379(u64);

#[engin::provide]
fn p379(prev: &T378) -> T379 {
    T379(prev.0 + 1)
}

#[derive(Clone)]
pub struct T380(u64);

#[engin::provide]
fn p380() -> T380 {
    T380(380)
}

#[derive(Clone)]
pub struct T381(u64);

#[engin::provide]
fn p381(prev: &T380) -> T381 {
    T381(prev.0 + 1)
}

#[derive(Clone)]
pub struct T382(u64);

#[engin::provide]
fn p382(prev: &T381) -> T382 {
    T382(prev.0 + 1)
}

#[derive(Clone)]
pub struct T383(u64);

#[engin::provide]
fn p383(prev: &T382) -> T383 {
    T383(prev.0 + 1)
}

#[derive(Clone)]
pub struct T384(u64);

#[engin::provide]
fn p384(prev: &T383) -> T384 {
    T384(prev.0 + 1)
}

#[derive(Clone)]
pub struct T385(u64);

#[engin::provide]
fn p385(prev: &T384) -> T385 {
    T385(prev.0 + 1)
}

#[derive(Clone)]
pub struct T386(u64);

#[engin::provide]
fn p386(prev: &T385) -> T386 {
    T386(prev.0 + 1)
}

#[derive(Clone)]
pub struct T387(u64);

#[engin::provide]
fn p387(prev: &T386) -> T387 {
    T387(prev.0 + 1)
}

#[derive(Clone)]
pub struct T388(u64);

#[engin::provide]
fn p388(prev: &T387) -> T388 {
    T388(prev.0 + 1)
}

#[derive(Clone)]
pub struct T389(u64);

#[engin::provide]
fn p389(prev: &T388) -> T389 {
    T389(prev.0 + 1)
}

#[derive(Clone)]
pub struct T390(u64);

#[engin::provide]
fn p390() -> T390 {
    T390(390)
}

#[derive(Clone)]
pub struct T391(u64);

#[engin::provide]
fn p391(prev: &T390) -> T391 {
    T391(prev.0 + 1)
}

#[derive(Clone)]
pub struct T392(u64);

#[engin::provide]
fn p392(prev: &T391) -> T392 {
    T392(prev.0 + 1)
}

#[derive(Clone)]
pub struct T393(u64);

#[engin::provide]
fn p393(prev: &T392) -> T393 {
    T393(prev.0 + 1)
}

#[derive(Clone)]
pub struct T394(u64);

#[engin::provide]
fn p394(prev: &T393) -> T394 {
    T394(prev.0 + 1)
}

#[derive(Clone)]
pub struct T395(u64);

#[engin::provide]
fn p395(prev: &T394) -> T395 {
    T395(prev.0 + 1)
}

#[derive(Clone)]
pub struct T396(u64);

#[engin::provide]
fn p396(prev: &T395) -> T396 {
    T396(prev.0 + 1)
}

#[derive(Clone)]
pub struct T397(u64);

#[engin::provide]
fn p397(prev: &T396) -> T397 {
    T397(prev.0 + 1)
}

#[derive(Clone)]
pub struct T398(u64);

#[engin::provide]
fn p398(prev: &T397) -> T398 {
    T398(prev.0 + 1)
}

#[derive(Clone)]
pub struct T399(u64);

#[engin::provide]
fn p399(prev: &T398) -> T399 {
    T399(prev.0 + 1)
}

#[derive(Clone)]
pub struct T400(u64);

#[engin::provide]
fn p400() -> T400 {
    T400(400)
}

#[derive(Clone)]
pub struct T401(u64);

#[engin::provide]
fn p401(prev: &T400) -> T401 {
    T401(prev.0 + 1)
}

#[derive(Clone)]
pub struct T402(u64);

#[engin::provide]
fn p402(prev: &T401) -> T402 {
    T402(prev.0 + 1)
}

#[derive(Clone)]
pub struct T403(u64);

#[engin::provide]
fn p403(prev: &T402) -> T403 {
    T403(prev.0 + 1)
}

#[derive(Clone)]
pub struct T404(u64);

#[engin::provide]
fn p404(prev: &T403) -> T404 {
    T404(prev.0 + 1)
}

#[derive(Clone)]
pub struct T405(u64);

#[engin::provide]
fn p405(prev: &T404) -> T405 {
    T405(prev.0 + 1)
}

#[derive(Clone)]
pub struct T406(u64);

#[engin::provide]
fn p406(prev: &T405) -> T406 {
    T406(prev.0 + 1)
}

#[derive(Clone)]
pub struct T407(u64);

#[engin::provide]
fn p407(prev: &T406) -> T407 {
    T407(prev.0 + 1)
}

#[derive(Clone)]
pub struct T408(u64);

#[engin::provide]
fn p408(prev: &T407) -> T408 {
    T408(prev.0 + 1)
}

#[derive(Clone)]
pub struct T409(u64);

#[engin::provide]
fn p409(prev: &T408) -> T409 {
    T409(prev.0 + 1)
}

#[derive(Clone)]
pub struct T410(u64);

#[engin::provide]
fn p410() -> T410 {
    T410(410)
}

#[derive(Clone)]
pub struct T411(u64);

#[engin::provide]
fn p411(prev: &T410) -> T411 {
    T411(prev.0 + 1)
}

#[derive(Clone)]
pub struct T412(u64);

#[engin::provide]
fn p412(prev: &T411) -> T412 {
    T412(prev.0 + 1)
}

#[derive(Clone)]
pub struct T413(u64);

#[engin::provide]
fn p413(prev: &T412) -> T413 {
    T413(prev.0 + 1)
}

#[derive(Clone)]
pub struct T414(u64);

#[engin::provide]
fn p414(prev: &T413) -> T414 {
    T414(prev.0 + 1)
}

#[derive(Clone)]
pub struct T415(u64);

#[engin::provide]
fn p415(prev: &T414) -> T415 {
    T415(prev.0 + 1)
}

#[derive(Clone)]
pub struct T416(u64);

#[engin::provide]
fn p416(prev: &T415) -> T416 {
    T416(prev.0 + 1)
}

#[derive(Clone)]
pub struct T417(u64);

#[engin::provide]
fn p417(prev: &T416) -> T417 {
    T417(prev.0 + 1)
}

#[derive(Clone)]
pub struct T418(u64);

#[engin::provide]
fn p418(prev: &T417) -> T418 {
    T418(prev.0 + 1)
}

#[derive(Clone)]
pub struct T419(u64);

#[engin::provide]
fn p419(prev: &T418) -> T419 {
    T419(prev.0 + 1)
}

#[derive(Clone)]
pub struct T420(u64);

#[engin::provide]
fn p420() -> T420 {
    T420(420)
}

#[derive(Clone)]
pub struct T421(u64);

#[engin::provide]
fn p421(prev: &T420) -> T421 {
    T421(prev.0 + 1)
}

#[derive(Clone)]
pub struct T422(u64);

#[engin::provide]
fn p422(prev: &T421) -> T422 {
    T422(prev.0 + 1)
}

#[derive(Clone)]
pub struct T423(u64);

#[engin::provide]
fn p423(prev: &T422) -> T423 {
    T423(prev.0 + 1)
}

#[derive(Clone)]
pub struct T424(u64);

#[engin::provide]
fn p424(prev: &T423) -> T424 {
    T424(prev.0 + 1)
}

#[derive(Clone)]
pub struct T425(u64);

#[engin::provide]
fn p425(prev: &T424) -> T425 {
    T425(prev.0 + 1)
}

#[derive(Clone)]
pub struct T426(u64);

#[engin::provide]
fn p426(prev: &T425) -> T426 {
    T426(prev.0 + 1)
}

#[derive(Clone)]
pub struct T427(u64);

#[engin::provide]
fn p427(prev: &T426) -> T427 {
    T427(prev.0 + 1)
}

#[derive(Clone)]
pub struct T428(u64);

#[engin::provide]
fn p428(prev: &T427) -> T428 {
    T428(prev.0 + 1)
}

#[derive(Clone)]
pub struct T429(u64);

#[engin::provide]
fn p429(prev: &T428) -> T429 {
    T429(prev.0 + 1)
}

#[derive(Clone)]
pub struct T430(u64);

#[engin::provide]
fn p430() -> T430 {
    T430(430)
}

#[derive(Clone)]
pub struct T431(u64);

#[engin::provide]
fn p431(prev: &T430) -> T431 {
    T431(prev.0 + 1)
}

#[derive(Clone)]
pub struct T432(u64);

#[engin::provide]
fn p432(prev: &T431) -> T432 {
    T432(prev.0 + 1)
}

#[derive(Clone)]
pub struct T433(u64);

#[engin::provide]
fn p433(prev: &T432) -> T433 {
    T433(prev.0 + 1)
}

#[derive(Clone)]
pub struct T434(u64);

#[engin::provide]
fn p434(prev: &T433) -> T434 {
    T434(prev.0 + 1)
}

#[derive(Clone)]
pub struct T435(u64);

#[engin::provide]
fn p435(prev: &T434) -> T435 {
    T435(prev.0 + 1)
}

#[derive(Clone)]
pub struct T436(u64);

#[engin::provide]
fn p436(prev: &T435) -> T436 {
    T436(prev.0 + 1)
}

#[derive(Clone)]
pub struct T437(u64);

#[engin::provide]
fn p437(prev: &T436) -> T437 {
    T437(prev.0 + 1)
}

#[derive(Clone)]
pub struct T438(u64);

#[engin::provide]
fn p438(prev: &T437) -> T438 {
    T438(prev.0 + 1)
}

#[derive(Clone)]
pub struct T439(u64);

#[engin::provide]
fn p439(prev: &T438) -> T439 {
    T439(prev.0 + 1)
}

#[derive(Clone)]
pub struct T440(u64);

#[engin::provide]
fn p440() -> T440 {
    T440(440)
}

#[derive(Clone)]
pub struct T441(u64);

#[engin::provide]
fn p441(prev: &T440) -> T441 {
    T441(prev.0 + 1)
}

#[derive(Clone)]
pub struct T442(u64);

#[engin::provide]
fn p442(prev: &T441) -> T442 {
    T442(prev.0 + 1)
}

#[derive(Clone)]
pub struct T443(u64);

#[engin::provide]
fn p443(prev: &T442) -> T443 {
    T443(prev.0 + 1)
}

#[derive(Clone)]
pub struct T444(u64);

#[engin::provide]
fn p444(prev: &T443) -> T444 {
    T444(prev.0 + 1)
}

#[derive(Clone)]
pub struct T445(u64);

#[engin::provide]
fn p445(prev: &T444) -> T445 {
    T445(prev.0 + 1)
}

#[derive(Clone)]
pub struct T446(u64);

#[engin::provide]
fn p446(prev: &T445) -> T446 {
    T446(prev.0 + 1)
}

#[derive(Clone)]
pub struct T447(u64);

#[engin::provide]
fn p447(prev: &T446) -> T447 {
    T447(prev.0 + 1)
}

#[derive(Clone)]
pub struct T448(u64);

#[engin::provide]
fn p448(prev: &T447) -> T448 {
    T448(prev.0 + 1)
}

#[derive(Clone)]
pub struct T449(u64);

#[engin::provide]
fn p449(prev: &T448) -> T449 {
    T449(prev.0 + 1)
}

#[derive(Clone)]
pub struct T450(u64);

#[engin::provide]
fn p450() -> T450 {
    T450(450)
}

#[derive(Clone)]
pub struct T451(u64);

#[engin::provide]
fn p451(prev: &T450) -> T451 {
    T451(prev.0 + 1)
}

#[derive(Clone)]
pub struct T452(u64);

#[engin::provide]
fn p452(prev: &T451) -> T452 {
    T452(prev.0 + 1)
}

#[derive(Clone)]
pub struct T453(u64);

#[engin::provide]
fn p453(prev: &T452) -> T453 {
    T453(prev.0 + 1)
}

#[derive(Clone)]
pub struct T454(u64);

#[engin::provide]
fn p454(prev: &T453) -> T454 {
    T454(prev.0 + 1)
}

#[derive(Clone)]
pub struct T455(u64);

#[engin::provide]
fn p455(prev: &T454) -> T455 {
    T455(prev.0 + 1)
}

#[derive(Clone)]
pub struct T456(u64);

#[engin::provide]
fn p456(prev: &T455) -> T456 {
    T456(prev.0 + 1)
}

#[derive(Clone)]
pub struct T457(u64);

#[engin::provide]
fn p457(prev: &T456) -> T457 {
    T457(prev.0 + 1)
}

#[derive(Clone)]
pub struct T458(u64);

#[engin::provide]
fn p458(prev: &T457) -> T458 {
    T458(prev.0 + 1)
}

#[derive(Clone)]
pub struct T459(u64);

#[engin::provide]
fn p459(prev: &T458) -> T459 {
    T459(prev.0 + 1)
}

#[derive(Clone)]
pub struct T460(u64);

#[engin::provide]
fn p460() -> T460 {
    T460(460)
}

#[derive(Clone)]
pub struct T461(u64);

#[engin::provide]
fn p461(prev: &T460) -> T461 {
    T461(prev.0 + 1)
}

#[derive(Clone)]
pub struct T462(u64);

#[engin::provide]
fn p462(prev: &T461) -> T462 {
    T462(prev.0 + 1)
}

#[derive(Clone)]
pub struct T463(u64);

#[engin::provide]
fn p463(prev: &T462) -> T463 {
    T463(prev.0 + 1)
}

#[derive(Clone)]
pub struct T464(u64);

#[engin::provide]
fn p464(prev: &T463) -> T464 {
    T464(prev.0 + 1)
}

#[derive(Clone)]
pub struct T465(u64);

#[engin::provide]
fn p465(prev: &T464) -> T465 {
    T465(prev.0 + 1)
}

#[derive(Clone)]
pub struct T466(u64);

#[engin::provide]
fn p466(prev: &T465) -> T466 {
    T466(prev.0 + 1)
}

#[derive(Clone)]
pub struct T467(u64);

#[engin::provide]
fn p467(prev: &T466) -> T467 {
    T467(prev.0 + 1)
}

#[derive(Clone)]
pub struct T468(u64);

#[engin::provide]
fn p468(prev: &T467) -> T468 {
    T468(prev.0 + 1)
}

#[derive(Clone)]
pub struct T469(u64);

#[engin::provide]
fn p469(prev: &T468) -> T469 {
    T469(prev.0 + 1)
}

#[derive(Clone)]
pub struct T470(u64);

#[engin::provide]
fn p470() -> T470 {
    T470(470)
}

#[derive(Clone)]
pub struct T471(u64);

#[engin::provide]
fn p471(prev: &T470) -> T471 {
    T471(prev.0 + 1)
}

#[derive(Clone)]
pub struct T472(u64);

#[engin::provide]
fn p472(prev: &T471) -> T472 {
    T472(prev.0 + 1)
}

#[derive(Clone)]
pub struct T473(u64);

#[engin::provide]
fn p473(prev: &T472) -> T473 {
    T473(prev.0 + 1)
}

#[derive(Clone)]
pub struct T474(u64);

#[engin::provide]
fn p474(prev: &T473) -> T474 {
    T474(prev.0 + 1)
}

#[derive(Clone)]
pub struct T475(u64);

#[engin::provide]
fn p475(prev: &T474) -> T475 {
    T475(prev.0 + 1)
}

#[derive(Clone)]
pub struct T476(u64);

#[engin::provide]
fn p476(prev: &T475) -> T476 {
    T476(prev.0 + 1)
}

#[derive(Clone)]
pub struct T477(u64);

#[engin::provide]
fn p477(prev: &T476) -> T477 {
    T477(prev.0 + 1)
}

#[derive(Clone)]
pub struct T478(u64);

#[engin::provide]
fn p478(prev: &T477) -> T478 {
    T478(prev.0 + 1)
}

#[derive(Clone)]
pub struct T479(u64);

#[engin::provide]
fn p479(prev: &T478) -> T479 {
    T479(prev.0 + 1)
}

#[derive(Clone)]
pub struct T480(u64);

#[engin::provide]
fn p480() -> T480 {
    T480(480)
}

#[derive(Clone)]
pub struct T481(u64);

#[engin::provide]
fn p481(prev: &T480) -> T481 {
    T481(prev.0 + 1)
}

#[derive(Clone)]
pub struct T482(u64);

#[engin::provide]
fn p482(prev: &T481) -> T482 {
    T482(prev.0 + 1)
}

#[derive(Clone)]
pub struct T483(u64);

#[engin::provide]
fn p483(prev: &T482) -> T483 {
    T483(prev.0 + 1)
}

#[derive(Clone)]
pub struct T484(u64);

#[engin::provide]
fn p484(prev: &T483) -> T484 {
    T484(prev.0 + 1)
}

#[derive(Clone)]
pub struct T485(u64);

#[engin::provide]
fn p485(prev: &T484) -> T485 {
    T485(prev.0 + 1)
}

#[derive(Clone)]
pub struct T486(u64);

#[engin::provide]
fn p486(prev: &T485) -> T486 {
    T486(prev.0 + 1)
}

#[derive(Clone)]
pub struct T487(u64);

#[engin::provide]
fn p487(prev: &T486) -> T487 {
    T487(prev.0 + 1)
}

#[derive(Clone)]
pub struct T488(u64);

#[engin::provide]
fn p488(prev: &T487) -> T488 {
    T488(prev.0 + 1)
}

#[derive(Clone)]
pub struct T489(u64);

#[engin::provide]
fn p489(prev: &T488) -> T489 {
    T489(prev.0 + 1)
}

#[derive(Clone)]
pub struct T490(u64);

#[engin::provide]
fn p490() -> T490 {
    T490(490)
}

#[derive(Clone)]
pub struct T491(u64);

#[engin::provide]
fn p491(prev: &T490) -> T491 {
    T491(prev.0 + 1)
}

#[derive(Clone)]
pub struct T492(u64);

#[engin::provide]
fn p492(prev: &T491) -> T492 {
    T492(prev.0 + 1)
}

#[derive(Clone)]
pub struct T493(u64);

#[engin::provide]
fn p493(prev: &T492) -> T493 {
    T493(prev.0 + 1)
}

#[derive(Clone)]
pub struct T494(u64);

#[engin::provide]
fn p494(prev: &T493) -> T494 {
    T494(prev.0 + 1)
}

#[derive(Clone)]
pub struct T495(u64);

#[engin::provide]
fn p495(prev: &T494) -> T495 {
    T495(prev.0 + 1)
}

#[derive(Clone)]
pub struct T496(u64);

#[engin::provide]
fn p496(prev: &T495) -> T496 {
    T496(prev.0 + 1)
}

#[derive(Clone)]
pub struct T497(u64);

#[engin::provide]
fn p497(prev: &T496) -> T497 {
    T497(prev.0 + 1)
}

#[derive(Clone)]
pub struct T498(u64);

#[engin::provide]
fn p498(prev: &T497) -> T498 {
    T498(prev.0 + 1)
}

#[derive(Clone)]
pub struct T499(u64);

#[engin::provide]
fn p499(prev: &T498) -> T499 {
    T499(prev.0 + 1)
}

#[derive(Clone)]
pub struct T500(u64);

#[engin::provide]
fn p500() -> T500 {
    T500(500)
}

#[derive(Clone)]
pub struct T501(u64);

#[engin::provide]
fn p501(prev: &T500) -> T501 {
    T501(prev.0 + 1)
}

#[derive(Clone)]
pub struct T502(u64);

#[engin::provide]
fn p502(prev: &T501) -> T502 {
    T502(prev.0 + 1)
}

#[derive(Clone)]
pub struct T503(u64);

#[engin::provide]
fn p503(prev: &T502) -> T503 {
    T503(prev.0 + 1)
}

#[derive(Clone)]
pub struct T504(u64);

#[engin::provide]
fn p504(prev: &T503) -> T504 {
    T504(prev.0 + 1)
}

#[derive(Clone)]
pub struct T505(u64);

#[engin::provide]
fn p505(prev: &T504) -> T505 {
    T505(prev.0 + 1)
}

#[derive(Clone)]
pub struct T506(u64);

#[engin::provide]
fn p506(prev: &T505) -> T506 {
    T506(prev.0 + 1)
}

#[derive(Clone)]
pub struct T507(u64);

#[engin::provide]
fn p507(prev: &T506) -> T507 {
    T507(prev.0 + 1)
}

#[derive(Clone)]
pub struct T508(u64);

#[engin::provide]
fn p508(prev: &T507) -> T508 {
    T508(prev.0 + 1)
}

#[derive(Clone)]
pub struct T509(u64);

#[engin::provide]
fn p509(prev: &T508) -> T509 {
    T509(prev.0 + 1)
}

#[derive(Clone)]
pub struct T510(u64);

#[engin::provide]
fn p510() -> T510 {
    T510(510)
}

#[derive(Clone)]
pub struct T511(u64);

#[engin::provide]
fn p511(prev: &T510) -> T511 {
    T511(prev.0 + 1)
}

#[derive(Clone)]
pub struct T512(u64);

#[engin::provide]
fn p512(prev: &T511) -> T512 {
    T512(prev.0 + 1)
}

#[derive(Clone)]
pub struct T513(u64);

#[engin::provide]
fn p513(prev: &T512) -> T513 {
    T513(prev.0 + 1)
}

#[derive(Clone)]
pub struct T514(u64);

#[engin::provide]
fn p514(prev: &T513) -> T514 {
    T514(prev.0 + 1)
}

#[derive(Clone)]
pub struct T515(u64);

#[engin::provide]
fn p515(prev: &T514) -> T515 {
    T515(prev.0 + 1)
}

#[derive(Clone)]
pub struct T516(u64);

#[engin::provide]
fn p516(prev: &T515) -> T516 {
    T516(prev.0 + 1)
}

#[derive(Clone)]
pub struct T517(u64);

#[engin::provide]
fn p517(prev: &T516) -> T517 {
    T517(prev.0 + 1)
}

#[derive(Clone)]
pub struct T518(u64);

#[engin::provide]
fn p518(prev: &T517) -> T518 {
    T518(prev.0 + 1)
}

#[derive(Clone)]
pub struct T519(u64);

#[engin::provide]
fn p519(prev: &T518) -> T519 {
    T519(prev.0 + 1)
}

#[derive(Clone)]
pub struct T520(u64);

#[engin::provide]
fn p520() -> T520 {
    T520(520)
}

#[derive(Clone)]
pub struct T521(u64);

#[engin::provide]
fn p521(prev: &T520) -> T521 {
    T521(prev.0 + 1)
}

#[derive(Clone)]
pub struct T522(u64);

#[engin::provide]
fn p522(prev: &T521) -> T522 {
    T522(prev.0 + 1)
}

#[derive(Clone)]
pub struct T523(u64);

#[engin::provide]
fn p523(prev: &T522) -> T523 {
    T523(prev.0 + 1)
}

#[derive(Clone)]
pub struct T524(u64);

#[engin::provide]
fn p524(prev: &T523) -> T524 {
    T524(prev.0 + 1)
}

#[derive(Clone)]
pub struct T525(u64);

#[engin::provide]
fn p525(prev: &T524) -> T525 {
    T525(prev.0 + 1)
}

#[derive(Clone)]
pub struct T526(u64);

#[engin::provide]
fn p526(prev: &T525) -> T526 {
    T526(prev.0 + 1)
}

#[derive(Clone)]
pub struct T527(u64);

#[engin::provide]
fn p527(prev: &T526) -> T527 {
    T527(prev.0 + 1)
}

#[derive(Clone)]
pub struct T528(u64);

#[engin::provide]
fn p528(prev: &T527) -> T528 {
    T528(prev.0 + 1)
}

#[derive(Clone)]
pub struct T529(u64);

#[engin::provide]
fn p529(prev: &T528) -> T529 {
    T529(prev.0 + 1)
}

#[derive(Clone)]
pub struct T530(u64);

#[engin::provide]
fn p530() -> T530 {
    T530(530)
}

#[derive(Clone)]
pub struct T531(u64);

#[engin::provide]
fn p531(prev: &T530) -> T531 {
    T531(prev.0 + 1)
}

#[derive(Clone)]
pub struct T532(u64);

#[engin::provide]
fn p532(prev: &T531) -> T532 {
    T532(prev.0 + 1)
}

#[derive(Clone)]
pub struct T533(u64);

#[engin::provide]
fn p533(prev: &T532) -> T533 {
    T533(prev.0 + 1)
}

#[derive(Clone)]
pub struct T534(u64);

#[engin::provide]
fn p534(prev: &T533) -> T534 {
    T534(prev.0 + 1)
}

#[derive(Clone)]
pub struct T535(u64);

#[engin::provide]
fn p535(prev: &T534) -> T535 {
    T535(prev.0 + 1)
}

#[derive(Clone)]
pub struct T536(u64);

#[engin::provide]
fn p536(prev: &T535) -> T536 {
    T536(prev.0 + 1)
}

#[derive(Clone)]
pub struct T537(u64);

#[engin::provide]
fn p537(prev: &T536) -> T537 {
    T537(prev.0 + 1)
}

#[derive(Clone)]
pub struct T538(u64);

#[engin::provide]
fn p538(prev: &T537) -> T538 {
    T538(prev.0 + 1)
}

#[derive(Clone)]
pub struct T539(u64);

#[engin::provide]
fn p539(prev: &T538) -> T539 {
    T539(prev.0 + 1)
}

#[derive(Clone)]
pub struct T540(u64);

#[engin::provide]
fn p540() -> T540 {
    T540(540)
}

#[derive(Clone)]
pub struct T541(u64);

#[engin::provide]
fn p541(prev: &T540) -> T541 {
    T541(prev.0 + 1)
}

#[derive(Clone)]
pub struct T542(u64);

#[engin::provide]
fn p542(prev: &T541) -> T542 {
    T542(prev.0 + 1)
}

#[derive(Clone)]
pub struct T543(u64);

#[engin::provide]
fn p543(prev: &T542) -> T543 {
    T543(prev.0 + 1)
}

#[derive(Clone)]
pub struct T544(u64);

#[engin::provide]
fn p544(prev: &T543) -> T544 {
    T544(prev.0 + 1)
}

#[derive(Clone)]
pub struct T545(u64);

#[engin::provide]
fn p545(prev: &T544) -> T545 {
    T545(prev.0 + 1)
}

#[derive(Clone)]
pub struct T546(u64);

#[engin::provide]
fn p546(prev: &T545) -> T546 {
    T546(prev.0 + 1)
}

#[derive(Clone)]
pub struct T547(u64);

#[engin::provide]
fn p547(prev: &T546) -> T547 {
    T547(prev.0 + 1)
}

#[derive(Clone)]
pub struct T548(u64);

#[engin::provide]
fn p548(prev: &T547) -> T548 {
    T548(prev.0 + 1)
}

#[derive(Clone)]
pub struct T549(u64);

#[engin::provide]
fn p549(prev: &T548) -> T549 {
    T549(prev.0 + 1)
}

#[derive(Clone)]
pub struct T550(u64);

#[engin::provide]
fn p550() -> T550 {
    T550(550)
}

#[derive(Clone)]
pub struct T551(u64);

#[engin::provide]
fn p551(prev: &T550) -> T551 {
    T551(prev.0 + 1)
}

#[derive(Clone)]
pub struct T552(u64);

#[engin::provide]
fn p552(prev: &T551) -> T552 {
    T552(prev.0 + 1)
}

#[derive(Clone)]
pub struct T553(u64);

#[engin::provide]
fn p553(prev: &T552) -> T553 {
    T553(prev.0 + 1)
}

#[derive(Clone)]
pub struct T554(u64);

#[engin::provide]
fn p554(prev: &T553) -> T554 {
    T554(prev.0 + 1)
}

#[derive(Clone)]
pub struct T555(u64);

#[engin::provide]
fn p555(prev: &T554) -> T555 {
    T555(prev.0 + 1)
}

#[derive(Clone)]
pub struct T556(u64);

#[engin::provide]
fn p556(prev: &T555) -> T556 {
    T556(prev.0 + 1)
}

#[derive(Clone)]
pub struct T557(u64);

#[engin::provide]
fn p557(prev: &T556) -> T557 {
    T557(prev.0 + 1)
}

#[derive(Clone)]
pub struct T558(u64);

#[engin::provide]
fn p558(prev: &T557) -> T558 {
    T558(prev.0 + 1)
}

#[derive(Clone)]
pub struct T559(u64);

#[engin::provide]
fn p559(prev: &T558) -> T559 {
    T559(prev.0 + 1)
}

#[derive(Clone)]
pub struct T560(u64);

#[engin::provide]
fn p560() -> T560 {
    T560(560)
}

#[derive(Clone)]
pub struct T561(u64);

#[engin::provide]
fn p561(prev: &T560) -> T561 {
    T561(prev.0 + 1)
}

#[derive(Clone)]
pub struct T562(u64);

#[engin::provide]
fn p562(prev: &T561) -> T562 {
    T562(prev.0 + 1)
}

#[derive(Clone)]
pub struct T563(u64);

#[engin::provide]
fn p563(prev: &T562) -> T563 {
    T563(prev.0 + 1)
}

#[derive(Clone)]
pub struct T564(u64);

#[engin::provide]
fn p564(prev: &T563) -> T564 {
    T564(prev.0 + 1)
}

#[derive(Clone)]
pub struct T565(u64);

#[engin::provide]
fn p565(prev: &T564) -> T565 {
    T565(prev.0 + 1)
}

#[derive(Clone)]
pub struct T566(u64);

#[engin::provide]
fn p566(prev: &T565) -> T566 {
    T566(prev.0 + 1)
}

#[derive(Clone)]
pub struct T567(u64);

#[engin::provide]
fn p567(prev: &T566) -> T567 {
    T567(prev.0 + 1)
}

#[derive(Clone)]
pub struct T568(u64);

#[engin::provide]
fn p568(prev: &T567) -> T568 {
    T568(prev.0 + 1)
}

#[derive(Clone)]
pub struct T569(u64);

#[engin::provide]
fn p569(prev: &T568) -> T569 {
    T569(prev.0 + 1)
}

#[derive(Clone)]
pub struct T570(u64);

#[engin::provide]
fn p570() -> T570 {
    T570(570)
}

#[derive(Clone)]
pub struct T571(u64);

#[engin::provide]
fn p571(prev: &T570) -> T571 {
    T571(prev.0 + 1)
}

#[derive(Clone)]
pub struct T572(u64);

#[engin::provide]
fn p572(prev: &T571) -> T572 {
    T572(prev.0 + 1)
}

#[derive(Clone)]
pub struct T573(u64);

#[engin::provide]
fn p573(prev: &T572) -> T573 {
    T573(prev.0 + 1)
}

#[derive(Clone)]
pub struct T574(u64);

#[engin::provide]
fn p574(prev: &T573) -> T574 {
    T574(prev.0 + 1)
}

#[derive(Clone)]
pub struct T575(u64);

#[engin::provide]
fn p575(prev: &T574) -> T575 {
    T575(prev.0 + 1)
}

#[derive(Clone)]
pub struct T576(u64);

#[engin::provide]
fn p576(prev: &T575) -> T576 {
    T576(prev.0 + 1)
}

#[derive(Clone)]
pub struct T577(u64);

#[engin::provide]
fn p577(prev: &T576) -> T577 {
    T577(prev.0 + 1)
}

#[derive(Clone)]
pub struct T578(u64);

#[engin::provide]
fn p578(prev: &T577) -> T578 {
    T578(prev.0 + 1)
}

#[derive(Clone)]
pub struct T579(u64);

#[engin::provide]
fn p579(prev: &T578) -> T579 {
    T579(prev.0 + 1)
}

#[derive(Clone)]
pub struct T580(u64);

#[engin::provide]
fn p580() -> T580 {
    T580(580)
}

#[derive(Clone)]
pub struct T581(u64);

#[engin::provide]
fn p581(prev: &T580) -> T581 {
    T581(prev.0 + 1)
}

#[derive(Clone)]
pub struct T582(u64);

#[engin::provide]
fn p582(prev: &T581) -> T582 {
    T582(prev.0 + 1)
}

#[derive(Clone)]
pub struct T583(u64);

#[engin::provide]
fn p583(prev: &T582) -> T583 {
    T583(prev.0 + 1)
}

#[derive(Clone)]
pub struct T584(u64);

#[engin::provide]
fn p584(prev: &T583) -> T584 {
    T584(prev.0 + 1)
}

#[derive(Clone)]
pub struct T585(u64);

#[engin::provide]
fn p585(prev: &T584) -> T585 {
    T585(prev.0 + 1)
}

#[derive(Clone)]
pub struct T586(u64);

#[engin::provide]
fn p586(prev: &T585) -> T586 {
    T586(prev.0 + 1)
}

#[derive(Clone)]
pub struct T587(u64);

#[engin::provide]
fn p587(prev: &T586) -> T587 {
    T587(prev.0 + 1)
}

#[derive(Clone)]
pub struct T588(u64);

#[engin::provide]
fn p588(prev: &T587) -> T588 {
    T588(prev.0 + 1)
}

#[derive(Clone)]
pub struct T589(u64);

#[engin::provide]
fn p589(prev: &T588) -> T589 {
    T589(prev.0 + 1)
}

#[derive(Clone)]
pub struct T590(u64);

#[engin::provide]
fn p590() -> T590 {
    T590(590)
}

#[derive(Clone)]
pub struct T591(u64);

#[engin::provide]
fn p591(prev: &T590) -> T591 {
    T591(prev.0 + 1)
}

#[derive(Clone)]
pub struct T592(u64);

#[engin::provide]
fn p592(prev: &T591) -> T592 {
    T592(prev.0 + 1)
}

#[derive(Clone)]
pub struct T593(u64);

#[engin::provide]
fn p593(prev: &T592) -> T593 {
    T593(prev.0 + 1)
}

#[derive(Clone)]
pub struct T594(u64);

#[engin::provide]
fn p594(prev: &T593) -> T594 {
    T594(prev.0 + 1)
}

#[derive(Clone)]
pub struct T595(u64);

#[engin::provide]
fn p595(prev: &T594) -> T595 {
    T595(prev.0 + 1)
}

#[derive(Clone)]
pub struct T596(u64);

#[engin::provide]
fn p596(prev: &T595) -> T596 {
    T596(prev.0 + 1)
}

#[derive(Clone)]
pub struct T597(u64);

#[engin::provide]
fn p597(prev: &T596) -> T597 {
    T597(prev.0 + 1)
}

#[derive(Clone)]
pub struct T598(u64);

#[engin::provide]
fn p598(prev: &T597) -> T598 {
    T598(prev.0 + 1)
}

#[derive(Clone)]
pub struct T599(u64);

#[engin::provide]
fn p599(prev: &T598) -> T599 {
    T599(prev.0 + 1)
}

#[derive(Clone)]
pub struct T600(u64);

#[engin::provide]
fn p600() -> T600 {
    T600(600)
}

#[derive(Clone)]
pub struct T601(u64);

#[engin::provide]
fn p601(prev: &T600) -> T601 {
    T601(prev.0 + 1)
}

#[derive(Clone)]
pub struct T602(u64);

#[engin::provide]
fn p602(prev: &T601) -> T602 {
    T602(prev.0 + 1)
}

#[derive(Clone)]
pub struct T603(u64);

#[engin::provide]
fn p603(prev: &T602) -> T603 {
    T603(prev.0 + 1)
}

#[derive(Clone)]
pub struct T604(u64);

#[engin::provide]
fn p604(prev: &T603) -> T604 {
    T604(prev.0 + 1)
}

#[derive(Clone)]
pub struct T605(u64);

#[engin::provide]
fn p605(prev: &T604) -> T605 {
    T605(prev.0 + 1)
}

#[derive(Clone)]
pub struct T606(u64);

#[engin::provide]
fn p606(prev: &T605) -> T606 {
    T606(prev.0 + 1)
}

#[derive(Clone)]
pub struct T607(u64);

#[engin::provide]
fn p607(prev: &T606) -> T607 {
    T607(prev.0 + 1)
}

#[derive(Clone)]
pub struct T608(u64);

#[engin::provide]
fn p608(prev: &T607) -> T608 {
    T608(prev.0 + 1)
}

#[derive(Clone)]
pub struct T609(u64);

#[engin::provide]
fn p609(prev: &T608) -> T609 {
    T609(prev.0 + 1)
}

#[derive(Clone)]
pub struct T610(u64);

#[engin::provide]
fn p610() -> T610 {
    T610(610)
}

#[derive(Clone)]
pub struct T611(u64);

#[engin::provide]
fn p611(prev: &T610) -> T611 {
    T611(prev.0 + 1)
}

#[derive(Clone)]
pub struct T612(u64);

#[engin::provide]
fn p612(prev: &T611) -> T612 {
    T612(prev.0 + 1)
}

#[derive(Clone)]
pub struct T613(u64);

#[engin::provide]
fn p613(prev: &T612) -> T613 {
    T613(prev.0 + 1)
}

#[derive(Clone)]
pub struct T614(u64);

#[engin::provide]
fn p614(prev: &T613) -> T614 {
    T614(prev.0 + 1)
}

#[derive(Clone)]
pub struct T615(u64);

#[engin::provide]
fn p615(prev: &T614) -> T615 {
    T615(prev.0 + 1)
}

#[derive(Clone)]
pub struct T616(u64);

#[engin::provide]
fn p616(prev: &T615) -> T616 {
    T616(prev.0 + 1)
}

#[derive(Clone)]
pub struct T617(u64);

#[engin::provide]
fn p617(prev: &T616) -> T617 {
    T617(prev.0 + 1)
}

#[derive(Clone)]
pub struct T618(u64);

#[engin::provide]
fn p618(prev: &T617) -> T618 {
    T618(prev.0 + 1)
}

#[derive(Clone)]
pub struct T619(u64);

#[engin::provide]
fn p619(prev: &T618) -> T619 {
    T619(prev.0 + 1)
}

#[derive(Clone)]
pub struct T620(u64);

#[engin::provide]
fn p620() -> T620 {
    T620(620)
}

#[derive(Clone)]
pub struct T621(u64);

#[engin::provide]
fn p621(prev: &T620) -> T621 {
    T621(prev.0 + 1)
}

#[derive(Clone)]
pub struct T622(u64);

#[engin::provide]
fn p622(prev: &T621) -> T622 {
    T622(prev.0 + 1)
}

#[derive(Clone)]
pub struct T623(u64);

#[engin::provide]
fn p623(prev: &T622) -> T623 {
    T623(prev.0 + 1)
}

#[derive(Clone)]
pub struct T624(u64);

#[engin::provide]
fn p624(prev: &T623) -> T624 {
    T624(prev.0 + 1)
}

#[derive(Clone)]
pub struct T625(u64);

#[engin::provide]
fn p625(prev: &T624) -> T625 {
    T625(prev.0 + 1)
}

#[derive(Clone)]
pub struct T626(u64);

#[engin::provide]
fn p626(prev: &T625) -> T626 {
    T626(prev.0 + 1)
}

#[derive(Clone)]
pub struct T627(u64);

#[engin::provide]
fn p627(prev: &T626) -> T627 {
    T627(prev.0 + 1)
}

#[derive(Clone)]
pub struct T628(u64);

#[engin::provide]
fn p628(prev: &T627) -> T628 {
    T628(prev.0 + 1)
}

#[derive(Clone)]
pub struct T629(u64);

#[engin::provide]
fn p629(prev: &T628) -> T629 {
    T629(prev.0 + 1)
}

#[derive(Clone)]
pub struct T630(u64);

#[engin::provide]
fn p630() -> T630 {
    T630(630)
}

#[derive(Clone)]
pub struct T631(u64);

#[engin::provide]
fn p631(prev: &T630) -> T631 {
    T631(prev.0 + 1)
}

#[derive(Clone)]
pub struct T632(u64);

#[engin::provide]
fn p632(prev: &T631) -> T632 {
    T632(prev.0 + 1)
}

#[derive(Clone)]
pub struct T633(u64);

#[engin::provide]
fn p633(prev: &T632) -> T633 {
    T633(prev.0 + 1)
}

#[derive(Clone)]
pub struct T634(u64);

#[engin::provide]
fn p634(prev: &T633) -> T634 {
    T634(prev.0 + 1)
}

#[derive(Clone)]
pub struct T635(u64);

#[engin::provide]
fn p635(prev: &T634) -> T635 {
    T635(prev.0 + 1)
}

#[derive(Clone)]
pub struct T636(u64);

#[engin::provide]
fn p636(prev: &T635) -> T636 {
    T636(prev.0 + 1)
}

#[derive(Clone)]
pub struct T637(u64);

#[engin::provide]
fn p637(prev: &T636) -> T637 {
    T637(prev.0 + 1)
}

#[derive(Clone)]
pub struct T638(u64);

#[engin::provide]
fn p638(prev: &T637) -> T638 {
    T638(prev.0 + 1)
}

#[derive(Clone)]
pub struct T639(u64);

#[engin::provide]
fn p639(prev: &T638) -> T639 {
    T639(prev.0 + 1)
}

#[derive(Clone)]
pub struct T640(u64);

#[engin::provide]
fn p640() -> T640 {
    T640(640)
}

#[derive(Clone)]
pub struct T641(u64);

#[engin::provide]
fn p641(prev: &T640) -> T641 {
    T641(prev.0 + 1)
}

#[derive(Clone)]
pub struct T642(u64);

#[engin::provide]
fn p642(prev: &T641) -> T642 {
    T642(prev.0 + 1)
}

#[derive(Clone)]
pub struct T643(u64);

#[engin::provide]
fn p643(prev: &T642) -> T643 {
    T643(prev.0 + 1)
}

#[derive(Clone)]
pub struct T644(u64);

#[engin::provide]
fn p644(prev: &T643) -> T644 {
    T644(prev.0 + 1)
}

#[derive(Clone)]
pub struct T645(u64);

#[engin::provide]
fn p645(prev: &T644) -> T645 {
    T645(prev.0 + 1)
}

#[derive(Clone)]
pub struct T646(u64);

#[engin::provide]
fn p646(prev: &T645) -> T646 {
    T646(prev.0 + 1)
}

#[derive(Clone)]
pub struct T647(u64);

#[engin::provide]
fn p647(prev: &T646) -> T647 {
    T647(prev.0 + 1)
}

#[derive(Clone)]
pub struct T648(u64);

#[engin::provide]
fn p648(prev: &T647) -> T648 {
    T648(prev.0 + 1)
}

#[derive(Clone)]
pub struct T649(u64);

#[engin::provide]
fn p649(prev: &T648) -> T649 {
    T649(prev.0 + 1)
}

#[derive(Clone)]
pub struct T650(u64);

#[engin::provide]
fn p650() -> T650 {
    T650(650)
}

#[derive(Clone)]
pub struct T651(u64);

#[engin::provide]
fn p651(prev: &T650) -> T651 {
    T651(prev.0 + 1)
}

#[derive(Clone)]
pub struct T652(u64);

#[engin::provide]
fn p652(prev: &T651) -> T652 {
    T652(prev.0 + 1)
}

#[derive(Clone)]
pub struct T653(u64);

#[engin::provide]
fn p653(prev: &T652) -> T653 {
    T653(prev.0 + 1)
}

#[derive(Clone)]
pub struct T654(u64);

#[engin::provide]
fn p654(prev: &T653) -> T654 {
    T654(prev.0 + 1)
}

#[derive(Clone)]
pub struct T655(u64);

#[engin::provide]
fn p655(prev: &T654) -> T655 {
    T655(prev.0 + 1)
}

#[derive(Clone)]
pub struct T656(u64);

#[engin::provide]
fn p656(prev: &T655) -> T656 {
    T656(prev.0 + 1)
}

#[derive(Clone)]
pub struct T657(u64);

#[engin::provide]
fn p657(prev: &T656) -> T657 {
    T657(prev.0 + 1)
}

#[derive(Clone)]
pub struct T658(u64);

#[engin::provide]
fn p658(prev: &T657) -> T658 {
    T658(prev.0 + 1)
}

#[derive(Clone)]
pub struct T659(u64);

#[engin::provide]
fn p659(prev: &T658) -> T659 {
    T659(prev.0 + 1)
}

#[derive(Clone)]
pub struct T660(u64);

#[engin::provide]
fn p660() -> T660 {
    T660(660)
}

#[derive(Clone)]
pub struct T661(u64);

#[engin::provide]
fn p661(prev: &T660) -> T661 {
    T661(prev.0 + 1)
}

#[derive(Clone)]
pub struct T662(u64);

#[engin::provide]
fn p662(prev: &T661) -> T662 {
    T662(prev.0 + 1)
}

#[derive(Clone)]
pub struct T663(u64);

#[engin::provide]
fn p663(prev: &T662) -> T663 {
    T663(prev.0 + 1)
}

#[derive(Clone)]
pub struct T664(u64);

#[engin::provide]
fn p664(prev: &T663) -> T664 {
    T664(prev.0 + 1)
}

#[derive(Clone)]
pub struct T665(u64);

#[engin::provide]
fn p665(prev: &T664) -> T665 {
    T665(prev.0 + 1)
}

#[derive(Clone)]
pub struct T666(u64);

#[engin::provide]
fn p666(prev: &T665) -> T666 {
    T666(prev.0 + 1)
}

#[derive(Clone)]
pub struct T667(u64);

#[engin::provide]
fn p667(prev: &T666) -> T667 {
    T667(prev.0 + 1)
}

#[derive(Clone)]
pub struct T668(u64);

#[engin::provide]
fn p668(prev: &T667) -> T668 {
    T668(prev.0 + 1)
}

#[derive(Clone)]
pub struct T669(u64);

#[engin::provide]
fn p669(prev: &T668) -> T669 {
    T669(prev.0 + 1)
}

#[derive(Clone)]
pub struct T670(u64);

#[engin::provide]
fn p670() -> T670 {
    T670(670)
}

#[derive(Clone)]
pub struct T671(u64);

#[engin::provide]
fn p671(prev: &T670) -> T671 {
    T671(prev.0 + 1)
}

#[derive(Clone)]
pub struct T672(u64);

#[engin::provide]
fn p672(prev: &T671) -> T672 {
    T672(prev.0 + 1)
}

#[derive(Clone)]
pub struct T673(u64);

#[engin::provide]
fn p673(prev: &T672) -> T673 {
    T673(prev.0 + 1)
}

#[derive(Clone)]
pub struct T674(u64);

#[engin::provide]
fn p674(prev: &T673) -> T674 {
    T674(prev.0 + 1)
}

#[derive(Clone)]
pub struct T675(u64);

#[engin::provide]
fn p675(prev: &T674) -> T675 {
    T675(prev.0 + 1)
}

#[derive(Clone)]
pub struct T676(u64);

#[engin::provide]
fn p676(prev: &T675) -> T676 {
    T676(prev.0 + 1)
}

#[derive(Clone)]
pub struct T677(u64);

#[engin::provide]
fn p677(prev: &T676) -> T677 {
    T677(prev.0 + 1)
}

#[derive(Clone)]
pub struct T678(u64);

#[engin::provide]
fn p678(prev: &T677) -> T678 {
    T678(prev.0 + 1)
}

#[derive(Clone)]
pub struct T679(u64);

#[engin::provide]
fn p679(prev: &T678) -> T679 {
    T679(prev.0 + 1)
}

#[derive(Clone)]
pub struct T680(u64);

#[engin::provide]
fn p680() -> T680 {
    T680(680)
}

#[derive(Clone)]
pub struct T681(u64);

#[engin::provide]
fn p681(prev: &T680) -> T681 {
    T681(prev.0 + 1)
}

#[derive(Clone)]
pub struct T682(u64);

#[engin::provide]
fn p682(prev: &T681) -> T682 {
    T682(prev.0 + 1)
}

#[derive(Clone)]
pub struct T683(u64);

#[engin::provide]
fn p683(prev: &T682) -> T683 {
    T683(prev.0 + 1)
}

#[derive(Clone)]
pub struct T684(u64);

#[engin::provide]
fn p684(prev: &T683) -> T684 {
    T684(prev.0 + 1)
}

#[derive(Clone)]
pub struct T685(u64);

#[engin::provide]
fn p685(prev: &T684) -> T685 {
    T685(prev.0 + 1)
}

#[derive(Clone)]
pub struct T686(u64);

#[engin::provide]
fn p686(prev: &T685) -> T686 {
    T686(prev.0 + 1)
}

#[derive(Clone)]
pub struct T687(u64);

#[engin::provide]
fn p687(prev: &T686) -> T687 {
    T687(prev.0 + 1)
}

#[derive(Clone)]
pub struct T688(u64);

#[engin::provide]
fn p688(prev: &T687) -> T688 {
    T688(prev.0 + 1)
}

#[derive(Clone)]
pub struct T689(u64);

#[engin::provide]
fn p689(prev: &T688) -> T689 {
    T689(prev.0 + 1)
}

#[derive(Clone)]
pub struct T690(u64);

#[engin::provide]
fn p690() -> T690 {
    T690(690)
}

#[derive(Clone)]
pub struct T691(u64);

#[engin::provide]
fn p691(prev: &T690) -> T691 {
    T691(prev.0 + 1)
}

#[derive(Clone)]
pub struct T692(u64);

#[engin::provide]
fn p692(prev: &T691) -> T692 {
    T692(prev.0 + 1)
}

#[derive(Clone)]
pub struct T693(u64);

#[engin::provide]
fn p693(prev: &T692) -> T693 {
    T693(prev.0 + 1)
}

#[derive(Clone)]
pub struct T694(u64);

#[engin::provide]
fn p694(prev: &T693) -> T694 {
    T694(prev.0 + 1)
}

#[derive(Clone)]
pub struct T695(u64);

#[engin::provide]
fn p695(prev: &T694) -> T695 {
    T695(prev.0 + 1)
}

#[derive(Clone)]
pub struct T696(u64);

#[engin::provide]
fn p696(prev: &T695) -> T696 {
    T696(prev.0 + 1)
}

#[derive(Clone)]
pub struct T697(u64);

#[engin::provide]
fn p697(prev: &T696) -> T697 {
    T697(prev.0 + 1)
}

#[derive(Clone)]
pub struct T698(u64);

#[engin::provide]
fn p698(prev: &T697) -> T698 {
    T698(prev.0 + 1)
}

#[derive(Clone)]
pub struct T699(u64);

#[engin::provide]
fn p699(prev: &T698) -> T699 {
    T699(prev.0 + 1)
}

#[derive(Clone)]
pub struct T700(u64);

#[engin::provide]
fn p700() -> T700 {
    T700(700)
}

#[derive(Clone)]
pub struct T701(u64);

#[engin::provide]
fn p701(prev: &T700) -> T701 {
    T701(prev.0 + 1)
}

#[derive(Clone)]
pub struct T702(u64);

#[engin::provide]
fn p702(prev: &T701) -> T702 {
    T702(prev.0 + 1)
}

#[derive(Clone)]
pub struct T703(u64);

#[engin::provide]
fn p703(prev: &T702) -> T703 {
    T703(prev.0 + 1)
}

#[derive(Clone)]
pub struct T704(u64);

#[engin::provide]
fn p704(prev: &T703) -> T704 {
    T704(prev.0 + 1)
}

#[derive(Clone)]
pub struct T705(u64);

#[engin::provide]
fn p705(prev: &T704) -> T705 {
    T705(prev.0 + 1)
}

#[derive(Clone)]
pub struct T706(u64);

#[engin::provide]
fn p706(prev: &T705) -> T706 {
    T706(prev.0 + 1)
}

#[derive(Clone)]
pub struct T707(u64);

#[engin::provide]
fn p707(prev: &T706) -> T707 {
    T707(prev.0 + 1)
}

#[derive(Clone)]
pub struct T708(u64);

#[engin::provide]
fn p708(prev: &T707) -> T708 {
    T708(prev.0 + 1)
}

#[derive(Clone)]
pub struct T709(u64);

#[engin::provide]
fn p709(prev: &T708) -> T709 {
    T709(prev.0 + 1)
}

#[derive(Clone)]
pub struct T710(u64);

#[engin::provide]
fn p710() -> T710 {
    T710(710)
}

#[derive(Clone)]
pub struct T711(u64);

#[engin::provide]
fn p711(prev: &T710) -> T711 {
    T711(prev.0 + 1)
}

#[derive(Clone)]
pub struct T712(u64);

#[engin::provide]
fn p712(prev: &T711) -> T712 {
    T712(prev.0 + 1)
}

#[derive(Clone)]
pub struct T713(u64);

#[engin::provide]
fn p713(prev: &T712) -> T713 {
    T713(prev.0 + 1)
}

#[derive(Clone)]
pub struct T714(u64);

#[engin::provide]
fn p714(prev: &T713) -> T714 {
    T714(prev.0 + 1)
}

#[derive(Clone)]
pub struct T715(u64);

#[engin::provide]
fn p715(prev: &T714) -> T715 {
    T715(prev.0 + 1)
}

#[derive(Clone)]
pub struct T716(u64);

#[engin::provide]
fn p716(prev: &T715) -> T716 {
    T716(prev.0 + 1)
}

#[derive(Clone)]
pub struct T717(u64);

#[engin::provide]
fn p717(prev: &T716) -> T717 {
    T717(prev.0 + 1)
}

#[derive(Clone)]
pub struct T718(u64);

#[engin::provide]
fn p718(prev: &T717) -> T718 {
    T718(prev.0 + 1)
}

#[derive(Clone)]
pub struct T719(u64);

#[engin::provide]
fn p719(prev: &T718) -> T719 {
    T719(prev.0 + 1)
}

#[derive(Clone)]
pub struct T720(u64);

#[engin::provide]
fn p720() -> T720 {
    T720(720)
}

#[derive(Clone)]
pub struct T721(u64);

#[engin::provide]
fn p721(prev: &T720) -> T721 {
    T721(prev.0 + 1)
}

#[derive(Clone)]
pub struct T722(u64);

#[engin::provide]
fn p722(prev: &T721) -> T722 {
    T722(prev.0 + 1)
}

#[derive(Clone)]
pub struct T723(u64);

#[engin::provide]
fn p723(prev: &T722) -> T723 {
    T723(prev.0 + 1)
}

#[derive(Clone)]
pub struct T724(u64);

#[engin::provide]
fn p724(prev: &T723) -> T724 {
    T724(prev.0 + 1)
}

#[derive(Clone)]
pub struct T725(u64);

#[engin::provide]
fn p725(prev: &T724) -> T725 {
    T725(prev.0 + 1)
}

#[derive(Clone)]
pub struct T726(u64);

#[engin::provide]
fn p726(prev: &T725) -> T726 {
    T726(prev.0 + 1)
}

#[derive(Clone)]
pub struct T727(u64);

#[engin::provide]
fn p727(prev: &T726) -> T727 {
    T727(prev.0 + 1)
}

#[derive(Clone)]
pub struct T728(u64);

#[engin::provide]
fn p728(prev: &T727) -> T728 {
    T728(prev.0 + 1)
}

#[derive(Clone)]
pub struct T729(u64);

#[engin::provide]
fn p729(prev: &T728) -> T729 {
    T729(prev.0 + 1)
}

#[derive(Clone)]
pub struct T730(u64);

#[engin::provide]
fn p730() -> T730 {
    T730(730)
}

#[derive(Clone)]
pub struct T731(u64);

#[engin::provide]
fn p731(prev: &T730) -> T731 {
    T731(prev.0 + 1)
}

#[derive(Clone)]
pub struct T732(u64);

#[engin::provide]
fn p732(prev: &T731) -> T732 {
    T732(prev.0 + 1)
}

#[derive(Clone)]
pub struct T733(u64);

#[engin::provide]
fn p733(prev: &T732) -> T733 {
    T733(prev.0 + 1)
}

#[derive(Clone)]
pub struct T734(u64);

#[engin::provide]
fn p734(prev: &T733) -> T734 {
    T734(prev.0 + 1)
}

#[derive(Clone)]
pub struct T735(u64);

#[engin::provide]
fn p735(prev: &T734) -> T735 {
    T735(prev.0 + 1)
}

#[derive(Clone)]
pub struct T736(u64);

#[engin::provide]
fn p736(prev: &T735) -> T736 {
    T736(prev.0 + 1)
}

#[derive(Clone)]
pub struct T737(u64);

#[engin::provide]
fn p737(prev: &T736) -> T737 {
    T737(prev.0 + 1)
}

#[derive(Clone)]
pub struct T738(u64);

#[engin::provide]
fn p738(prev: &T737) -> T738 {
    T738(prev.0 + 1)
}

#[derive(Clone)]
pub struct T739(u64);

#[engin::provide]
fn p739(prev: &T738) -> T739 {
    T739(prev.0 + 1)
}

#[derive(Clone)]
pub struct T740(u64);

#[engin::provide]
fn p740() -> T740 {
    T740(740)
}

#[derive(Clone)]
pub struct T741(u64);

#[engin::provide]
fn p741(prev: &T740) -> T741 {
    T741(prev.0 + 1)
}

#[derive(Clone)]
pub struct T742(u64);

#[engin::provide]
fn p742(prev: &T741) -> T742 {
    T742(prev.0 + 1)
}

#[derive(Clone)]
pub struct T743(u64);

#[engin::provide]
fn p743(prev: &T742) -> T743 {
    T743(prev.0 + 1)
}

#[derive(Clone)]
pub struct T744(u64);

#[engin::provide]
fn p744(prev: &T743) -> T744 {
    T744(prev.0 + 1)
}

#[derive(Clone)]
pub struct T745(u64);

#[engin::provide]
fn p745(prev: &T744) -> T745 {
    T745(prev.0 + 1)
}

#[derive(Clone)]
pub struct T746(u64);

#[engin::provide]
fn p746(prev: &T745) -> T746 {
    T746(prev.0 + 1)
}

#[derive(Clone)]
pub struct T747(u64);

#[engin::provide]
fn p747(prev: &T746) -> T747 {
    T747(prev.0 + 1)
}

#[derive(Clone)]
pub struct T748(u64);

#[engin::provide]
fn p748(prev: &T747) -> T748 {
    T748(prev.0 + 1)
}

#[derive(Clone)]
pub struct T749(u64);

#[engin::provide]
fn p749(prev: &T748) -> T749 {
    T749(prev.0 + 1)
}

#[derive(Clone)]
pub struct T750(u64);

#[engin::provide]
fn p750() -> T750 {
    T750(750)
}

#[derive(Clone)]
pub struct T751(u64);

#[engin::provide]
fn p751(prev: &T750) -> T751 {
    T751(prev.0 + 1)
}

#[derive(Clone)]
pub struct T752(u64);

#[engin::provide]
fn p752(prev: &T751) -> T752 {
    T752(prev.0 + 1)
}

#[derive(Clone)]
pub struct T753(u64);

#[engin::provide]
fn p753(prev: &T752) -> T753 {
    T753(prev.0 + 1)
}

#[derive(Clone)]
pub struct T754(u64);

#[engin::provide]
fn p754(prev: &T753) -> T754 {
    T754(prev.0 + 1)
}

#[derive(Clone)]
pub struct T755(u64);

#[engin::provide]
fn p755(prev: &T754) -> T755 {
    T755(prev.0 + 1)
}

#[derive(Clone)]
pub struct T756(u64);

#[engin::provide]
fn p756(prev: &T755) -> T756 {
    T756(prev.0 + 1)
}

#[derive(Clone)]
pub struct T757(u64);

#[engin::provide]
fn p757(prev: &T756) -> T757 {
    T757(prev.0 + 1)
}

#[derive(Clone)]
pub struct T758(u64);

#[engin::provide]
fn p758(prev: &T757) -> T758 {
    T758(prev.0 + 1)
}

#[derive(Clone)]
pub struct T759(u64);

#[engin::provide]
fn p759(prev: &T758) -> T759 {
    T759(prev.0 + 1)
}

#[derive(Clone)]
pub struct T760(u64);

#[engin::provide]
fn p760() -> T760 {
    T760(760)
}

#[derive(Clone)]
pub struct T761(u64);

#[engin::provide]
fn p761(prev: &T760) -> T761 {
    T761(prev.0 + 1)
}

#[derive(Clone)]
pub struct T762(u64);

#[engin::provide]
fn p762(prev: &T761) -> T762 {
    T762(prev.0 + 1)
}

#[derive(Clone)]
pub struct T763(u64);

#[engin::provide]
fn p763(prev: &T762) -> T763 {
    T763(prev.0 + 1)
}

#[derive(Clone)]
pub struct T764(u64);

#[engin::provide]
fn p764(prev: &T763) -> T764 {
    T764(prev.0 + 1)
}

#[derive(Clone)]
pub struct T765(u64);

#[engin::provide]
fn p765(prev: &T764) -> T765 {
    T765(prev.0 + 1)
}

#[derive(Clone)]
pub struct T766(u64);

#[engin::provide]
fn p766(prev: &T765) -> T766 {
    T766(prev.0 + 1)
}

#[derive(Clone)]
pub struct T767(u64);

#[engin::provide]
fn p767(prev: &T766) -> T767 {
    T767(prev.0 + 1)
}

#[derive(Clone)]
pub struct T768(u64);

#[engin::provide]
fn p768(prev: &T767) -> T768 {
    T768(prev.0 + 1)
}

#[derive(Clone)]
pub struct T769(u64);

#[engin::provide]
fn p769(prev: &T768) -> T769 {
    T769(prev.0 + 1)
}

#[derive(Clone)]
pub struct T770(u64);

#[engin::provide]
fn p770() -> T770 {
    T770(770)
}

#[derive(Clone)]
pub struct T771(u64);

#[engin::provide]
fn p771(prev: &T770) -> T771 {
    T771(prev.0 + 1)
}

#[derive(Clone)]
pub struct T772(u64);

#[engin::provide]
fn p772(prev: &T771) -> T772 {
    T772(prev.0 + 1)
}

#[derive(Clone)]
pub struct T773(u64);

#[engin::provide]
fn p773(prev: &T772) -> T773 {
    T773(prev.0 + 1)
}

#[derive(Clone)]
pub struct T774(u64);

#[engin::provide]
fn p774(prev: &T773) -> T774 {
    T774(prev.0 + 1)
}

#[derive(Clone)]
pub struct T775(u64);

#[engin::provide]
fn p775(prev: &T774) -> T775 {
    T775(prev.0 + 1)
}

#[derive(Clone)]
pub struct T776(u64);

#[engin::provide]
fn p776(prev: &T775) -> T776 {
    T776(prev.0 + 1)
}

#[derive(Clone)]
pub struct T777(u64);

#[engin::provide]
fn p777(prev: &T776) -> T777 {
    T777(prev.0 + 1)
}

#[derive(Clone)]
pub struct T778(u64);

#[engin::provide]
fn p778(prev: &T777) -> T778 {
    T778(prev.0 + 1)
}

#[derive(Clone)]
pub struct T779(u64);

#[engin::provide]
fn p779(prev: &T778) -> T779 {
    T779(prev.0 + 1)
}

#[derive(Clone)]
pub struct T780(u64);

#[engin::provide]
fn p780() -> T780 {
    T780(780)
}

#[derive(Clone)]
pub struct T781(u64);

#[engin::provide]
fn p781(prev: &T780) -> T781 {
    T781(prev.0 + 1)
}

#[derive(Clone)]
pub struct T782(u64);

#[engin::provide]
fn p782(prev: &T781) -> T782 {
    T782(prev.0 + 1)
}

#[derive(Clone)]
pub struct T783(u64);

#[engin::provide]
fn p783(prev: &T782) -> T783 {
    T783(prev.0 + 1)
}

#[derive(Clone)]
pub struct T784(u64);

#[engin::provide]
fn p784(prev: &T783) -> T784 {
    T784(prev.0 + 1)
}

#[derive(Clone)]
pub struct T785(u64);

#[engin::provide]
fn p785(prev: &T784) -> T785 {
    T785(prev.0 + 1)
}

#[derive(Clone)]
pub struct T786(u64);

#[engin::provide]
fn p786(prev: &T785) -> T786 {
    T786(prev.0 + 1)
}

#[derive(Clone)]
pub struct T787(u64);

#[engin::provide]
fn p787(prev: &T786) -> T787 {
    T787(prev.0 + 1)
}

#[derive(Clone)]
pub struct T788(u64);

#[engin::provide]
fn p788(prev: &T787) -> T788 {
    T788(prev.0 + 1)
}

#[derive(Clone)]
pub struct T789(u64);

#[engin::provide]
fn p789(prev: &T788) -> T789 {
    T789(prev.0 + 1)
}

#[derive(Clone)]
pub struct T790(u64);

#[engin::provide]
fn p790() -> T790 {
    T790(790)
}

#[derive(Clone)]
pub struct T791(u64);

#[engin::provide]
fn p791(prev: &T790) -> T791 {
    T791(prev.0 + 1)
}

#[derive(Clone)]
pub struct T792(u64);

#[engin::provide]
fn p792(prev: &T791) -> T792 {
    T792(prev.0 + 1)
}

#[derive(Clone)]
pub struct T793(u64);

#[engin::provide]
fn p793(prev: &T792) -> T793 {
    T793(prev.0 + 1)
}

#[derive(Clone)]
pub struct T794(u64);

#[engin::provide]
fn p794(prev: &T793) -> T794 {
    T794(prev.0 + 1)
}

#[derive(Clone)]
pub struct T795(u64);

#[engin::provide]
fn p795(prev: &T794) -> T795 {
    T795(prev.0 + 1)
}

#[derive(Clone)]
pub struct T796(u64);

#[engin::provide]
fn p796(prev: &T795) -> T796 {
    T796(prev.0 + 1)
}

#[derive(Clone)]
pub struct T797(u64);

#[engin::provide]
fn p797(prev: &T796) -> T797 {
    T797(prev.0 + 1)
}

#[derive(Clone)]
pub struct T798(u64);

#[engin::provide]
fn p798(prev: &T797) -> T798 {
    T798(prev.0 + 1)
}

#[derive(Clone)]
pub struct T799(u64);

#[engin::provide]
fn p799(prev: &T798) -> T799 {
    T799(prev.0 + 1)
}

#[derive(Clone)]
pub struct T800(u64);

#[engin::provide]
fn p800() -> T800 {
    T800(800)
}

#[derive(Clone)]
pub struct T801(u64);

#[engin::provide]
fn p801(prev: &T800) -> T801 {
    T801(prev.0 + 1)
}

#[derive(Clone)]
pub struct T802(u64);

#[engin::provide]
fn p802(prev: &T801) -> T802 {
    T802(prev.0 + 1)
}

#[derive(Clone)]
pub struct T803(u64);

#[engin::provide]
fn p803(prev: &T802) -> T803 {
    T803(prev.0 + 1)
}

#[derive(Clone)]
pub struct T804(u64);

#[engin::provide]
fn p804(prev: &T803) -> T804 {
    T804(prev.0 + 1)
}

#[derive(Clone)]
pub struct T805(u64);

#[engin::provide]
fn p805(prev: &T804) -> T805 {
    T805(prev.0 + 1)
}

#[derive(Clone)]
pub struct T806(u64);

#[engin::provide]
fn p806(prev: &T805) -> T806 {
    T806(prev.0 + 1)
}

#[derive(Clone)]
pub struct T807(u64);

#[engin::provide]
fn p807(prev: &T806) -> T807 {
    T807(prev.0 + 1)
}

#[derive(Clone)]
pub struct T808(u64);

#[engin::provide]
fn p808(prev: &T807) -> T808 {
    T808(prev.0 + 1)
}

#[derive(Clone)]
pub struct T809(u64);

#[engin::provide]
fn p809(prev: &T808) -> T809 {
    T809(prev.0 + 1)
}

#[derive(Clone)]
pub struct T810(u64);

#[engin::provide]
fn p810() -> T810 {
    T810(810)
}

#[derive(Clone)]
pub struct T811(u64);

#[engin::provide]
fn p811(prev: &T810) -> T811 {
    T811(prev.0 + 1)
}

#[derive(Clone)]
pub struct T812(u64);

#[engin::provide]
fn p812(prev: &T811) -> T812 {
    T812(prev.0 + 1)
}

#[derive(Clone)]
pub struct T813(u64);

#[engin::provide]
fn p813(prev: &T812) -> T813 {
    T813(prev.0 + 1)
}

#[derive(Clone)]
pub struct T814(u64);

#[engin::provide]
fn p814(prev: &T813) -> T814 {
    T814(prev.0 + 1)
}

#[derive(Clone)]
pub struct T815(u64);

#[engin::provide]
fn p815(prev: &T814) -> T815 {
    T815(prev.0 + 1)
}

#[derive(Clone)]
pub struct T816(u64);

#[engin::provide]
fn p816(prev: &T815) -> T816 {
    T816(prev.0 + 1)
}

#[derive(Clone)]
pub struct T817(u64);

#[engin::provide]
fn p817(prev: &T816) -> T817 {
    T817(prev.0 + 1)
}

#[derive(Clone)]
pub struct T818(u64);

#[engin::provide]
fn p818(prev: &T817) -> T818 {
    T818(prev.0 + 1)
}

#[derive(Clone)]
pub struct T819(u64);

#[engin::provide]
fn p819(prev: &T818) -> T819 {
    T819(prev.0 + 1)
}

#[derive(Clone)]
pub struct T820(u64);

#[engin::provide]
fn p820() -> T820 {
    T820(820)
}

#[derive(Clone)]
pub struct T821(u64);

#[engin::provide]
fn p821(prev: &T820) -> T821 {
    T821(prev.0 + 1)
}

#[derive(Clone)]
pub struct T822(u64);

#[engin::provide]
fn p822(prev: &T821) -> T822 {
    T822(prev.0 + 1)
}

#[derive(Clone)]
pub struct T823(u64);

#[engin::provide]
fn p823(prev: &T822) -> T823 {
    T823(prev.0 + 1)
}

#[derive(Clone)]
pub struct T824(u64);

#[engin::provide]
fn p824(prev: &T823) -> T824 {
    T824(prev.0 + 1)
}

#[derive(Clone)]
pub struct T825(u64);

#[engin::provide]
fn p825(prev: &T824) -> T825 {
    T825(prev.0 + 1)
}

#[derive(Clone)]
pub struct T826(u64);

#[engin::provide]
fn p826(prev: &T825) -> T826 {
    T826(prev.0 + 1)
}

#[derive(Clone)]
pub struct T827(u64);

#[engin::provide]
fn p827(prev: &T826) -> T827 {
    T827(prev.0 + 1)
}

#[derive(Clone)]
pub struct T828(u64);

#[engin::provide]
fn p828(prev: &T827) -> T828 {
    T828(prev.0 + 1)
}

#[derive(Clone)]
pub struct T829(u64);

#[engin::provide]
fn p829(prev: &T828) -> T829 {
    T829(prev.0 + 1)
}

#[derive(Clone)]
pub struct T830(u64);

#[engin::provide]
fn p830() -> T830 {
    T830(830)
}

#[derive(Clone)]
pub struct T831(u64);

#[engin::provide]
fn p831(prev: &T830) -> T831 {
    T831(prev.0 + 1)
}

#[derive(Clone)]
pub struct T832(u64);

#[engin::provide]
fn p832(prev: &T831) -> T832 {
    T832(prev.0 + 1)
}

#[derive(Clone)]
pub struct T833(u64);

#[engin::provide]
fn p833(prev: &T832) -> T833 {
    T833(prev.0 + 1)
}

#[derive(Clone)]
pub struct T834(u64);

#[engin::provide]
fn p834(prev: &T833) -> T834 {
    T834(prev.0 + 1)
}

#[derive(Clone)]
pub struct T835(u64);

#[engin::provide]
fn p835(prev: &T834) -> T835 {
    T835(prev.0 + 1)
}

#[derive(Clone)]
pub struct T836(u64);

#[engin::provide]
fn p836(prev: &T835) -> T836 {
    T836(prev.0 + 1)
}

#[derive(Clone)]
pub struct T837(u64);

#[engin::provide]
fn p837(prev: &T836) -> T837 {
    T837(prev.0 + 1)
}

#[derive(Clone)]
pub struct T838(u64);

#[engin::provide]
fn p838(prev: &T837) -> T838 {
    T838(prev.0 + 1)
}

#[derive(Clone)]
pub struct T839(u64);

#[engin::provide]
fn p839(prev: &T838) -> T839 {
    T839(prev.0 + 1)
}

#[derive(Clone)]
pub struct T840(u64);

#[engin::provide]
fn p840() -> T840 {
    T840(840)
}

#[derive(Clone)]
pub struct T841(u64);

#[engin::provide]
fn p841(prev: &T840) -> T841 {
    T841(prev.0 + 1)
}

#[derive(Clone)]
pub struct T842(u64);

#[engin::provide]
fn p842(prev: &T841) -> T842 {
    T842(prev.0 + 1)
}

#[derive(Clone)]
pub struct T843(u64);

#[engin::provide]
fn p843(prev: &T842) -> T843 {
    T843(prev.0 + 1)
}

#[derive(Clone)]
pub struct T844(u64);

#[engin::provide]
fn p844(prev: &T843) -> T844 {
    T844(prev.0 + 1)
}

#[derive(Clone)]
pub struct T845(u64);

#[engin::provide]
fn p845(prev: &T844) -> T845 {
    T845(prev.0 + 1)
}

#[derive(Clone)]
pub struct T846(u64);

#[engin::provide]
fn p846(prev: &T845) -> T846 {
    T846(prev.0 + 1)
}

#[derive(Clone)]
pub struct T847(u64);

#[engin::provide]
fn p847(prev: &T846) -> T847 {
    T847(prev.0 + 1)
}

#[derive(Clone)]
pub struct T848(u64);

#[engin::provide]
fn p848(prev: &T847) -> T848 {
    T848(prev.0 + 1)
}

#[derive(Clone)]
pub struct T849(u64);

#[engin::provide]
fn p849(prev: &T848) -> T849 {
    T849(prev.0 + 1)
}

#[derive(Clone)]
pub struct T850(u64);

#[engin::provide]
fn p850() -> T850 {
    T850(850)
}

#[derive(Clone)]
pub struct T851(u64);

#[engin::provide]
fn p851(prev: &T850) -> T851 {
    T851(prev.0 + 1)
}

#[derive(Clone)]
pub struct T852(u64);

#[engin::provide]
fn p852(prev: &T851) -> T852 {
    T852(prev.0 + 1)
}

#[derive(Clone)]
pub struct T853(u64);

#[engin::provide]
fn p853(prev: &T852) -> T853 {
    T853(prev.0 + 1)
}

#[derive(Clone)]
pub struct T854(u64);

#[engin::provide]
fn p854(prev: &T853) -> T854 {
    T854(prev.0 + 1)
}

#[derive(Clone)]
pub struct T855(u64);

#[engin::provide]
fn p855(prev: &T854) -> T855 {
    T855(prev.0 + 1)
}

#[derive(Clone)]
pub struct T856(u64);

#[engin::provide]
fn p856(prev: &T855) -> T856 {
    T856(prev.0 + 1)
}

#[derive(Clone)]
pub struct T857(u64);

#[engin::provide]
fn p857(prev: &T856) -> T857 {
    T857(prev.0 + 1)
}

#[derive(Clone)]
pub struct T858(u64);

#[engin::provide]
fn p858(prev: &T857) -> T858 {
    T858(prev.0 + 1)
}

#[derive(Clone)]
pub struct T859(u64);

#[engin::provide]
fn p859(prev: &T858) -> T859 {
    T859(prev.0 + 1)
}

#[derive(Clone)]
pub struct T860(u64);

#[engin::provide]
fn p860() -> T860 {
    T860(860)
}

#[derive(Clone)]
pub struct T861(u64);

#[engin::provide]
fn p861(prev: &T860) -> T861 {
    T861(prev.0 + 1)
}

#[derive(Clone)]
pub struct T862(u64);

#[engin::provide]
fn p862(prev: &T861) -> T862 {
    T862(prev.0 + 1)
}

#[derive(Clone)]
pub struct T863(u64);

#[engin::provide]
fn p863(prev: &T862) -> T863 {
    T863(prev.0 + 1)
}

#[derive(Clone)]
pub struct T864(u64);

#[engin::provide]
fn p864(prev: &T863) -> T864 {
    T864(prev.0 + 1)
}

#[derive(Clone)]
pub struct T865(u64);

#[engin::provide]
fn p865(prev: &T864) -> T865 {
    T865(prev.0 + 1)
}

#[derive(Clone)]
pub struct T866(u64);

#[engin::provide]
fn p866(prev: &T865) -> T866 {
    T866(prev.0 + 1)
}

#[derive(Clone)]
pub struct T867(u64);

#[engin::provide]
fn p867(prev: &T866) -> T867 {
    T867(prev.0 + 1)
}

#[derive(Clone)]
pub struct T868(u64);

#[engin::provide]
fn p868(prev: &T867) -> T868 {
    T868(prev.0 + 1)
}

#[derive(Clone)]
pub struct T869(u64);

#[engin::provide]
fn p869(prev: &T868) -> T869 {
    T869(prev.0 + 1)
}

#[derive(Clone)]
pub struct T870(u64);

#[engin::provide]
fn p870() -> T870 {
    T870(870)
}

#[derive(Clone)]
pub struct T871(u64);

#[engin::provide]
fn p871(prev: &T870) -> T871 {
    T871(prev.0 + 1)
}

#[derive(Clone)]
pub struct T872(u64);

#[engin::provide]
fn p872(prev: &T871) -> T872 {
    T872(prev.0 + 1)
}

#[derive(Clone)]
pub struct T873(u64);

#[engin::provide]
fn p873(prev: &T872) -> T873 {
    T873(prev.0 + 1)
}

#[derive(Clone)]
pub struct T874(u64);

#[engin::provide]
fn p874(prev: &T873) -> T874 {
    T874(prev.0 + 1)
}

#[derive(Clone)]
pub struct T875(u64);

#[engin::provide]
fn p875(prev: &T874) -> T875 {
    T875(prev.0 + 1)
}

#[derive(Clone)]
pub struct T876(u64);

#[engin::provide]
fn p876(prev: &T875) -> T876 {
    T876(prev.0 + 1)
}

#[derive(Clone)]
pub struct T877(u64);

#[engin::provide]
fn p877(prev: &T876) -> T877 {
    T877(prev.0 + 1)
}

#[derive(Clone)]
pub struct T878(u64);

#[engin::provide]
fn p878(prev: &T877) -> T878 {
    T878(prev.0 + 1)
}

#[derive(Clone)]
pub struct T879(u64);

#[engin::provide]
fn p879(prev: &T878) -> T879 {
    T879(prev.0 + 1)
}

#[derive(Clone)]
pub struct T880(u64);

#[engin::provide]
fn p880() -> T880 {
    T880(880)
}

#[derive(Clone)]
pub struct T881(u64);

#[engin::provide]
fn p881(prev: &T880) -> T881 {
    T881(prev.0 + 1)
}

#[derive(Clone)]
pub struct T882(u64);

#[engin::provide]
fn p882(prev: &T881) -> T882 {
    T882(prev.0 + 1)
}

#[derive(Clone)]
pub struct T883(u64);

#[engin::provide]
fn p883(prev: &T882) -> T883 {
    T883(prev.0 + 1)
}

#[derive(Clone)]
pub struct T884(u64);

#[engin::provide]
fn p884(prev: &T883) -> T884 {
    T884(prev.0 + 1)
}

#[derive(Clone)]
pub struct T885(u64);

#[engin::provide]
fn p885(prev: &T884) -> T885 {
    T885(prev.0 + 1)
}

#[derive(Clone)]
pub struct T886(u64);

#[engin::provide]
fn p886(prev: &T885) -> T886 {
    T886(prev.0 + 1)
}

#[derive(Clone)]
pub struct T887(u64);

#[engin::provide]
fn p887(prev: &T886) -> T887 {
    T887(prev.0 + 1)
}

#[derive(Clone)]
pub struct T888(u64);

#[engin::provide]
fn p888(prev: &T887) -> T888 {
    T888(prev.0 + 1)
}

#[derive(Clone)]
pub struct T889(u64);

#[engin::provide]
fn p889(prev: &T888) -> T889 {
    T889(prev.0 + 1)
}

#[derive(Clone)]
pub struct T890(u64);

#[engin::provide]
fn p890() -> T890 {
    T890(890)
}

#[derive(Clone)]
pub struct T891(u64);

#[engin::provide]
fn p891(prev: &T890) -> T891 {
    T891(prev.0 + 1)
}

#[derive(Clone)]
pub struct T892(u64);

#[engin::provide]
fn p892(prev: &T891) -> T892 {
    T892(prev.0 + 1)
}

#[derive(Clone)]
pub struct T893(u64);

#[engin::provide]
fn p893(prev: &T892) -> T893 {
    T893(prev.0 + 1)
}

#[derive(Clone)]
pub struct T894(u64);

#[engin::provide]
fn p894(prev: &T893) -> T894 {
    T894(prev.0 + 1)
}

#[derive(Clone)]
pub struct T895(u64);

#[engin::provide]
fn p895(prev: &T894) -> T895 {
    T895(prev.0 + 1)
}

#[derive(Clone)]
pub struct T896(u64);

#[engin::provide]
fn p896(prev: &T895) -> T896 {
    T896(prev.0 + 1)
}

#[derive(Clone)]
pub struct T897(u64);

#[engin::provide]
fn p897(prev: &T896) -> T897 {
    T897(prev.0 + 1)
}

#[derive(Clone)]
pub struct T898(u64);

#[engin::provide]
fn p898(prev: &T897) -> T898 {
    T898(prev.0 + 1)
}

#[derive(Clone)]
pub struct T899(u64);

#[engin::provide]
fn p899(prev: &T898) -> T899 {
    T899(prev.0 + 1)
}

#[derive(Clone)]
pub struct T900(u64);

#[engin::provide]
fn p900() -> T900 {
    T900(900)
}

#[derive(Clone)]
pub struct T901(u64);

#[engin::provide]
fn p901(prev: &T900) -> T901 {
    T901(prev.0 + 1)
}

#[derive(Clone)]
pub struct T902(u64);

#[engin::provide]
fn p902(prev: &T901) -> T902 {
    T902(prev.0 + 1)
}

#[derive(Clone)]
pub struct T903(u64);

#[engin::provide]
fn p903(prev: &T902) -> T903 {
    T903(prev.0 + 1)
}

#[derive(Clone)]
pub struct T904(u64);

#[engin::provide]
fn p904(prev: &T903) -> T904 {
    T904(prev.0 + 1)
}

#[derive(Clone)]
pub struct T905(u64);

#[engin::provide]
fn p905(prev: &T904) -> T905 {
    T905(prev.0 + 1)
}

#[derive(Clone)]
pub struct T906(u64);

#[engin::provide]
fn p906(prev: &T905) -> T906 {
    T906(prev.0 + 1)
}

#[derive(Clone)]
pub struct T907(u64);

#[engin::provide]
fn p907(prev: &T906) -> T907 {
    T907(prev.0 + 1)
}

#[derive(Clone)]
pub struct T908(u64);

#[engin::provide]
fn p908(prev: &T907) -> T908 {
    T908(prev.0 + 1)
}

#[derive(Clone)]
pub struct T909(u64);

#[engin::provide]
fn p909(prev: &T908) -> T909 {
    T909(prev.0 + 1)
}

#[derive(Clone)]
pub struct T910(u64);

#[engin::provide]
fn p910() -> T910 {
    T910(910)
}

#[derive(Clone)]
pub struct T911(u64);

#[engin::provide]
fn p911(prev: &T910) -> T911 {
    T911(prev.0 + 1)
}

#[derive(Clone)]
pub struct T912(u64);

#[engin::provide]
fn p912(prev: &T911) -> T912 {
    T912(prev.0 + 1)
}

#[derive(Clone)]
pub struct T913(u64);

#[engin::provide]
fn p913(prev: &T912) -> T913 {
    T913(prev.0 + 1)
}

#[derive(Clone)]
pub struct T914(u64);

#[engin::provide]
fn p914(prev: &T913) -> T914 {
    T914(prev.0 + 1)
}

#[derive(Clone)]
pub struct T915(u64);

#[engin::provide]
fn p915(prev: &T914) -> T915 {
    T915(prev.0 + 1)
}

#[derive(Clone)]
pub struct T916(u64);

#[engin::provide]
fn p916(prev: &T915) -> T916 {
    T916(prev.0 + 1)
}

#[derive(Clone)]
pub struct T917(u64);

#[engin::provide]
fn p917(prev: &T916) -> T917 {
    T917(prev.0 + 1)
}

#[derive(Clone)]
pub struct T918(u64);

#[engin::provide]
fn p918(prev: &T917) -> T918 {
    T918(prev.0 + 1)
}

#[derive(Clone)]
pub struct T919(u64);

#[engin::provide]
fn p919(prev: &T918) -> T919 {
    T919(prev.0 + 1)
}

#[derive(Clone)]
pub struct T920(u64);

#[engin::provide]
fn p920() -> T920 {
    T920(920)
}

#[derive(Clone)]
pub struct T921(u64);

#[engin::provide]
fn p921(prev: &T920) -> T921 {
    T921(prev.0 + 1)
}

#[derive(Clone)]
pub struct T922(u64);

#[engin::provide]
fn p922(prev: &T921) -> T922 {
    T922(prev.0 + 1)
}

#[derive(Clone)]
pub struct T923(u64);

#[engin::provide]
fn p923(prev: &T922) -> T923 {
    T923(prev.0 + 1)
}

#[derive(Clone)]
pub struct T924(u64);

#[engin::provide]
fn p924(prev: &T923) -> T924 {
    T924(prev.0 + 1)
}

#[derive(Clone)]
pub struct T925(u64);

#[engin::provide]
fn p925(prev: &T924) -> T925 {
    T925(prev.0 + 1)
}

#[derive(Clone)]
pub struct T926(u64);

#[engin::provide]
fn p926(prev: &T925) -> T926 {
    T926(prev.0 + 1)
}

#[derive(Clone)]
pub struct T927(u64);

#[engin::provide]
fn p927(prev: &T926) -> T927 {
    T927(prev.0 + 1)
}

#[derive(Clone)]
pub struct T928(u64);

#[engin::provide]
fn p928(prev: &T927) -> T928 {
    T928(prev.0 + 1)
}

#[derive(Clone)]
pub struct T929(u64);

#[engin::provide]
fn p929(prev: &T928) -> T929 {
    T929(prev.0 + 1)
}

#[derive(Clone)]
pub struct T930(u64);

#[engin::provide]
fn p930() -> T930 {
    T930(930)
}

#[derive(Clone)]
pub struct T931(u64);

#[engin::provide]
fn p931(prev: &T930) -> T931 {
    T931(prev.0 + 1)
}

#[derive(Clone)]
pub struct T932(u64);

#[engin::provide]
fn p932(prev: &T931) -> T932 {
    T932(prev.0 + 1)
}

#[derive(Clone)]
pub struct T933(u64);

#[engin::provide]
fn p933(prev: &T932) -> T933 {
    T933(prev.0 + 1)
}

#[derive(Clone)]
pub struct T934(u64);

#[engin::provide]
fn p934(prev: &T933) -> T934 {
    T934(prev.0 + 1)
}

#[derive(Clone)]
pub struct T935(u64);

#[engin::provide]
fn p935(prev: &T934) -> T935 {
    T935(prev.0 + 1)
}

#[derive(Clone)]
pub struct T936(u64);

#[engin::provide]
fn p936(prev: &T935) -> T936 {
    T936(prev.0 + 1)
}

#[derive(Clone)]
pub struct T937(u64);

#[engin::provide]
fn p937(prev: &T936) -> T937 {
    T937(prev.0 + 1)
}

#[derive(Clone)]
pub struct T938(u64);

#[engin::provide]
fn p938(prev: &T937) -> T938 {
    T938(prev.0 + 1)
}

#[derive(Clone)]
pub struct T939(u64);

#[engin::provide]
fn p939(prev: &T938) -> T939 {
    T939(prev.0 + 1)
}

#[derive(Clone)]
pub struct T940(u64);

#[engin::provide]
fn p940() -> T940 {
    T940(940)
}

#[derive(Clone)]
pub struct T941(u64);

#[engin::provide]
fn p941(prev: &T940) -> T941 {
    T941(prev.0 + 1)
}

#[derive(Clone)]
pub struct T942(u64);

#[engin::provide]
fn p942(prev: &T941) -> T942 {
    T942(prev.0 + 1)
}

#[derive(Clone)]
pub struct T943(u64);

#[engin::provide]
fn p943(prev: &T942) -> T943 {
    T943(prev.0 + 1)
}

#[derive(Clone)]
pub struct T944(u64);

#[engin::provide]
fn p944(prev: &T943) -> T944 {
    T944(prev.0 + 1)
}

#[derive(Clone)]
pub struct T945(u64);

#[engin::provide]
fn p945(prev: &T944) -> T945 {
    T945(prev.0 + 1)
}

#[derive(Clone)]
pub struct T946(u64);

#[engin::provide]
fn p946(prev: &T945) -> T946 {
    T946(prev.0 + 1)
}

#[derive(Clone)]
pub struct T947(u64);

#[engin::provide]
fn p947(prev: &T946) -> T947 {
    T947(prev.0 + 1)
}

#[derive(Clone)]
pub struct T948(u64);

#[engin::provide]
fn p948(prev: &T947) -> T948 {
    T948(prev.0 + 1)
}

#[derive(Clone)]
pub struct T949(u64);

#[engin::provide]
fn p949(prev: &T948) -> T949 {
    T949(prev.0 + 1)
}

#[derive(Clone)]
pub struct T950(u64);

#[engin::provide]
fn p950() -> T950 {
    T950(950)
}

#[derive(Clone)]
pub struct T951(u64);

#[engin::provide]
fn p951(prev: &T950) -> T951 {
    T951(prev.0 + 1)
}

#[derive(Clone)]
pub struct T952(u64);

#[engin::provide]
fn p952(prev: &T951) -> T952 {
    T952(prev.0 + 1)
}

#[derive(Clone)]
pub struct T953(u64);

#[engin::provide]
fn p953(prev: &T952) -> T953 {
    T953(prev.0 + 1)
}

#[derive(Clone)]
pub struct T954(u64);

#[engin::provide]
fn p954(prev: &T953) -> T954 {
    T954(prev.0 + 1)
}

#[derive(Clone)]
pub struct T955(u64);

#[engin::provide]
fn p955(prev: &T954) -> T955 {
    T955(prev.0 + 1)
}

#[derive(Clone)]
pub struct T956(u64);

#[engin::provide]
fn p956(prev: &T955) -> T956 {
    T956(prev.0 + 1)
}

#[derive(Clone)]
pub struct T957(u64);

#[engin::provide]
fn p957(prev: &T956) -> T957 {
    T957(prev.0 + 1)
}

#[derive(Clone)]
pub struct T958(u64);

#[engin::provide]
fn p958(prev: &T957) -> T958 {
    T958(prev.0 + 1)
}

#[derive(Clone)]
pub struct T959(u64);

#[engin::provide]
fn p959(prev: &T958) -> T959 {
    T959(prev.0 + 1)
}

#[derive(Clone)]
pub struct T960(u64);

#[engin::provide]
fn p960() -> T960 {
    T960(960)
}

#[derive(Clone)]
pub struct T961(u64);

#[engin::provide]
fn p961(prev: &T960) -> T961 {
    T961(prev.0 + 1)
}

#[derive(Clone)]
pub struct T962(u64);

#[engin::provide]
fn p962(prev: &T961) -> T962 {
    T962(prev.0 + 1)
}

#[derive(Clone)]
pub struct T963(u64);

#[engin::provide]
fn p963(prev: &T962) -> T963 {
    T963(prev.0 + 1)
}

#[derive(Clone)]
pub struct T964(u64);

#[engin::provide]
fn p964(prev: &T963) -> T964 {
    T964(prev.0 + 1)
}

#[derive(Clone)]
pub struct T965(u64);

#[engin::provide]
fn p965(prev: &T964) -> T965 {
    T965(prev.0 + 1)
}

#[derive(Clone)]
pub struct T966(u64);

#[engin::provide]
fn p966(prev: &T965) -> T966 {
    T966(prev.0 + 1)
}

#[derive(Clone)]
pub struct T967(u64);

#[engin::provide]
fn p967(prev: &T966) -> T967 {
    T967(prev.0 + 1)
}

#[derive(Clone)]
pub struct T968(u64);

#[engin::provide]
fn p968(prev: &T967) -> T968 {
    T968(prev.0 + 1)
}

#[derive(Clone)]
pub struct T969(u64);

#[engin::provide]
fn p969(prev: &T968) -> T969 {
    T969(prev.0 + 1)
}

#[derive(Clone)]
pub struct T970(u64);

#[engin::provide]
fn p970() -> T970 {
    T970(970)
}

#[derive(Clone)]
pub struct T971(u64);

#[engin::provide]
fn p971(prev: &T970) -> T971 {
    T971(prev.0 + 1)
}

#[derive(Clone)]
pub struct T972(u64);

#[engin::provide]
fn p972(prev: &T971) -> T972 {
    T972(prev.0 + 1)
}

#[derive(Clone)]
pub struct T973(u64);

#[engin::provide]
fn p973(prev: &T972) -> T973 {
    T973(prev.0 + 1)
}

#[derive(Clone)]
pub struct T974(u64);

#[engin::provide]
fn p974(prev: &T973) -> T974 {
    T974(prev.0 + 1)
}

#[derive(Clone)]
pub struct T975(u64);

#[engin::provide]
fn p975(prev: &T974) -> T975 {
    T975(prev.0 + 1)
}

#[derive(Clone)]
pub struct T976(u64);

#[engin::provide]
fn p976(prev: &T975) -> T976 {
    T976(prev.0 + 1)
}

#[derive(Clone)]
pub struct T977(u64);

#[engin::provide]
fn p977(prev: &T976) -> T977 {
    T977(prev.0 + 1)
}

#[derive(Clone)]
pub struct T978(u64);

#[engin::provide]
fn p978(prev: &T977) -> T978 {
    T978(prev.0 + 1)
}

#[derive(Clone)]
pub struct T979(u64);

#[engin::provide]
fn p979(prev: &T978) -> T979 {
    T979(prev.0 + 1)
}

#[derive(Clone)]
pub struct T980(u64);

#[engin::provide]
fn p980() -> T980 {
    T980(980)
}

#[derive(Clone)]
pub struct T981(u64);

#[engin::provide]
fn p981(prev: &T980) -> T981 {
    T981(prev.0 + 1)
}

#[derive(Clone)]
pub struct T982(u64);

#[engin::provide]
fn p982(prev: &T981) -> T982 {
    T982(prev.0 + 1)
}

#[derive(Clone)]
pub struct T983(u64);

#[engin::provide]
fn p983(prev: &T982) -> T983 {
    T983(prev.0 + 1)
}

#[derive(Clone)]
pub struct T984(u64);

#[engin::provide]
fn p984(prev: &T983) -> T984 {
    T984(prev.0 + 1)
}

#[derive(Clone)]
pub struct T985(u64);

#[engin::provide]
fn p985(prev: &T984) -> T985 {
    T985(prev.0 + 1)
}

#[derive(Clone)]
pub struct T986(u64);

#[engin::provide]
fn p986(prev: &T985) -> T986 {
    T986(prev.0 + 1)
}

#[derive(Clone)]
pub struct T987(u64);

#[engin::provide]
fn p987(prev: &T986) -> T987 {
    T987(prev.0 + 1)
}

#[derive(Clone)]
pub struct T988(u64);

#[engin::provide]
fn p988(prev: &T987) -> T988 {
    T988(prev.0 + 1)
}

#[derive(Clone)]
pub struct T989(u64);

#[engin::provide]
fn p989(prev: &T988) -> T989 {
    T989(prev.0 + 1)
}

#[derive(Clone)]
pub struct T990(u64);

#[engin::provide]
fn p990() -> T990 {
    T990(990)
}

#[derive(Clone)]
pub struct T991(u64);

#[engin::provide]
fn p991(prev: &T990) -> T991 {
    T991(prev.0 + 1)
}

#[derive(Clone)]
pub struct T992(u64);

#[engin::provide]
fn p992(prev: &T991) -> T992 {
    T992(prev.0 + 1)
}

#[derive(Clone)]
pub struct T993(u64);

#[engin::provide]
fn p993(prev: &T992) -> T993 {
    T993(prev.0 + 1)
}

#[derive(Clone)]
pub struct T994(u64);

#[engin::provide]
fn p994(prev: &T993) -> T994 {
    T994(prev.0 + 1)
}

#[derive(Clone)]
pub struct T995(u64);

#[engin::provide]
fn p995(prev: &T994) -> T995 {
    T995(prev.0 + 1)
}

#[derive(Clone)]
pub struct T996(u64);

#[engin::provide]
fn p996(prev: &T995) -> T996 {
    T996(prev.0 + 1)
}

#[derive(Clone)]
pub struct T997(u64);

#[engin::provide]
fn p997(prev: &T996) -> T997 {
    T997(prev.0 + 1)
}

#[derive(Clone)]
pub struct T998(u64);

#[engin::provide]
fn p998(prev: &T997) -> T998 {
    T998(prev.0 + 1)
}

#[derive(Clone)]
pub struct T999(u64);

#[engin::provide]
fn p999(prev: &T998) -> T999 {
    T999(prev.0 + 1)
}

#[engin::invoke]
fn check(last: &T999) {
    assert_eq!(last.0, 999);
}

#[engin::app(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21, p22, p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, p33, p34, p35, p36, p37, p38, p39, p40, p41, p42, p43, p44, p45, p46, p47, p48, p49, p50, p51, p52, p53, p54, p55, p56, p57, p58, p59, p60, p61, p62, p63, p64, p65, p66, p67, p68, p69, p70, p71, p72, p73, p74, p75, p76, p77, p78, p79, p80, p81, p82, p83, p84, p85, p86, p87, p88, p89, p90, p91, p92, p93, p94, p95, p96, p97, p98, p99, p100, p101, p102, p103, p104, p105, p106, p107, p108, p109, p110, p111, p112, p113, p114, p115, p116, p117, p118, p119, p120, p121, p122, p123, p124, p125, p126, p127, p128, p129, p130, p131, p132, p133, p134, p135, p136, p137, p138, p139, p140, p141, p142, p143, p144, p145, p146, p147, p148, p149, p150, p151, p152, p153, p154, p155, p156, p157, p158, p159, p160, p161, p162, p163, p164, p165, p166, p167, p168, p169, p170, p171, p172, p173, p174, p175, p176, p177, p178, p179, p180, p181, p182, p183, p184, p185, p186, p187, p188, p189, p190, p191, p192, p193, p194, p195, p196, p197, p198, p199, p200, p201, p202, p203, p204, p205, p206, p207, p208, p209, p210, p211, p212, p213, p214, p215, p216, p217, p218, p219, p220, p221, p222, p223, p224, p225, p226, p227, p228, p229, p230, p231, p232, p233, p234, p235, p236, p237, p238, p239, p240, p241, p242, p243, p244, p245, p246, p247, p248, p249, p250, p251, p252, p253, p254, p255, p256, p257, p258, p259, p260, p261, p262, p263, p264, p265, p266, p267, p268, p269, p270, p271, p272, p273, p274, p275, p276, p277, p278, p279, p280, p281, p282, p283, p284, p285, p286, p287, p288, p289, p290, p291, p292, p293, p294, p295, p296, p297, p298, p299, p300, p301, p302, p303, p304, p305, p306, p307, p308, p309, p310, p311, p312, p313, p314, p315, p316, p317, p318, p319, p320, p321, p322, p323, p324, p325, p326, p327, p328, p329, p330, p331, p332, p333, p334, p335, p336, p337, p338, p339, p340, p341, p342, p343, p344, p345, p346, p347, p348, p349, p350, p351, p352, p353, p354, p355, p356, p357, p358, p359, p360, p361, p362, p363, p364, p365, p366, p367, p368, p369, p370, p371, p372, p373, p374, p375, p376, p377, p378, p379, p380, p381, p382, p383, p384, p385, p386, p387, p388, p389, p390, p391, p392, p393, p394, p395, p396, p397, p398, p399, p400, p401, p402, p403, p404, p405, p406, p407, p408, p409, p410, p411, p412, p413, p414, p415, p416, p417, p418, p419, p420, p421, p422, p423, p424, p425, p426, p427, p428, p429, p430, p431, p432, p433, p434, p435, p436, p437, p438, p439, p440, p441, p442, p443, p444, p445, p446, p447, p448, p449, p450, p451, p452, p453, p454, p455, p456, p457, p458, p459, p460, p461, p462, p463, p464, p465, p466, p467, p468, p469, p470, p471, p472, p473, p474, p475, p476, p477, p478, p479, p480, p481, p482, p483, p484, p485, p486, p487, p488, p489, p490, p491, p492, p493, p494, p495, p496, p497, p498, p499, p500, p501, p502, p503, p504, p505, p506, p507, p508, p509, p510, p511, p512, p513, p514, p515, p516, p517, p518, p519, p520, p521, p522, p523, p524, p525, p526, p527, p528, p529, p530, p531, p532, p533, p534, p535, p536, p537, p538, p539, p540, p541, p542, p543, p544, p545, p546, p547, p548, p549, p550, p551, p552, p553, p554, p555, p556, p557, p558, p559, p560, p561, p562, p563, p564, p565, p566, p567, p568, p569, p570, p571, p572, p573, p574, p575, p576, p577, p578, p579, p580, p581, p582, p583, p584, p585, p586, p587, p588, p589, p590, p591, p592, p593, p594, p595, p596, p597, p598, p599, p600, p601, p602, p603, p604, p605, p606, p607, p608, p609, p610, p611, p612, p613, p614, p615, p616, p617, p618, p619, p620, p621, p622, p623, p624, p625, p626, p627, p628, p629, p630, p631, p632, p633, p634, p635, p636, p637, p638, p639, p640, p641, p642, p643, p644, p645, p646, p647, p648, p649, p650, p651, p652, p653, p654, p655, p656, p657, p658, p659, p660, p661, p662, p663, p664, p665, p666, p667, p668, p669, p670, p671, p672, p673, p674, p675, p676, p677, p678, p679, p680, p681, p682, p683, p684, p685, p686, p687, p688, p689, p690, p691, p692, p693, p694, p695, p696, p697, p698, p699, p700, p701, p702, p703, p704, p705, p706, p707, p708, p709, p710, p711, p712, p713, p714, p715, p716, p717, p718, p719, p720, p721, p722, p723, p724, p725, p726, p727, p728, p729, p730, p731, p732, p733, p734, p735, p736, p737, p738, p739, p740, p741, p742, p743, p744, p745, p746, p747, p748, p749, p750, p751, p752, p753, p754, p755, p756, p757, p758, p759, p760, p761, p762, p763, p764, p765, p766, p767, p768, p769, p770, p771, p772, p773, p774, p775, p776, p777, p778, p779, p780, p781, p782, p783, p784, p785, p786, p787, p788, p789, p790, p791, p792, p793, p794, p795, p796, p797, p798, p799, p800, p801, p802, p803, p804, p805, p806, p807, p808, p809, p810, p811, p812, p813, p814, p815, p816, p817, p818, p819, p820, p821, p822, p823, p824, p825, p826, p827, p828, p829, p830, p831, p832, p833, p834, p835, p836, p837, p838, p839, p840, p841, p842, p843, p844, p845, p846, p847, p848, p849, p850, p851, p852, p853, p854, p855, p856, p857, p858, p859, p860, p861, p862, p863, p864, p865, p866, p867, p868, p869, p870, p871, p872, p873, p874, p875, p876, p877, p878, p879, p880, p881, p882, p883, p884, p885, p886, p887, p888, p889, p890, p891, p892, p893, p894, p895, p896, p897, p898, p899, p900, p901, p902, p903, p904, p905, p906, p907, p908, p909, p910, p911, p912, p913, p914, p915, p916, p917, p918, p919, p920, p921, p922, p923, p924, p925, p926, p927, p928, p929, p930, p931, p932, p933, p934, p935, p936, p937, p938, p939, p940, p941, p942, p943, p944, p945, p946, p947, p948, p949, p950, p951, p952, p953, p954, p955, p956, p957, p958, p959, p960, p961, p962, p963, p964, p965, p966, p967, p968, p969, p970, p971, p972, p973, p974, p975, p976, p977, p978, p979, p980, p981, p982, p983, p984, p985, p986, p987, p988, p989, p990, p991, p992, p993, p994, p995, p996, p997, p998, p999, check)]
struct App;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let exit = App::start().await.expect("starts").stop().await;
    assert!(exit.is_success(), "{exit}");
}
