//! `FromResponse`: the code that turns a status and a parsed body back into
//! a variant. The rules, which the runtime's `client` module documents,
//! are decided here at compile time as far as the derive can see them;
//! whether a field's type can be made from text, from `Default` or from the
//! details is left to the runtime's `Make` probes, so that every type still
//! derives.

use crate::ast::{Input, Kind, Style, Variant};
use crate::expand::allow;
use crate::render::binding;
use crate::template::{Piece, Spec};
use crate::valid::{Plan, Text};
use proc_macro2::{Literal, Span, TokenStream};
use quote::quote;
use syn::Ident;

/// How the fields of one variant are recovered from a body.
struct Recipe {
    message: Split,
    /// The description's split, when it shows a field the message does not.
    description: Option<Split>,
    sources: Vec<Source>,
}

/// A template cut at its placeholders: the literal pieces, one more than
/// the placeholders, and the field each placeholder shows.
struct Split {
    literals: Vec<String>,
    fields: Vec<usize>,
}

/// Where a field's value comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    /// The text of this placeholder of the message.
    Message(usize),
    /// The text of this placeholder of the description.
    Description(usize),
    Details,
    Default,
}

/// The traits of the runtime's probes a recipe calls.
#[derive(Default)]
struct Uses {
    parse: bool,
    default: bool,
    details: bool,
}

/// The `FromResponse` impl; for `plans` empty (a derive with errors), one
/// that recognises nothing.
pub fn impl_from_response(input: &Input, plans: &[Plan], rt: &TokenStream) -> TokenStream {
    let allow = allow();
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let body = from_body(input, plans, rt);
    quote! {
        #[automatically_derived]
        #allow
        impl #impl_generics #rt::FromResponse for #ident #ty_generics #where_clause {
            #body
        }
    }
}

