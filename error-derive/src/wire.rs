//! The code of what goes on the wire beside the Mastodon body: the RFC 9457
//! problem details body and the headers of a variant.

use crate::ast::Variant;
use crate::json;
use crate::render::{self, Part};
use crate::status;
use crate::valid::{Plan, Text};
use proc_macro2::TokenStream;
use quote::quote;

/// `{"type":...,"title":...,"status":N,"detail":...}`: the members in the
/// order of RFC 9457, the message as `detail`.
pub fn problem_parts(plan: &Plan) -> Vec<Part<'_>> {
    let head = format!(
        "{{\"type\":\"{}\",\"title\":\"{}\",\"status\":{},\"detail\":\"",
        json::escape(&plan.problem_type),
        json::escape(title(plan)),
        plan.status
    );
    let mut parts = vec![Part::Raw(head)];
    render::push_text(&mut parts, &plan.message);
    render::push_raw(&mut parts, "\"}");
    parts
}

/// The problem details `title`: stable per status, its reason phrase.
pub fn title(plan: &Plan) -> &'static str {
    status::reason_phrase(plan.status)
}

/// The problem details body of the catalogue's example.
pub fn problem_example(plan: &Plan, variant: &Variant) -> String {
    render::example_of(problem_parts(plan), plan, variant)
}

/// The `Vec` of a variant's headers: `Vec::new()`, which does not
/// allocate, for a variant without any.
pub fn headers(plan: &Plan, variant: &Variant, rt: &TokenStream) -> TokenStream {
    if plan.headers.is_empty() {
        return quote!(#rt::Vec::new());
    }
    let pairs = plan.headers.iter().map(|header| {
        let name = &header.name;
        let value = render::cow(&header.value, variant, rt, header.span);
        quote!((#name, #value))
    });
    // Through the trait: the caller's scope may hold no prelude.
    quote!(<#rt::Vec<_> as #rt::From<_>>::from([#(#pairs),*]))
}

/// The header values of a plan, whose placeholders the pattern binds.
pub fn header_texts(plan: &Plan) -> Vec<&Text> {
    plan.headers.iter().map(|header| &header.value).collect()
}
