//! A field's type as text for the catalogue, spaced the way people write
//! it (`Vec<String>`, `&'a str`) rather than the way a token stream prints
//! (`Vec < String >`).

use proc_macro2::{Delimiter, Punct, Spacing, TokenStream, TokenTree};
use quote::ToTokens;
use syn::Type;

/// The type as written, with rustfmt's spacing.
pub fn type_text(ty: &Type) -> String {
    let mut writer = Writer::default();
    writer.stream(ty.to_token_stream());
    writer.out
}

/// What was written last, which decides the space before the next token.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
enum Last {
    /// Nothing, or a token that the next one sticks to: `&`, `<`, `::`.
    #[default]
    Sticky,
    /// A name or a literal: a word after it needs a space.
    Word,
    /// A word that a bracket after it is also spaced from: `&mut [u8]`,
    /// `&'a (u8, u8)`, `dyn (Trait)`.
    Keyword,
    /// `)`, `]`, `}` or a closing `>`: a word after it needs a space, as in
    /// `for<'a> fn(&'a u8)`.
    Close,
}

/// Words after which a bracket is a separate token, not a call.
const KEYWORDS: &[&str] = &["as", "const", "dyn", "impl", "mut"];

#[derive(Default)]
struct Writer {
    out: String,
    last: Last,
    /// After a `'`: the lifetime's name follows without a space.
    in_lifetime: bool,
}

impl Writer {
    fn stream(&mut self, tokens: TokenStream) {
        let mut tokens = tokens.into_iter().peekable();
        while let Some(token) = tokens.next() {
            match token {
                TokenTree::Ident(ident) => self.word(&ident.to_string()),
                TokenTree::Literal(literal) => self.word(&literal.to_string()),
                TokenTree::Group(group) => self.group(group.delimiter(), group.stream()),
                TokenTree::Punct(punct) => {
                    let is_arrow = punct.as_char() == '-'
                        && punct.spacing() == Spacing::Joint
                        && matches!(tokens.peek(), Some(TokenTree::Punct(next)) if next.as_char() == '>');
                    if is_arrow {
                        tokens.next();
                        self.spaced("->");
                    } else {
                        self.punct(&punct);
                    }
                }
            }
        }
    }

    fn word(&mut self, word: &str) {
        if matches!(self.last, Last::Word | Last::Keyword | Last::Close) {
            self.out.push(' ');
        }
        self.out.push_str(word);
        self.last = if self.in_lifetime || KEYWORDS.contains(&word) {
            Last::Keyword
        } else {
            Last::Word
        };
        self.in_lifetime = false;
    }

    fn punct(&mut self, punct: &Punct) {
        let ch = punct.as_char();
        match ch {
            ',' | ';' => {
                self.out.push(ch);
                self.out.push(' ');
                self.last = Last::Sticky;
            }
            '+' | '=' => self.spaced(&ch.to_string()),
            // A lone `:` is a bound, as in `Iterator<Item: Display>`; the
            // first `:` of a `::` is joint, the second follows one.
            ':' if punct.spacing() == Spacing::Alone && !self.out.ends_with(':') => {
                self.out.push_str(": ");
                self.last = Last::Sticky;
            }
            '>' => {
                self.out.push('>');
                self.last = Last::Close;
            }
            _ => {
                // A bound after a word: `dyn ?Sized`, `dyn 'a`.
                if matches!(ch, '?' | '\'') && self.last != Last::Sticky {
                    self.out.push(' ');
                }
                self.out.push(ch);
                self.in_lifetime = ch == '\'';
                self.last = Last::Sticky;
            }
        }
    }

    /// An infix token with a space on either side.
    fn spaced(&mut self, op: &str) {
        let kept = self.out.trim_end().len();
        self.out.truncate(kept);
        self.out.push(' ');
        self.out.push_str(op);
        self.out.push(' ');
        self.last = Last::Sticky;
    }

    fn group(&mut self, delimiter: Delimiter, inner: TokenStream) {
        let (open, close) = match delimiter {
            Delimiter::Parenthesis => ("(", ")"),
            Delimiter::Bracket => ("[", "]"),
            Delimiter::Brace => ("{ ", " }"),
            // An invisible group, from a `macro_rules!` fragment: its
            // tokens are written as if they stood alone.
            Delimiter::None => return self.stream(inner),
        };
        let is_call = delimiter == Delimiter::Parenthesis && self.last == Last::Word;
        if self.last != Last::Sticky && !is_call {
            self.out.push(' ');
        }
        self.out.push_str(open);
        self.last = Last::Sticky;
        self.stream(inner);
        let kept = self.out.trim_end().len();
        self.out.truncate(kept);
        self.out.push_str(close);
        self.last = Last::Close;
    }
}

