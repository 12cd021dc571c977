//! placeholder
use proc_macro::TokenStream;
#[proc_macro_attribute]
pub fn provide(_a: TokenStream, i: TokenStream) -> TokenStream { i }
#[proc_macro_attribute]
pub fn invoke(_a: TokenStream, i: TokenStream) -> TokenStream { i }
#[proc_macro_attribute]
pub fn block(_a: TokenStream, i: TokenStream) -> TokenStream { i }
#[proc_macro_attribute]
pub fn app(_a: TokenStream, i: TokenStream) -> TokenStream { i }
#[proc_macro]
#[doc(hidden)]
pub fn __assemble(i: TokenStream) -> TokenStream { i }
