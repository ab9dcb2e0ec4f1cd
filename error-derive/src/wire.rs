//! The code of what goes on the wire beside the Mastodon body: the RFC 9457
//! problem details body and the headers of a variant.

use crate::ast::Variant;
use crate::json;
use crate::render;
use crate::status;
use crate::valid::Plan;
use proc_macro2::TokenStream;
use quote::quote;

/// The problem details `title`: stable per status, its reason phrase.
pub fn title(plan: &Plan) -> &'static str {
    status::reason_phrase(plan.status)
}

/// The problem details body of the catalogue's example:
/// `{"type":...,"title":...,"status":N,"detail":...}`, the members in the
/// order of RFC 9457, the message as `detail`.
pub fn problem_example(plan: &Plan, variant: &Variant) -> String {
    let mut out = format!(
        "{{\"type\":\"{}\",\"title\":\"{}\",\"status\":{},\"detail\":\"",
        json::escape(&plan.problem_type),
        json::escape(title(plan)),
        plan.status
    );
    render::push_example(&mut out, &plan.message, plan, variant);
    out.push_str("\"}");
    out
}

/// The `Vec` of a variant's headers: `Vec::new()`, which does not
/// allocate, for a variant without any.
pub fn headers(plan: &Plan, variant: &Variant, rt: &TokenStream) -> TokenStream {
    if plan.headers.is_empty() {
        return quote!(#rt::Vec::new());
    }
    let mut pairs = TokenStream::new();
    for header in &plan.headers {
        if !pairs.is_empty() {
            pairs.extend(quote!(,));
        }
        let name = &header.name;
        let value = render::cow(&header.value, variant, rt, header.span);
        pairs.extend(quote!((#name, #value)));
    }
    // Through the trait: the caller's scope may hold no prelude.
    quote!(<#rt::Vec<_> as #rt::From<_>>::from([#pairs]))
}
