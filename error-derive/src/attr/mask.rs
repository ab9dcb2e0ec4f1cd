//! `#[masked]` and `#[public]` on a variant: whether its message reaches
//! clients, whatever `#[api_error(mask = "...")]` says of its status class.

use super::Attrs;
use crate::ctxt::Errors;
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Meta};

/// What a variant's marker says.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Exposure {
    Masked,
    Public,
}

/// `#[masked]` or `#[public]`, with where it was written.
#[derive(Clone, Copy)]
pub struct Marker {
    pub exposure: Exposure,
    pub span: Span,
}

impl Attrs {
    /// The item's `#[masked]` or `#[public]`, if it says `exposure`.
    pub fn marked(&self, exposure: Exposure) -> Option<Marker> {
        match self.exposure {
            Some(marker) if marker.exposure == exposure => Some(marker),
            _ => None,
        }
    }
}

impl Exposure {
    fn key(self) -> &'static str {
        match self {
            Exposure::Masked => "masked",
            Exposure::Public => "public",
        }
    }
}

/// Reads `#[masked]` or `#[public]` (`name`) into `attrs`.
pub fn read(attrs: &mut Attrs, attr: &Attribute, name: &str, errors: &mut Errors) {
    let exposure = if name == "masked" {
        Exposure::Masked
    } else {
        Exposure::Public
    };
    let key = exposure.key();
    if !matches!(attr.meta, Meta::Path(_)) {
        errors.error(
            arguments_span(attr),
            format_args!("`#[{key}]` takes no arguments; write `#[{key}]`"),
        );
    }
    if !attrs.check_unique(key, attr, errors) {
        return;
    }
    let marker = Marker {
        exposure,
        span: attr.path().span(),
    };
    match attrs.exposure {
        Some(first) if first.exposure != exposure => errors.clash(
            marker.span,
            format_args!(
                "`#[{key}]` contradicts `#[{}]`; a variant is either masked or public: keep one",
                first.exposure.key()
            ),
            first.span,
            format_args!("`#[{}]` given here", first.exposure.key()),
        ),
        _ => attrs.exposure = Some(marker),
    }
}

/// The tokens after the attribute's name: `(...)` or `= ...`.
fn arguments_span(attr: &Attribute) -> Span {
    match &attr.meta {
        Meta::List(list) => list.delimiter.span().join(),
        Meta::NameValue(meta) => meta.value.span(),
        Meta::Path(path) => path.span(),
    }
}

/// `mask = "..."` of `#[api_error]`: the status classes whose variants are
/// masked unless marked `#[public]`.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum ClassMask {
    /// Only the variants without a message, which have nothing else to say.
    #[default]
    None,
    ClientErrors,
    ServerErrors,
    All,
}

const CLASS_NAMES: &[&str] = &["none", "4xx", "5xx", "all"];

impl ClassMask {
    /// Whether the class mask covers `status`.
    pub fn covers(self, status: u16) -> bool {
        match self {
            ClassMask::None => false,
            ClassMask::ClientErrors => status < 500,
            ClassMask::ServerErrors => status >= 500,
            ClassMask::All => true,
        }
    }
}

/// The value of `mask = "..."`, after the key.
pub fn class_value(input: syn::parse::ParseStream, key: &syn::Ident) -> syn::Result<ClassMask> {
    let example = "write `mask = \"5xx\"`, `\"4xx\"`, `\"all\"` or `\"none\"`";
    if input.parse::<Option<syn::Token![=]>>()?.is_none() || !input.peek(syn::LitStr) {
        let value = super::value_tokens(input)?;
        let message = format!("`mask` takes a status class in quotes; {example}");
        return Err(if value.is_empty() {
            syn::Error::new(key.span(), message)
        } else {
            crate::ctxt::spanned(&value, message)
        });
    }
    let lit: syn::LitStr = input.parse()?;
    match lit.value().as_str() {
        "none" => Ok(ClassMask::None),
        "4xx" => Ok(ClassMask::ClientErrors),
        "5xx" => Ok(ClassMask::ServerErrors),
        "all" => Ok(ClassMask::All),
        other => Err(syn::Error::new(
            lit.span(),
            format_args!(
                "unknown status class `{}` for `mask`{}",
                other.escape_debug(),
                match crate::suggest::did_you_mean(other, CLASS_NAMES) {
                    hint if hint.is_empty() => format!("; {example}"),
                    hint => hint,
                }
            ),
        )),
    }
}
