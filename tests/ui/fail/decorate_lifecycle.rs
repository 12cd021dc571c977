use engin::Lifecycle;

#[engin::decorate]
fn hooked(lifecycle: Lifecycle) -> Lifecycle {
    lifecycle
}

#[engin::app(hooked)]
struct App;

fn main() {}
