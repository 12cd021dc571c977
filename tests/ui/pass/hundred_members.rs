//! A hundred members listed directly (a chain of dependencies), under rustc's
//! default recursion limit.

#[derive(Clone)]
pub struct T0;

#[engin::provide]
fn p0() -> T0 {
    T0
}

#[derive(Clone)]
pub struct T1;

#[engin::provide]
fn p1(_a: &T0) -> T1 {
    T1
}

#[derive(Clone)]
pub struct T2;

#[engin::provide]
fn p2(_a: &T1) -> T2 {
    T2
}

#[derive(Clone)]
pub struct T3;

#[engin::provide]
fn p3(_a: &T2) -> T3 {
    T3
}

#[derive(Clone)]
pub struct T4;

#[engin::provide]
fn p4(_a: &T3) -> T4 {
    T4
}

#[derive(Clone)]
pub struct T5;

#[engin::provide]
fn p5(_a: &T4) -> T5 {
    T5
}

#[derive(Clone)]
pub struct T6;

#[engin::provide]
fn p6(_a: &T5) -> T6 {
    T6
}

#[derive(Clone)]
pub struct T7;

#[engin::provide]
fn p7(_a: &T6) -> T7 {
    T7
}

#[derive(Clone)]
pub struct T8;

#[engin::provide]
fn p8(_a: &T7) -> T8 {
    T8
}

#[derive(Clone)]
pub struct T9;

#[engin::provide]
fn p9(_a: &T8) -> T9 {
    T9
}

#[derive(Clone)]
pub struct T10;

#[engin::provide]
fn p10(_a: &T9) -> T10 {
    T10
}

#[derive(Clone)]
pub struct T11;

#[engin::provide]
fn p11(_a: &T10) -> T11 {
    T11
}

#[derive(Clone)]
pub struct T12;

#[engin::provide]
fn p12(_a: &T11) -> T12 {
    T12
}

#[derive(Clone)]
pub struct T13;

#[engin::provide]
fn p13(_a: &T12) -> T13 {
    T13
}

#[derive(Clone)]
pub struct T14;

#[engin::provide]
fn p14(_a: &T13) -> T14 {
    T14
}

#[derive(Clone)]
pub struct T15;

#[engin::provide]
fn p15(_a: &T14) -> T15 {
    T15
}

#[derive(Clone)]
pub struct T16;

#[engin::provide]
fn p16(_a: &T15) -> T16 {
    T16
}

#[derive(Clone)]
pub struct T17;

#[engin::provide]
fn p17(_a: &T16) -> T17 {
    T17
}

#[derive(Clone)]
pub struct T18;

#[engin::provide]
fn p18(_a: &T17) -> T18 {
    T18
}

#[derive(Clone)]
pub struct T19;

#[engin::provide]
fn p19(_a: &T18) -> T19 {
    T19
}

#[derive(Clone)]
pub struct T20;

#[engin::provide]
fn p20(_a: &T19) -> T20 {
    T20
}

#[derive(Clone)]
pub struct T21;

#[engin::provide]
fn p21(_a: &T20) -> T21 {
    T21
}

#[derive(Clone)]
pub struct T22;

#[engin::provide]
fn p22(_a: &T21) -> T22 {
    T22
}

#[derive(Clone)]
pub struct T23;

#[engin::provide]
fn p23(_a: &T22) -> T23 {
    T23
}

#[derive(Clone)]
pub struct T24;

#[engin::provide]
fn p24(_a: &T23) -> T24 {
    T24
}

#[derive(Clone)]
pub struct T25;

#[engin::provide]
fn p25(_a: &T24) -> T25 {
    T25
}

#[derive(Clone)]
pub struct T26;

#[engin::provide]
fn p26(_a: &T25) -> T26 {
    T26
}

#[derive(Clone)]
pub struct T27;

#[engin::provide]
fn p27(_a: &T26) -> T27 {
    T27
}

#[derive(Clone)]
pub struct T28;

#[engin::provide]
fn p28(_a: &T27) -> T28 {
    T28
}

#[derive(Clone)]
pub struct T29;

#[engin::provide]
fn p29(_a: &T28) -> T29 {
    T29
}

#[derive(Clone)]
pub struct T30;

#[engin::provide]
fn p30(_a: &T29) -> T30 {
    T30
}

#[derive(Clone)]
pub struct T31;

#[engin::provide]
fn p31(_a: &T30) -> T31 {
    T31
}

#[derive(Clone)]
pub struct T32;

#[engin::provide]
fn p32(_a: &T31) -> T32 {
    T32
}

#[derive(Clone)]
pub struct T33;

#[engin::provide]
fn p33(_a: &T32) -> T33 {
    T33
}

#[derive(Clone)]
pub struct T34;

#[engin::provide]
fn p34(_a: &T33) -> T34 {
    T34
}

