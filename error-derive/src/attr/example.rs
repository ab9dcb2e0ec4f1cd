//! `#[example(field = "text", 0 = "text")]`: the text each placeholder
//! shows in the example body of the catalogue. Which fields the keys may
//! name is checked against the variant later, in `valid`.

use super::{expect_separator, parse_args, skip_value, value_tokens};
use crate::ctxt::{spanned, Errors};
use crate::template;
use proc_macro2::{Span, TokenStream, TokenTree};
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Attribute, LitInt, LitStr, Token};

/// The values of one `#[example]`, each key once, in the order written.
#[derive(Default)]
pub struct Example {
    pub values: Vec<(Key, LitStr)>,
}

/// A field as an example names it.
pub struct Key {
    /// A field's name without `r#`, or a positional field's index.
    pub name: String,
    pub span: Span,
}

/// Every value of `#[example(...)]` that parses; errors go to `errors`.
pub fn parse(attr: &Attribute, errors: &mut Errors) -> Example {
    let mut example = Example::default();
    let result = parse_args(attr, "field = \"...\"", &mut |input| {
        while !input.is_empty() {
            match pair(input) {
                Ok((key, text)) => example.add(key, text, errors),
                Err(error) => {
                    errors.push(error);
                    skip_value(input)?;
                }
            }
            expect_separator(input, "the fields of `#[example]`")?;
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(())
    });
    errors.ok(result);
    example
}

impl Example {
    fn add(&mut self, key: Key, text: LitStr, errors: &mut Errors) {
        for (first, _) in &self.values {
            if first.name == key.name {
                errors.clash(
                    key.span,
                    format_args!("duplicate `{}` in `#[example]`; keep one", key.name),
                    first.span,
                    format_args!("`{}` first given here", key.name),
                );
                return;
            }
        }
        self.values.push((key, text));
    }
}

/// `key = "text"`.
fn pair(input: ParseStream) -> syn::Result<(Key, LitStr)> {
    let key = key(input)?;
    let Some(eq) = input.parse::<Option<Token![=]>>()? else {
        return Err(syn::Error::new(
            key.span,
            format_args!(
                "`{name}` needs the text it shows; write `{name} = \"...\"`",
                name = key.name
            ),
        ));
    };
    let text = text(input, &key, eq.span)?;
    Ok((key, text))
}

/// A field's name, or a positional field's index.
fn key(input: ParseStream) -> syn::Result<Key> {
    if input.peek(syn::Ident::peek_any) {
        let ident = input.call(syn::Ident::parse_any)?;
        let name = ident.to_string();
        let name = name.strip_prefix("r#").unwrap_or(&name).to_owned();
        return Ok(Key {
            name,
            span: ident.span(),
        });
    }
    if input.peek(LitInt) {
        return index(&input.parse::<LitInt>()?);
    }
    let token: TokenTree = input.parse()?;
    Err(spanned(
        &token,
        format_args!(
            "expected a field name or index, found `{token}`; \
             write `#[example(field = \"...\")]` or `#[example(0 = \"...\")]`"
        ),
    ))
}

fn index(lit: &LitInt) -> syn::Result<Key> {
    let digits = lit.base10_digits();
    let index = template::parse_usize(digits);
    match index {
        Some(index) if lit.suffix().is_empty() => Ok(Key {
            name: index.to_string(),
            span: lit.span(),
        }),
        // The suffix is what is wrong (`0u8`): show the index without it.
        Some(_) => Err(syn::Error::new(
            lit.span(),
            format_args!("a field index takes no type suffix; write `{digits} = \"...\"`"),
        )),
        None => Err(syn::Error::new(
            lit.span(),
            format_args!("`{digits}` is not the index of a field of this variant"),
        )),
    }
}

/// The string after `key =`, or an error at what stands there instead.
fn text(input: ParseStream, key: &Key, eq: Span) -> syn::Result<LitStr> {
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        if !lit.suffix().is_empty() {
            return Err(syn::Error::new(
                lit.span(),
                format_args!(
                    "a string in `#[example]` takes no suffix; remove `{}`",
                    lit.suffix()
                ),
            ));
        }
        return Ok(lit);
    }
    let value = value_tokens(input)?;
    let message = format!(
        "expected a string literal; write `{} = \"{}\"`",
        key.name,
        quoted(&value)
    );
    Err(if value.is_empty() {
        syn::Error::new(eq, message)
    } else {
        spanned(&value, message)
    })
}

