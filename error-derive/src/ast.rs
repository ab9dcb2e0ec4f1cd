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
                if let (None, Some(near)) = (attrs.status, attrs.near_miss("status")) {
                    // Reported once here, not again at every variant.
                    near.report(errors);
                    out.has_default_status = true;
                }
                out.variants.reserve(data.variants.len());
                // `pairs`, not `iter`: syn boxes the iterator of `iter`,
                // which compiles to many functions for each element type.
                for pair in data.variants.pairs() {
                    out.variants.push(Variant::from_syn(pair.value(), errors));
                }
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
        let mut out = Variant {
            ident,
            name: unraw(ident),
            style,
            fields: Vec::with_capacity(fields.len()),
            attrs,
        };
        for (index, field) in fields.iter().enumerate() {
            out.fields.push(Field::from_syn(index, field, errors));
        }
        out
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
        let (name, span) = match &field.ident {
            Some(ident) => (unraw(ident), ident.span()),
            None => (index.to_string(), syn::spanned::Spanned::span(&field.ty)),
        };
        Field {
            name,
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
        if self.ident.is_some() {
            return self.name.clone();
        }
        match type_name(self.ty) {
            Some(name) => crate::case::snake_case(&name),
            None => "value".to_owned(),
        }
    }
}

fn type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => Some(unraw(&path.path.segments.last()?.ident)),
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
    let mut lines = Vec::new();
    for doc in docs {
        push_undecorated(doc, &mut lines);
    }
    // The non-blank lines: where they start and end, and their least
    // indentation.
    let mut first = None;
    let mut end = 0;
    let mut indent = usize::MAX;
    for (at, line) in lines.iter_mut().enumerate() {
        *line = line.trim_end();
        if !line.is_empty() {
            if first.is_none() {
                first = Some(at);
            }
            end = at + 1;
            indent = indent.min(indentation(line));
        }
    }
    let mut out = String::new();
    let Some(first) = first else {
        return out;
    };
    for (at, line) in lines[first..end].iter().enumerate() {
        if at > 0 {
            out.push('\n');
        }
        out.push_str(dedent(line, indent));
    }
    out
}

/// The number of whitespace characters a line starts with.
fn indentation(line: &str) -> usize {
    let mut count = 0;
    for ch in line.chars() {
        if !ch.is_whitespace() {
            break;
        }
        count += 1;
    }
    count
}

/// `line` without its first `count` characters, all whitespace; a blank
/// line may be shorter.
fn dedent(line: &str, count: usize) -> &str {
    match line.char_indices().nth(count) {
        Some((at, _)) => &line[at..],
        None => "",
    }
}

/// Adds the lines of one doc attribute to `lines`. A block comment whose
/// lines after the first all start with a `*` (after any indentation) loses
/// that column.
fn push_undecorated<'a>(doc: &'a str, lines: &mut Vec<&'a str>) {
    let start = lines.len();
    for line in doc.split('\n') {
        lines.push(line);
    }
    let rest = &mut lines[start + 1..];
    let mut is_decorated = !rest.is_empty();
    for line in rest.iter() {
        if !line.trim().is_empty() && !line.trim_start().starts_with('*') {
            is_decorated = false;
        }
    }
    if !is_decorated {
        return;
    }
    for line in rest {
        let trimmed = line.trim_start();
        *line = trimmed.strip_prefix('*').unwrap_or(trimmed);
    }
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