#[derive(Clone)]
pub struct T35;

#[engin::provide]
fn p35(_a: &T34) -> T35 {
    T35
}

#[derive(Clone)]
pub struct T36;

#[engin::provide]
fn p36(_a: &T35) -> T36 {
    T36
}

#[derive(Clone)]
pub struct T37;

#[engin::provide]
fn p37(_a: &T36) -> T37 {
    T37
}

#[derive(Clone)]
pub struct T38;

#[engin::provide]
fn p38(_a: &T37) -> T38 {
    T38
}

#[derive(Clone)]
pub struct T39;

#[engin::provide]
fn p39(_a: &T38) -> T39 {
    T39
}

#[derive(Clone)]
pub struct T40;

#[engin::provide]
fn p40(_a: &T39) -> T40 {
    T40
}

#[derive(Clone)]
pub struct T41;

#[engin::provide]
fn p41(_a: &T40) -> T41 {
    T41
}

#[derive(Clone)]
pub struct T42;

#[engin::provide]
fn p42(_a: &T41) -> T42 {
    T42
}

#[derive(Clone)]
pub struct T43;

#[engin::provide]
fn p43(_a: &T42) -> T43 {
    T43
}

#[derive(Clone)]
pub struct T44;

#[engin::provide]
fn p44(_a: &T43) -> T44 {
    T44
}

#[derive(Clone)]
pub struct T45;

#[engin::provide]
fn p45(_a: &T44) -> T45 {
    T45
}

#[derive(Clone)]
pub struct T46;

#[engin::provide]
fn p46(_a: &T45) -> T46 {
    T46
}

#[derive(Clone)]
pub struct T47;

#[engin::provide]
fn p47(_a: &T46) -> T47 {
    T47
}

#[derive(Clone)]
pub struct T48;

#[engin::provide]
fn p48(_a: &T47) -> T48 {
    T48
}

#[derive(Clone)]
pub struct T49;

#[engin::provide]
fn p49(_a: &T48) -> T49 {
    T49
}

#[derive(Clone)]
pub struct T50;

#[engin::provide]
fn p50(_a: &T49) -> T50 {
    T50
}

#[derive(Clone)]
pub struct T51;

#[engin::provide]
fn p51(_a: &T50) -> T51 {
    T51
}

#[derive(Clone)]
pub struct T52;

#[engin::provide]
fn p52(_a: &T51) -> T52 {
    T52
}

#[derive(Clone)]
pub struct T53;

#[engin::provide]
fn p53(_a: &T52) -> T53 {
    T53
}

#[derive(Clone)]
pub struct T54;

#[engin::provide]
fn p54(_a: &T53) -> T54 {
    T54
}

#[derive(Clone)]
pub struct T55;

#[engin::provide]
fn p55(_a: &T54) -> T55 {
    T55
}

#[derive(Clone)]
pub struct T56;

#[engin::provide]
fn p56(_a: &T55) -> T56 {
    T56
}

#[derive(Clone)]
pub struct T57;

#[engin::provide]
fn p57(_a: &T56) -> T57 {
    T57
}

#[derive(Clone)]
pub struct T58;

#[engin::provide]
fn p58(_a: &T57) -> T58 {
    T58
}

#[derive(Clone)]
pub struct T59;

#[engin::provide]
fn p59(_a: &T58) -> T59 {
    T59
}

#[derive(Clone)]
pub struct T60;

#[engin::provide]
fn p60(_a: &T59) -> T60 {
    T60
}

#[derive(Clone)]
pub struct T61;

#[engin::provide]
fn p61(_a: &T60) -> T61 {
    T61
}

#[derive(Clone)]
pub struct T62;

#[engin::provide]
fn p62(_a: &T61) -> T62 {
    T62
}

#[derive(Clone)]
pub struct T63;

#[engin::provide]
fn p63(_a: &T62) -> T63 {
    T63
}

#[derive(Clone)]
pub struct T64;

#[engin::provide]
fn p64(_a: &T63) -> T64 {
    T64
}

#[derive(Clone)]
pub struct T65;

#[engin::provide]
fn p65(_a: &T64) -> T65 {
    T65
}

#[derive(Clone)]
pub struct T66;

#[engin::provide]
fn p66(_a: &T65) -> T66 {
    T66
}

#[derive(Clone)]
pub struct T67;

#[engin::provide]
fn p67(_a: &T66) -> T67 {
    T67
}

#[derive(Clone)]
pub struct T68;

#[engin::provide]
fn p68(_a: &T67) -> T68 {
    T68
}

#[derive(Clone)]
pub struct T69;

#[engin::provide]
fn p69(_a: &T68) -> T69 {
    T69
}

#[derive(Clone)]
pub struct T70;

#[engin::provide]
fn p70(_a: &T69) -> T70 {
    T70
}