#[cfg(test)]
mod tests {
    use super::type_text;

    fn text(tokens: proc_macro2::TokenStream) -> String {
        match syn::parse2(tokens) {
            Ok(ty) => type_text(&ty),
            Err(error) => panic!("not a type: {error}"),
        }
    }

    #[test]
    fn paths_and_generics() {
        assert_eq!(text(quote::quote!(Vec<String>)), "Vec<String>");
        assert_eq!(text(quote::quote!(Option<u32>)), "Option<u32>");
        assert_eq!(text(quote::quote!(std::io::Error)), "std::io::Error");
        assert_eq!(text(quote::quote!(::std::io::Error)), "::std::io::Error");
        assert_eq!(
            text(quote::quote!(HashMap<String, Vec<Option<u8>>>)),
            "HashMap<String, Vec<Option<u8>>>"
        );
        assert_eq!(
            text(quote::quote!(<T as Iterator>::Item)),
            "<T as Iterator>::Item"
        );
        assert_eq!(text(quote::quote!(Vec::<u8>)), "Vec::<u8>");
        assert_eq!(text(quote::quote!(r#type)), "r#type");
    }

    #[test]
    fn references_and_pointers() {
        assert_eq!(text(quote::quote!(&'a str)), "&'a str");
        assert_eq!(text(quote::quote!(&'static str)), "&'static str");
        assert_eq!(text(quote::quote!(&str)), "&str");
        assert_eq!(text(quote::quote!(&mut T)), "&mut T");
        assert_eq!(text(quote::quote!(&'a mut [u8])), "&'a mut [u8]");
        assert_eq!(text(quote::quote!(&mut [u8])), "&mut [u8]");
        assert_eq!(text(quote::quote!(&'a (u8, u8))), "&'a (u8, u8)");
        assert_eq!(text(quote::quote!(*const u8)), "*const u8");
        assert_eq!(text(quote::quote!(*mut [u8])), "*mut [u8]");
        assert_eq!(text(quote::quote!(Cow<'a, str>)), "Cow<'a, str>");
    }

    #[test]
    fn tuples_arrays_and_functions() {
        assert_eq!(text(quote::quote!((u8, String))), "(u8, String)");
        assert_eq!(text(quote::quote!((u8,))), "(u8,)");
        assert_eq!(text(quote::quote!(())), "()");
        assert_eq!(text(quote::quote!([u8; 4])), "[u8; 4]");
        assert_eq!(text(quote::quote!([u8; N + 1])), "[u8; N + 1]");
        assert_eq!(text(quote::quote!(fn(u8) -> u8)), "fn(u8) -> u8");
        assert_eq!(text(quote::quote!(fn() -> !)), "fn() -> !");
        assert_eq!(
            text(quote::quote!(for<'a> fn(&'a u8) -> &'a u8)),
            "for<'a> fn(&'a u8) -> &'a u8"
        );
        assert_eq!(text(quote::quote!(Foo<{ N + 1 }>)), "Foo<{ N + 1 }>");
        assert_eq!(text(quote::quote!(Foo<-1>)), "Foo<-1>");
    }

    #[test]
    fn trait_objects() {
        assert_eq!(
            text(quote::quote!(
                Box<dyn std::error::Error + Send + Sync + 'static>
            )),
            "Box<dyn std::error::Error + Send + Sync + 'static>"
        );
        assert_eq!(
            text(quote::quote!(Box<dyn Fn(&str) -> String + Send>)),
            "Box<dyn Fn(&str) -> String + Send>"
        );
        assert_eq!(
            text(quote::quote!(Box<dyn Iterator<Item = u8>>)),
            "Box<dyn Iterator<Item = u8>>"
        );
        assert_eq!(
            text(quote::quote!(&'a dyn for<'b> Fn(&'b u8))),
            "&'a dyn for<'b> Fn(&'b u8)"
        );
        assert_eq!(text(quote::quote!(Box<dyn ?Sized>)), "Box<dyn ?Sized>");
        assert_eq!(
            text(quote::quote!(Box<dyn Iterator<Item: Display> + 'a>)),
            "Box<dyn Iterator<Item: Display> + 'a>"
        );
        assert_eq!(
            text(quote::quote!(Box<dyn 'a + Send>)),
            "Box<dyn 'a + Send>"
        );
    }

    #[test]
    fn macros_and_invisible_groups() {
        assert_eq!(text(quote::quote!(ty!(u8))), "ty!(u8)");
        let group = proc_macro2::Group::new(proc_macro2::Delimiter::None, quote::quote!(Vec<u8>));
        assert_eq!(text(quote::quote!(Option<#group>)), "Option<Vec<u8>>");
    }
}
