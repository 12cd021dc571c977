#[derive(Clone)]
pub struct Config;

pub struct SettingsBlock;

#[engin::block]
impl SettingsBlock {
    #[engin::provide]
    pub fn config(previous: &Config) -> Config {
        previous.clone()
    }
}

#[engin::app(SettingsBlock)]
struct App;

fn main() {}