/// What to put in quotes for a value written without them: a number or a
/// word as it is, anything else as `...`.
fn quoted(value: &TokenStream) -> String {
    let mut tokens = value.clone().into_iter();
    let text = match (tokens.next(), tokens.next()) {
        (Some(token @ (TokenTree::Literal(_) | TokenTree::Ident(_))), None) => token.to_string(),
        _ => return "...".to_owned(),
    };
    for ch in text.chars() {
        if !(ch.is_alphanumeric() || matches!(ch, '_' | '.' | '-')) {
            return "...".to_owned();
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::ctxt::Errors;
    use syn::parse_quote;

    fn parsed(attr: &syn::Attribute) -> (Vec<(String, String)>, Vec<String>) {
        let mut errors = Errors::default();
        let example = parse(attr, &mut errors);
        let values = example
            .values
            .iter()
            .map(|(key, text)| (key.name.clone(), text.value()))
            .collect();
        let errors = errors
            .finish()
            .into_iter()
            .flat_map(|error| error.into_iter().map(|e| e.to_string()).collect::<Vec<_>>())
            .collect();
        (values, errors)
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(key, text)| ((*key).to_owned(), (*text).to_owned()))
            .collect()
    }

    #[test]
    fn reads_names_and_indices() {
        let (values, errors) = parsed(&parse_quote!(#[example(a = "x", r#type = "y", 0 = "z",)]));
        assert_eq!(values, pairs(&[("a", "x"), ("type", "y"), ("0", "z")]));
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn keeps_the_good_values_beside_the_bad() {
        let (values, errors) = parsed(&parse_quote!(#[example(a = 5, b = "ok", "c", d)]));
        assert_eq!(values, pairs(&[("b", "ok")]));
        assert_eq!(
            errors,
            [
                "expected a string literal; write `a = \"5\"`",
                "expected a field name or index, found `\"c\"`; \
                 write `#[example(field = \"...\")]` or `#[example(0 = \"...\")]`",
                "`d` needs the text it shows; write `d = \"...\"`",
            ]
        );
    }

    #[test]
    fn a_duplicate_key_keeps_the_first() {
        let (values, errors) = parsed(&parse_quote!(#[example(a = "1", a = "2")]));
        assert_eq!(values, pairs(&[("a", "1")]));
        assert_eq!(
            errors,
            [
                "duplicate `a` in `#[example]`; keep one",
                "`a` first given here"
            ]
        );
    }

    #[test]
    fn malformed_values_and_separators() {
        let (_, suffixed) = parsed(&parse_quote!(#[example(a = "x"suffix)]));
        assert_eq!(
            suffixed,
            ["a string in `#[example]` takes no suffix; remove `suffix`"]
        );
        let (_, index) = parsed(&parse_quote!(#[example(0u8 = "x")]));
        assert_eq!(
            index,
            ["a field index takes no type suffix; write `0 = \"...\"`"]
        );
        let (_, huge) = parsed(&parse_quote!(#[example(18446744073709551616 = "x")]));
        assert_eq!(
            huge,
            ["`18446744073709551616` is not the index of a field of this variant"]
        );
        let (_, call) = parsed(&parse_quote!(#[example(a = f(x))]));
        assert_eq!(call, ["expected a string literal; write `a = \"...\"`"]);
        let (values, comma) = parsed(&parse_quote!(#[example(a = "x" b = "y")]));
        assert_eq!(values, pairs(&[("a", "x")]));
        assert_eq!(
            comma,
            ["expected `,` before `b`; separate the fields of `#[example]` with commas"]
        );
        let (_, empty) = parsed(&parse_quote!(#[example()]));
        assert_eq!(
            empty,
            ["`#[example()]` is empty; write `#[example(field = \"...\")]`"]
        );
        let (_, bare) = parsed(&parse_quote!(#[example]));
        assert_eq!(
            bare,
            ["expected `#[example(...)]`; write `#[example(field = \"...\")]`"]
        );
    }
}
