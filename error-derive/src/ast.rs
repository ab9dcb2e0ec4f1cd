//! The input of the derive as a small IR: the type, its variants (a struct
//! is one variant) and their fields, each with the attributes it carries.

use crate::attr::{Attrs, Container, Place, Status};
use crate::ctxt::Errors;
use proc_macro2::Span;
use syn::{Data, DeriveInput, Fields, Generics, Ident, LitStr, Type};

/// The type the derive is attached to.
pub struct Input<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub kind: Kind,
    pub container: Container,
    /// `#[status]` on the enum: the status of variants without their own.
    pub default_status: Option<Status>,
    /// Whether the enum has a `#[status]`, even a malformed one.
    pub has_default_status: bool,
    /// `#[since]` on the enum: the version of variants without their own.
    pub default_since: Option<LitStr>,
    pub variants: Vec<Variant<'a>>,
}

/// What kind of type the input is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Enum,
    Struct,
    Union,
}

/// A variant, or the struct itself.
pub struct Variant<'a> {
    pub ident: &'a Ident,
    /// The name without `r#`.
    pub name: String,
    pub style: Style,
    pub fields: Vec<Field<'a>>,
    pub attrs: Attrs,
}

/// How a variant's fields are written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Named,
    Tuple,
    Unit,
}

/// One field of a variant.
pub struct Field<'a> {
    /// The name of a named field, without `r#`; the index of a positional one.
    pub name: String,
    pub ident: Option<&'a Ident>,
    pub index: usize,
    pub ty: &'a Type,
    pub span: Span,
    /// The span of `#[details]`, if the field has it.
    pub details: Option<Span>,
}

impl<'a> Input<'a> {
    pub fn from_syn(input: &'a DeriveInput, errors: &mut Errors) -> Self {
        let kind = match &input.data {
            Data::Enum(_) => Kind::Enum,
            Data::Struct(_) => Kind::Struct,
            Data::Union(_) => Kind::Union,
        };
        let place = if kind == Kind::Struct {
            Place::Struct
        } else {
            Place::Enum
        };
        let mut attrs = Attrs::from_syn(&input.attrs, place, errors);
        let container = std::mem::take(&mut attrs.container);
        let mut out = Input {
            ident: &input.ident,
            generics: &input.generics,
            kind,
            container,
            default_status: None,
            has_default_status: false,
            default_since: None,
            variants: Vec::new(),
        };
        match &input.data {
            Data::Enum(data) => {
                out.default_status = attrs.status;
                out.has_default_status = attrs.is_given("status");
                out.default_since = attrs.since.take();
                if let Some(near) = attrs.near_miss("status").filter(|_| attrs.status.is_none()) {
                    // Reported once here, not again at every variant.
                    near.report(errors);
                    out.has_default_status = true;
                }
                out.variants = data
                    .variants
                    .iter()
                    .map(|v| Variant::from_syn(v, errors))
                    .collect();
            }
            Data::Struct(data) => {
                out.variants = vec![Variant::new(&input.ident, &data.fields, attrs, errors)];
            }
            Data::Union(data) => errors.error(
                data.union_token.span,
                "`ApiError` cannot be derived for a union; use an enum or a struct",
            ),
        }
        out
    }

    /// `variant` or `struct`, for messages.
    pub fn noun(&self) -> &'static str {
        if self.kind == Kind::Struct {
            "struct"
        } else {
            "variant"
        }
    }
}

impl<'a> Variant<'a> {
    fn from_syn(variant: &'a syn::Variant, errors: &mut Errors) -> Self {
        let attrs = Attrs::from_syn(&variant.attrs, Place::Variant, errors);
        Variant::new(&variant.ident, &variant.fields, attrs, errors)
    }

    fn new(ident: &'a Ident, fields: &'a Fields, attrs: Attrs, errors: &mut Errors) -> Self {
        let style = match fields {
            Fields::Named(_) => Style::Named,
            Fields::Unnamed(_) => Style::Tuple,
            Fields::Unit => Style::Unit,
        };
        Variant {
            ident,
            name: unraw(ident),
            style,
            fields: fields
                .iter()
                .enumerate()
                .map(|(i, f)| Field::from_syn(i, f, errors))
                .collect(),
            attrs,
        }
    }

    /// The doc comment as the catalogue shows it.
    pub fn docs(&self) -> String {
        docs_text(&self.attrs.docs)
    }
}

impl<'a> Field<'a> {
    fn from_syn(index: usize, field: &'a syn::Field, errors: &mut Errors) -> Self {
        // `#[details]` is the one attribute of a field; the others are
        // reported as misplaced.
        let attrs = Attrs::from_syn(&field.attrs, Place::Field, errors);
        let span = match &field.ident {
            Some(ident) => ident.span(),
            None => syn::spanned::Spanned::span(&field.ty),
        };
        Field {
            name: field
                .ident
                .as_ref()
                .map_or_else(|| index.to_string(), unraw),
            ident: field.ident.as_ref(),
            index,
            ty: &field.ty,
            span,
            details: attrs.details,
        }
    }

