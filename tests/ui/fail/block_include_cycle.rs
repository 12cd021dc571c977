pub mod a {
    #[derive(Clone)]
    pub struct A;

    pub struct ABlock;

    #[engin::block(include = [crate::b::BBlock])]
    impl ABlock {
        #[engin::provide]
        pub fn a() -> A {
            A
        }
    }
}

pub mod b {
    #[derive(Clone)]
    pub struct B;

    pub struct BBlock;

    #[engin::block(include = [crate::a::ABlock])]
    impl BBlock {
        #[engin::provide]
        pub fn b() -> B {
            B
        }
    }
}

#[engin::app(a::ABlock)]
struct App;

fn main() {}