#[derive(Clone)]
pub struct T71;

#[engin::provide]
fn p71(_a: &T70) -> T71 {
    T71
}

#[derive(Clone)]
pub struct T72;

#[engin::provide]
fn p72(_a: &T71) -> T72 {
    T72
}

#[derive(Clone)]
pub struct T73;

#[engin::provide]
fn p73(_a: &T72) -> T73 {
    T73
}

#[derive(Clone)]
pub struct T74;

#[engin::provide]
fn p74(_a: &T73) -> T74 {
    T74
}

#[derive(Clone)]
pub struct T75;

#[engin::provide]
fn p75(_a: &T74) -> T75 {
    T75
}

#[derive(Clone)]
pub struct T76;

#[engin::provide]
fn p76(_a: &T75) -> T76 {
    T76
}

#[derive(Clone)]
pub struct T77;

#[engin::provide]
fn p77(_a: &T76) -> T77 {
    T77
}

#[derive(Clone)]
pub struct T78;

#[engin::provide]
fn p78(_a: &T77) -> T78 {
    T78
}

#[derive(Clone)]
pub struct T79;

#[engin::provide]
fn p79(_a: &T78) -> T79 {
    T79
}

#[derive(Clone)]
pub struct T80;

#[engin::provide]
fn p80(_a: &T79) -> T80 {
    T80
}

#[derive(Clone)]
pub struct T81;

#[engin::provide]
fn p81(_a: &T80) -> T81 {
    T81
}

#[derive(Clone)]
pub struct T82;

#[engin::provide]
fn p82(_a: &T81) -> T82 {
    T82
}

#[derive(Clone)]
pub struct T83;

#[engin::provide]
fn p83(_a: &T82) -> T83 {
    T83
}

#[derive(Clone)]
pub struct T84;

#[engin::provide]
fn p84(_a: &T83) -> T84 {
    T84
}

#[derive(Clone)]
pub struct T85;

#[engin::provide]
fn p85(_a: &T84) -> T85 {
    T85
}

#[derive(Clone)]
pub struct T86;

#[engin::provide]
fn p86(_a: &T85) -> T86 {
    T86
}

#[derive(Clone)]
pub struct T87;

#[engin::provide]
fn p87(_a: &T86) -> T87 {
    T87
}

#[derive(Clone)]
pub struct T88;

#[engin::provide]
fn p88(_a: &T87) -> T88 {
    T88
}

#[derive(Clone)]
pub struct T89;

#[engin::provide]
fn p89(_a: &T88) -> T89 {
    T89
}

#[derive(Clone)]
pub struct T90;

#[engin::provide]
fn p90(_a: &T89) -> T90 {
    T90
}

#[derive(Clone)]
pub struct T91;

#[engin::provide]
fn p91(_a: &T90) -> T91 {
    T91
}

#[derive(Clone)]
pub struct T92;

#[engin::provide]
fn p92(_a: &T91) -> T92 {
    T92
}

#[derive(Clone)]
pub struct T93;

#[engin::provide]
fn p93(_a: &T92) -> T93 {
    T93
}

#[derive(Clone)]
pub struct T94;

#[engin::provide]
fn p94(_a: &T93) -> T94 {
    T94
}

#[derive(Clone)]
pub struct T95;

#[engin::provide]
fn p95(_a: &T94) -> T95 {
    T95
}

#[derive(Clone)]
pub struct T96;

#[engin::provide]
fn p96(_a: &T95) -> T96 {
    T96
}

#[derive(Clone)]
pub struct T97;

#[engin::provide]
fn p97(_a: &T96) -> T97 {
    T97
}

#[derive(Clone)]
pub struct T98;

#[engin::provide]
fn p98(_a: &T97) -> T98 {
    T98
}

#[derive(Clone)]
pub struct T99;

#[engin::provide]
fn p99(_a: &T98) -> T99 {
    T99
}

#[engin::app(p99, p98, p97, p96, p95, p94, p93, p92, p91, p90, p89, p88, p87, p86, p85, p84, p83, p82, p81, p80, p79, p78, p77, p76, p75, p74, p73, p72, p71, p70, p69, p68, p67, p66, p65, p64, p63, p62, p61, p60, p59, p58, p57, p56, p55, p54, p53, p52, p51, p50, p49, p48, p47, p46, p45, p44, p43, p42, p41, p40, p39, p38, p37, p36, p35, p34, p33, p32, p31, p30, p29, p28, p27, p26, p25, p24, p23, p22, p21, p20, p19, p18, p17, p16, p15, p14, p13, p12, p11, p10, p9, p8, p7, p6, p5, p4, p3, p2, p1, p0)]
struct App;

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let exit = rt.block_on(async { App::start().await.unwrap().stop().await });
    assert!(exit.is_success());
}