    /// How the catalogue shows a placeholder of this field: its name, or
    /// for a positional field its type's last path segment in snake case.
    pub fn client_name(&self) -> String {
        match self.ident {
            Some(_) => self.name.clone(),
            None => type_name(self.ty)
                .map_or_else(|| "value".to_owned(), |name| crate::case::snake_case(&name)),
        }
    }
}

fn type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path
            .path
            .segments
            .last()
            .map(|segment| unraw(&segment.ident)),
        Type::Reference(reference) => type_name(&reference.elem),
        Type::Paren(paren) => type_name(&paren.elem),
        Type::Group(group) => type_name(&group.elem),
        _ => None,
    }
}

fn unraw(ident: &Ident) -> String {
    let name = ident.to_string();
    match name.strip_prefix("r#") {
        Some(bare) => bare.to_owned(),
        None => name,
    }
}

/// The doc comment as rustdoc shows it: the ` * ` column of a block comment
/// removed, trailing whitespace trimmed, the indentation that all non-blank
/// lines share removed, and blank lines at both ends dropped.
pub fn docs_text(docs: &[String]) -> String {
    let lines: Vec<&str> = docs
        .iter()
        .flat_map(|doc| undecorated(doc))
        .map(str::trim_end)
        .collect();
    let indent = lines
        .iter()
        .filter(|line| !line.is_empty())
        .map(|line| indentation(line))
        .min()
        .unwrap_or(0);
    let start = lines
        .iter()
        .position(|line| !line.is_empty())
        .unwrap_or(lines.len());
    let end = lines
        .iter()
        .rposition(|line| !line.is_empty())
        .map_or(start, |at| at + 1);
    let kept: Vec<&str> = lines[start..end]
        .iter()
        .map(|line| dedent(line, indent))
        .collect();
    kept.join("\n")
}

/// The number of whitespace characters a line starts with.
fn indentation(line: &str) -> usize {
    line.chars().take_while(|ch| ch.is_whitespace()).count()
}

/// `line` without its first `count` characters, all whitespace; a blank
/// line may be shorter.
fn dedent(line: &str, count: usize) -> &str {
    match line.char_indices().nth(count) {
        Some((at, _)) => &line[at..],
        None => "",
    }
}

/// The lines of one doc attribute. A block comment whose lines after the
/// first all start with a `*` (after any indentation) loses that column.
fn undecorated(doc: &str) -> Vec<&str> {
    let lines: Vec<&str> = doc.split('\n').collect();
    let is_decorated = lines.len() > 1
        && lines[1..]
            .iter()
            .filter(|line| !line.trim().is_empty())
            .all(|line| line.trim_start().starts_with('*'));
    if !is_decorated {
        return lines;
    }
    let mut out = vec![lines[0]];
    out.extend(lines[1..].iter().map(|line| {
        let trimmed = line.trim_start();
        trimmed.strip_prefix('*').unwrap_or(trimmed)
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::docs_text;

    fn docs(lines: &[&str]) -> String {
        docs_text(
            &lines
                .iter()
                .map(|line| (*line).to_owned())
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn strips_common_indentation_and_blank_ends() {
        assert_eq!(
            docs(&["", " First line.", "   indented", "", " last", " "]),
            "First line.\n  indented\n\nlast"
        );
        assert_eq!(docs(&["   a", "     b"]), "a\n  b");
        assert_eq!(docs(&[" a", "\u{3000}b"]), "a\nb");
        assert_eq!(docs(&[]), "");
        assert_eq!(docs(&["  ", ""]), "");
    }

    #[test]
    fn trims_trailing_whitespace() {
        assert_eq!(docs(&[" a  ", " b\t"]), "a\nb");
    }

    #[test]
    fn splits_block_comments() {
        assert_eq!(
            docs(&["\n Block one.\n Block two.\n"]),
            "Block one.\nBlock two."
        );
        assert_eq!(docs(&[" Block doc comment. "]), "Block doc comment.");
    }

    #[test]
    fn removes_the_star_column_of_block_comments() {
        assert_eq!(
            docs(&["\n * One.\n *\n *   Indented.\n "]),
            "One.\n\n  Indented."
        );
        assert_eq!(docs(&["\n   * a\n   * b\n   "]), "a\nb");
    }

    #[test]
    fn keeps_a_star_that_is_not_a_column() {
        assert_eq!(docs(&["\nItems:\n* one\n"]), "Items:\n* one");
    }
}