fn from_body(input: &Input, plans: &[Plan], rt: &TokenStream) -> TokenStream {
    let recipes: Vec<(usize, Recipe)> = plans
        .iter()
        .zip(&input.variants)
        .enumerate()
        .filter_map(|(index, (plan, variant))| Some((index, Recipe::of(plan, variant)?)))
        .collect();
    if recipes.is_empty() {
        return quote! {
            fn from_body(_: u16, _: &#rt::ErrorBody) -> #rt::Option<Self> { #rt::None }
        };
    }
    let (status, body) = (names().status, names().body);
    let uses = imports(&recipes, rt);
    let groups = by_status(plans, recipes).into_iter().map(|(code, group)| {
        let code = Literal::u16_suffixed(code);
        let attempts = group
            .iter()
            .map(|(index, recipe)| attempt(input, &input.variants[*index], recipe, rt));
        quote!(if #status == #code { #(#attempts)* })
    });
    quote! {
        fn from_body(#status: u16, #body: &#rt::ErrorBody) -> #rt::Option<Self> {
            #uses
            #(#groups)*
            #rt::None
        }
    }
}

/// The recipes grouped by status, statuses in order of first appearance,
/// each group with the most specific template first: those without
/// placeholders, then those with more literal text, then declaration order.
fn by_status(plans: &[Plan], recipes: Vec<(usize, Recipe)>) -> Vec<(u16, Vec<(usize, Recipe)>)> {
    let mut groups: Vec<(u16, Vec<(usize, Recipe)>)> = Vec::new();
    for (index, recipe) in recipes {
        let status = plans[index].status;
        match groups.iter_mut().find(|(code, _)| *code == status) {
            Some((_, group)) => group.push((index, recipe)),
            None => groups.push((status, vec![(index, recipe)])),
        }
    }
    for (_, group) in &mut groups {
        group.sort_by_key(|(index, recipe)| (recipe.message.rank(), *index));
    }
    groups
}

/// `use rt::{Trait as _, ...};` for the probes the recipes call.
fn imports(recipes: &[(usize, Recipe)], rt: &TokenStream) -> TokenStream {
    let mut uses = Uses::default();
    for source in recipes.iter().flat_map(|(_, recipe)| &recipe.sources) {
        match source {
            Source::Message(_) | Source::Description(_) => uses.parse = true,
            Source::Details => uses.details = true,
            Source::Default => uses.default = true,
        }
    }
    let mut traits = Vec::new();
    traits.extend(uses.parse.then(|| quote!(ParseText as _)));
    traits.extend(uses.default.then(|| quote!(MakeDefault as _)));
    traits.extend(uses.details.then(|| quote!(ReadDetails as _)));
    if traits.is_empty() {
        return TokenStream::new();
    }
    quote!(use #rt::{#(#traits,)* Unmade as _};)
}

/// The hygienic names of the generated function.
struct Names {
    status: Ident,
    body: Ident,
    message: Ident,
    description: Ident,
    text: Ident,
}

fn names() -> Names {
    let name = |text: &str| Ident::new(text, Span::mixed_site());
    Names {
        status: name("__status"),
        body: name("__body"),
        message: name("__message"),
        description: name("__description"),
        text: name("__text"),
    }
}

impl Recipe {
    /// The recipe of a variant, or `None` when its texts cannot be split
    /// back into its fields.
    fn of(plan: &Plan, variant: &Variant) -> Option<Self> {
        // A masked body is the reason phrase alone: it names the variant
        // only when the variant has nothing else to rebuild.
        if plan.masked && !variant.fields.is_empty() {
            return None;
        }
        let message = Split::of(&plan.message, plan.details)?;
        let mut sources = vec![Source::Default; variant.fields.len()];
        let from_description = plan.description.as_ref().filter(|description| {
            description
                .placeholders()
                .any(|p| !message.fields.contains(&p.arg) && Some(p.arg) != plan.details)
        });
        let description = match from_description {
            Some(text) => Some(Split::of(text, plan.details)?),
            None => None,
        };
        if let Some(split) = &description {
            split.assign(&mut sources, Source::Description);
        }
        message.assign(&mut sources, Source::Message);
        if let Some(index) = plan.details {
            sources[index] = Source::Details;
        }
        Some(Recipe {
            message,
            description,
            sources,
        })
    }
}

impl Split {
    /// `None` when two placeholders touch, or when one formats a field
    /// other than `details` with a spec: its text cannot be read back.
    fn of(text: &Text, details: Option<usize>) -> Option<Self> {
        let mut split = Split {
            literals: vec![String::new()],
            fields: Vec::new(),
        };
        for piece in &text.pieces {
            match piece {
                Piece::Lit(literal) => split.literals.last_mut()?.push_str(literal),
                Piece::Arg(placeholder) => {
                    let is_plain = placeholder.spec == Spec::default();
                    let touches = !split.fields.is_empty()
                        && split.literals.last().is_some_and(String::is_empty);
                    if touches || !(is_plain || Some(placeholder.arg) == details) {
                        return None;
                    }
                    split.fields.push(placeholder.arg);
                    split.literals.push(String::new());
                }
            }
        }
        Some(split)
    }

    /// Sets each field this split shows to its first placeholder.
    fn assign(&self, sources: &mut [Source], source: fn(usize) -> Source) {
        for (at, &field) in self.fields.iter().enumerate().rev() {
            sources[field] = source(at);
        }
    }

    /// Templates without placeholders first, then more literal text first.
    fn rank(&self) -> (bool, std::cmp::Reverse<usize>) {
        let length = self.literals.iter().map(|l| l.chars().count()).sum();
        (!self.fields.is_empty(), std::cmp::Reverse(length))
    }

    /// For each field shown more than once, the later placeholders whose
    /// text must equal the first's.
    fn repeats(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (at, field) in self.fields.iter().enumerate() {
            if let Some(first) = self.fields[..at].iter().position(|f| f == field) {
                out.push((first, at));
            }
        }
        out
    }
}

/// `'__attempt: { ... return Some(Self::Variant ...); }`, leaving the
/// block as soon as something does not match.
fn attempt(input: &Input, variant: &Variant, recipe: &Recipe, rt: &TokenStream) -> TokenStream {
    let label = label();
    let names = names();
    let (body, text) = (&names.body, &names.text);
    let error = quote!(&#body.error);
    let message = captures(recipe, Source::Message, (&names.message, &error), rt);
    let description = recipe.description.as_ref().map(|_| {
        let text_ref = quote!(#text);
        let captures = captures(
            recipe,
            Source::Description,
            (&names.description, &text_ref),
            rt,
        );
        quote! {
            let #rt::Some(#text) = #body.description.as_deref() else { break #label; };
            #captures
        }
    });
    let fields = variant
        .fields
        .iter()
        .zip(&recipe.sources)
        .map(|(field, source)| {
            let (name, ty) = (binding(field), field.ty);
            let value = make(source, &names);
            quote!(let #rt::Some(#name) = (&#rt::Make::<#ty>::NEW).#value else { break #label; };)
        });
    let construct = construct(input, variant);
    quote! {
        #label: {
            #message
            #description
            #(#fields)*
            return #rt::Some(#construct);
        }
    }
}

fn label() -> syn::Lifetime {
    syn::Lifetime::new("'__attempt", Span::call_site())
}

/// The probe call that makes a field from `source`.
fn make(source: &Source, names: &Names) -> TokenStream {
    let (message, description, body) = (&names.message, &names.description, &names.body);
    match source {
        Source::Message(at) => quote!(parse_text(#message[#at])),
        Source::Description(at) => quote!(parse_text(#description[#at])),
        Source::Details => quote!(read_details(#body)),
        Source::Default => quote!(make_default()),
    }
}

/// Matches one text against its split: binds `name` to the captures when
/// a field reads them, checks that a field shown twice shows one text,
/// and leaves the attempt when the text does not match.
fn captures(
    recipe: &Recipe,
    kind: fn(usize) -> Source,
    (name, text): (&Ident, &TokenStream),
    rt: &TokenStream,
) -> TokenStream {
    let label = label();
    let split = match kind(0) {
        Source::Message(_) => &recipe.message,
        _ => match &recipe.description {
            Some(split) => split,
            None => return TokenStream::new(),
        },
    };
    let literals = &split.literals;
    let found = quote!(#rt::captures(&[#(#literals),*], #text));
    let repeats = split.repeats();
    let is_read = recipe
        .sources
        .iter()
        .any(|source| (0..split.fields.len()).any(|at| *source == kind(at)));
    if !is_read && repeats.is_empty() {
        return quote!(if #found.is_none() { break #label; });
    }
    let guards = repeats
        .iter()
        .map(|(first, again)| quote!(if #name[#first] != #name[#again] { break #label; }));
    quote! {
        let #rt::Some(#name) = #found else { break #label; };
        #(#guards)*
    }
}

/// `Self::Variant { name: __field_0, ... }` or `Self::Variant(__field_0)`.
fn construct(input: &Input, variant: &Variant) -> TokenStream {
    let ident = variant.ident;
    let path = if input.kind == Kind::Struct {
        quote!(Self)
    } else {
        quote!(Self::#ident)
    };
    let values = variant.fields.iter().map(binding);
    match variant.style {
        Style::Named => {
            let names = variant.fields.iter().map(|field| field.ident);
            quote!(#path { #(#names: #values),* })
        }
        Style::Tuple => quote!(#path(#(#values),*)),
        Style::Unit => path,
    }
}

#[cfg(test)]
mod tests {
    use crate::expand::derive_from_response;
    use syn::parse_quote;

    fn output(input: &syn::DeriveInput) -> String {
        match derive_from_response(input) {
            Ok(tokens) => tokens.to_string(),
            Err(failure) => panic!("unexpected error: {}", failure.error),
        }
    }

    /// The variants `from_body` tries, in order.
    fn attempts(out: &str) -> Vec<String> {
        out.split("return :: apifault :: __private :: Some (Self :: ")
            .skip(1)
            .map(|rest| rest.split([' ', '(', ')']).next().unwrap_or("").to_owned())
            .collect()
    }

    #[test]
    fn specific_templates_come_first_within_a_status() {
        let out = output(&parse_quote! {
            enum E {
                #[status(400)] #[message("{0}")] Any(String),
                #[status(404)] #[message("Record not found")] Missing,
                #[status(400)] #[message("bad: {0}")] Bad(String),
                #[status(400)] #[message("invalid_grant")] Grant,
                #[status(400)] #[message("invalid_grant")] Again,
            }
        });
        assert_eq!(attempts(&out), ["Grant", "Again", "Bad", "Any", "Missing"]);
        assert!(out.contains("if __status == 400u16"), "{out}");
    }

    #[test]
    fn texts_that_cannot_be_split_are_skipped() {
        let out = output(&parse_quote! {
            enum E {
                #[status(400)] #[message("{0:?}")] Debug(String),
                #[status(400)] #[message("{0}{1}")] Touching(String, String),
                #[status(400)] #[message("{n:>5}")] Width { n: u8 },
                #[status(400)] #[message("{0} {1}")] Spaced(String, String),
                #[status(400)] #[message("{0:?}")] Details(#[details] Vec<u8>),
            }
        });
        assert_eq!(attempts(&out), ["Spaced", "Details"]);
    }

    #[test]
    fn fields_come_from_their_sources() {
        let out = output(&parse_quote! {
            enum E {
                #[status(400)]
                #[message("{a}")]
                #[description("{b}")]
                V { a: u8, b: u8, c: u8, #[details] d: Vec<u8> },
            }
        });
        for probe in [
            "parse_text (__message [0usize])",
            "parse_text (__description [0usize])",
            "make_default ()",
            "read_details (__body)",
        ] {
            assert!(out.contains(probe), "{probe} in {out}");
        }
        assert!(out.contains("ParseText as _ , MakeDefault as _ , ReadDetails as _ , Unmade as _"));
    }

    #[test]
    fn nothing_to_recognise_takes_no_names() {
        let out = output(&parse_quote! {
            enum E {}
        });
        assert!(out.contains("fn from_body (_ : u16 , _ :"), "{out}");
    }
}
