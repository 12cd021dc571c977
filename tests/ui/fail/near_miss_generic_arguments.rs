// A generic type provided with other arguments than the parameter names.
use std::marker::PhantomData;

#[derive(Clone)]
pub struct Pool<T>(PhantomData<T>);

pub struct Postgres;
pub struct Mysql;

#[engin::provide]
fn pool() -> Pool<Postgres> {
    Pool(PhantomData)
}

#[engin::invoke]
fn query(_pool: &Pool<Mysql>) {}

#[engin::app(pool, query)]
struct App;

fn main() {}
