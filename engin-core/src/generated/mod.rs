//! What only the code `#[app]` generates calls: picking among values
//! whose types share a name (`pick`), the check of a provider's return
//! type (`returned`), and gathering a collection (`collection`, whose `All`
//! users take). The public `rules` module is their face in errors.

pub(crate) mod collection;
pub(crate) mod pick;
pub(crate) mod returned;
