//! The message template: the grammar of `format!` strings, parsed at compile
//! time so that the macro can check every placeholder against the fields,
//! rename the arguments, and escape the literal text for the JSON body.

use std::fmt::Write as _;
use std::str::Chars;

/// A parsed template. `A` is how a placeholder names its argument: an
/// [`ArgRef`] as written, or a field index once resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template<A> {
    pub pieces: Vec<Piece<A>>,
}

/// Literal text (braces already unescaped) or one placeholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<A> {
    Lit(String),
    Arg(Placeholder<A>),
}

/// `{arg:spec}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placeholder<A> {
    pub arg: A,
    pub spec: Spec<A>,
}

/// An argument as the template writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgRef {
    /// `{}`: the next positional argument, counted like `format!` counts.
    Next,
    /// `{0}`.
    Index(usize),
    /// `{name}`.
    Name(String),
}

/// Everything after the `:` of a placeholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec<A> {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<Count<A>>,
    pub precision: Option<Precision<A>>,
    /// The formatting trait: empty, `?`, `x`, `x?`, `e`, ...
    pub kind: String,
}

/// A width or precision: a number, or an argument followed by `$`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Count<A> {
    Lit(usize),
    Arg(A),
}

/// A precision; `format!` accepts a bare `.` and ignores it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Precision<A> {
    Bare,
    Count(Count<A>),
}

/// The formatting trait a placeholder asks of its argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trait {
    Display,
    Debug,
    LowerHex,
    UpperHex,
    Octal,
    Binary,
    LowerExp,
    UpperExp,
    /// `{:p}` of a reference to a field: every reference is a pointer.
    Pointer,
}

impl<A> Default for Spec<A> {
    fn default() -> Self {
        Spec {
            fill: None,
            align: None,
            sign: None,
            alternate: false,
            zero: false,
            width: None,
            precision: None,
            kind: String::new(),
        }
    }
}

impl<A> Template<A> {
    /// Whether the template has no placeholder.
    pub fn is_static(&self) -> bool {
        for piece in &self.pieces {
            if let Piece::Arg(_) = piece {
                return false;
            }
        }
        true
    }

    /// The placeholders, in order. (Only the client side's parser reads
    /// them this way.)
    #[cfg(feature = "serde")]
    pub fn placeholders(&self) -> impl Iterator<Item = &Placeholder<A>> {
        self.pieces.iter().filter_map(|piece| match piece {
            Piece::Arg(placeholder) => Some(placeholder),
            Piece::Lit(_) => None,
        })
    }

    /// The text of a template without placeholders.
    pub fn literal_text(&self) -> String {
        let mut out = String::new();
        for piece in &self.pieces {
            if let Piece::Lit(text) = piece {
                out.push_str(text);
            }
        }
        out
    }

    /// Replaces each argument with what `resolve` maps it to, or returns
    /// the errors `resolve` reported.
    pub fn try_map<B, E>(
        self,
        resolve: &mut impl FnMut(A) -> Result<B, E>,
    ) -> Result<Template<B>, Vec<E>> {
        let mut pieces = Vec::new();
        let mut errors = Vec::new();
        for piece in self.pieces {
            match piece {
                Piece::Lit(text) => pieces.push(Piece::Lit(text)),
                Piece::Arg(arg) => match arg.try_map(resolve) {
                    Ok(arg) => pieces.push(Piece::Arg(arg)),
                    Err(mut more) => errors.append(&mut more),
                },
            }
        }
        if errors.is_empty() {
            Ok(Template { pieces })
        } else {
            Err(errors)
        }
    }
}

impl<A> Placeholder<A> {
    /// Maps the argument and the counts of the spec.
    fn try_map<B, E>(
        self,
        resolve: &mut impl FnMut(A) -> Result<B, E>,
    ) -> Result<Placeholder<B>, Vec<E>> {
        let Spec {
            fill,
            align,
            sign,
            alternate,
            zero,
            width,
            precision,
            kind,
        } = self.spec;
        let arg = resolve(self.arg);
        let width = match width {
            Some(count) => count.try_map(resolve).map(Some),
            None => Ok(None),
        };
        let precision = match precision {
            Some(precision) => precision.try_map(resolve).map(Some),
            None => Ok(None),
        };
        match (arg, width, precision) {
            (Ok(arg), Ok(width), Ok(precision)) => Ok(Placeholder {
                arg,
                spec: Spec {
                    fill,
                    align,
                    sign,
                    alternate,
                    zero,
                    width,
                    precision,
                    kind,
                },
            }),
            (arg, width, precision) => {
                let mut errors = Vec::new();
                if let Err(error) = arg {
                    errors.push(error);
                }
                if let Err(error) = width {
                    errors.push(error);
                }
                if let Err(error) = precision {
                    errors.push(error);
                }
                Err(errors)
            }
        }
    }
}

impl<A> Precision<A> {
    fn try_map<B, E>(self, resolve: &mut impl FnMut(A) -> Result<B, E>) -> Result<Precision<B>, E> {
        match self {
            Precision::Bare => Ok(Precision::Bare),
            Precision::Count(count) => count.try_map(resolve).map(Precision::Count),
        }
    }
}

impl<A> Count<A> {
    fn try_map<B, E>(self, resolve: &mut impl FnMut(A) -> Result<B, E>) -> Result<Count<B>, E> {
        match self {
            Count::Lit(n) => Ok(Count::Lit(n)),
            Count::Arg(arg) => resolve(arg).map(Count::Arg),
        }
    }
}

impl<A> Spec<A> {
    /// Whether the spec is `{}` or `{:?}`: no fill, alignment, sign, flag,
    /// width or precision, so that the value is formatted as its trait
    /// formats it by default.
    pub fn is_plain(&self) -> bool {
        self.fill.is_none()
            && self.align.is_none()
            && self.sign.is_none()
            && !self.alternate
            && !self.zero
            && self.width.is_none()
            && self.precision.is_none()
            && matches!(self.kind.as_str(), "" | "?")
    }

    /// The formatting trait the spec needs.
    pub fn trait_(&self) -> Trait {
        match self.kind.as_str() {
            "?" | "x?" | "X?" => Trait::Debug,
            "x" => Trait::LowerHex,
            "X" => Trait::UpperHex,
            "o" => Trait::Octal,
            "b" => Trait::Binary,
            "e" => Trait::LowerExp,
            "E" => Trait::UpperExp,
            "p" => Trait::Pointer,
            _ => Trait::Display,
        }
    }

    /// The arguments the width and precision name.
    pub fn count_args(&self) -> Vec<&A> {
        let mut args = Vec::new();
        if let Some(Count::Arg(arg)) = &self.width {
            args.push(arg);
        }
        if let Some(Precision::Count(Count::Arg(arg))) = &self.precision {
            args.push(arg);
        }
        args
    }

    /// The spec as `format!` reads it, with each argument written by `name`;
    /// empty when there is nothing after the argument.
    pub fn render(&self, name: impl Fn(&A) -> String) -> String {
        let mut out = String::new();
        if let Some(align) = self.align {
            if let Some(fill) = self.fill {
                out.push(fill);
            }
            out.push(align);
        }
        if let Some(sign) = self.sign {
            out.push(sign);
        }
        if self.alternate {
            out.push('#');
        }
        if self.zero {
            out.push('0');
        }
        if let Some(width) = &self.width {
            render_count(&mut out, width, &name);
        }
        match &self.precision {
            None => {}
            Some(Precision::Bare) => out.push('.'),
            Some(Precision::Count(count)) => {
                out.push('.');
                render_count(&mut out, count, &name);
            }
        }
        out.push_str(&self.kind);
        out
    }
}

fn render_count<A>(out: &mut String, count: &Count<A>, name: &impl Fn(&A) -> String) {
    match count {
        Count::Lit(n) => {
            let _ = write!(out, "{n}");
        }
        Count::Arg(arg) => {
            out.push_str(&name(arg));
            out.push('$');
        }
    }
}

/// Why a template does not parse; the text is the whole message, and the
/// caller points it at the literal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError(pub String);

/// Parses a template in the grammar of `format!`.
pub fn parse(text: &str) -> Result<Template<ArgRef>, SyntaxError> {
    Parser {
        chars: text.chars(),
    }
    .template()
}

struct Parser<'a> {
    chars: Chars<'a>,
}

const FORMAT_TRAITS: &[&str] = &["", "?", "x?", "X?", "x", "X", "o", "b", "e", "E", "p"];

impl Parser<'_> {
    fn template(mut self) -> Result<Template<ArgRef>, SyntaxError> {
        let mut pieces = Vec::new();
        let mut text = String::new();
        while let Some(ch) = self.chars.next() {
            match ch {
                '{' if self.eat('{') => text.push('{'),
                '}' if self.eat('}') => text.push('}'),
                '{' => {
                    if !text.is_empty() {
                        pieces.push(Piece::Lit(std::mem::take(&mut text)));
                    }
                    pieces.push(Piece::Arg(self.placeholder()?));
                }
                '}' => return Err(error("unmatched `}`; write `}}` for a literal brace")),
                _ => text.push(ch),
            }
        }
        if !text.is_empty() {
            pieces.push(Piece::Lit(text));
        }
        Ok(Template { pieces })
    }

    /// After the `{`.
    fn placeholder(&mut self) -> Result<Placeholder<ArgRef>, SyntaxError> {
        if self.peek().is_none() {
            return Err(unterminated());
        }
        let arg = match self.argument()? {
            Some(arg) => arg,
            None => ArgRef::Next,
        };
        self.skip_whitespace();
        let spec = if self.eat(':') {
            self.spec()?
        } else {
            Spec::default()
        };
        self.skip_whitespace();
        match self.chars.next() {
            Some('}') => Ok(Placeholder { arg, spec }),
            Some(found) => Err(error(&format!(
                "expected `}}` in a placeholder, found `{found}`; write `{{{{` for a literal brace"
            ))),
            None => Err(unterminated()),
        }
    }

    /// An index or a name, if one starts here.
    fn argument(&mut self) -> Result<Option<ArgRef>, SyntaxError> {
        if let Some(index) = self.integer()? {
            return Ok(Some(ArgRef::Index(index)));
        }
        if let Some(name) = self.identifier()? {
            return Ok(Some(ArgRef::Name(name)));
        }
        Ok(None)
    }

    fn spec(&mut self) -> Result<Spec<ArgRef>, SyntaxError> {
        let mut spec = Spec::default();
        self.fill_align(&mut spec);
        if let Some(sign @ ('+' | '-')) = self.peek() {
            self.chars.next();
            spec.sign = Some(sign);
        }
        spec.alternate = self.eat('#');
        spec.zero = self.is_zero_flag() && self.eat('0');
        spec.width = self.count()?;
        if self.eat('.') {
            spec.precision = Some(self.precision()?);
        }
        spec.kind = self.kind()?;
        Ok(spec)
    }

    fn fill_align(&mut self, spec: &mut Spec<ArgRef>) {
        let mut ahead = self.chars.clone();
        match (ahead.next(), ahead.next()) {
            (Some(fill), Some(align @ ('<' | '^' | '>'))) => {
                spec.fill = Some(fill);
                spec.align = Some(align);
                self.chars.next();
                self.chars.next();
            }
            (Some(align @ ('<' | '^' | '>')), _) => {
                spec.align = Some(align);
                self.chars.next();
            }
            _ => {}
        }
    }

    /// A `0` is the zero flag unless it is the argument `0$` of a width.
    fn is_zero_flag(&self) -> bool {
        let mut ahead = self.chars.clone();
        ahead.next() == Some('0') && ahead.next() != Some('$')
    }

    /// A width: `5`, `1$` or `name$`.
    fn count(&mut self) -> Result<Option<Count<ArgRef>>, SyntaxError> {
        let before = self.chars.clone();
        if let Some(n) = self.integer()? {
            return Ok(Some(if self.eat('$') {
                Count::Arg(ArgRef::Index(n))
            } else {
                Count::Lit(n)
            }));
        }
        match self.identifier()? {
            Some(name) if self.eat('$') => Ok(Some(Count::Arg(ArgRef::Name(name)))),
            _ => {
                // Not a count: the word is the formatting trait.
                self.chars = before;
                Ok(None)
            }
        }
    }

    fn precision(&mut self) -> Result<Precision<ArgRef>, SyntaxError> {
        if self.eat('*') {
            return Err(error(
                "`.*` is not supported in a message; name the field that holds the \
                 precision, as in `{value:.prec$}`",
            ));
        }
        Ok(match self.count()? {
            Some(count) => Precision::Count(count),
            None => Precision::Bare,
        })
    }

    fn kind(&mut self) -> Result<String, SyntaxError> {
        let mut kind = self.word();
        if self.eat('?') {
            kind.push('?');
        }
        if FORMAT_TRAITS.contains(&kind.as_str()) {
            Ok(kind)
        } else {
            Err(error(&format!(
                "unknown format trait `{kind}`; expected one of `?`, `x`, `X`, `o`, `b`, `e`, `E`, `p`, `x?`, `X?`"
            )))
        }
    }

    fn integer(&mut self) -> Result<Option<usize>, SyntaxError> {
        let mut digits = String::new();
        while let Some(ch) = self.peek() {
            if !ch.is_ascii_digit() {
                break;
            }
            digits.push(ch);
            self.chars.next();
        }
        if digits.is_empty() {
            return Ok(None);
        }
        match parse_usize(&digits) {
            Some(n) => Ok(Some(n)),
            None => Err(error(&format!("number `{digits}` is too large"))),
        }
    }

    fn identifier(&mut self) -> Result<Option<String>, SyntaxError> {
        match self.peek() {
            Some(ch) if ch == '_' || ch.is_alphabetic() => {}
            _ => return Ok(None),
        }
        let word = self.word();
        if word == "_" {
            return Err(error("invalid argument name `_`; name a field"));
        }
        Ok(Some(word))
    }

    fn word(&mut self) -> String {
        let mut word = String::new();
        while let Some(ch) = self.peek() {
            if ch != '_' && !ch.is_alphanumeric() {
                break;
            }
            word.push(ch);
            self.chars.next();
        }
        word
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(ch) if ch.is_whitespace()) {
            self.chars.next();
        }
    }

    fn eat(&mut self, expected: char) -> bool {
        let found = self.peek() == Some(expected);
        if found {
            self.chars.next();
        }
        found
    }

    /// The next char, left unread.
    fn peek(&self) -> Option<char> {
        self.chars.clone().next()
    }
}

fn unterminated() -> SyntaxError {
    error("unterminated `{`; write `{{` for a literal brace")
}

fn error(message: &str) -> SyntaxError {
    SyntaxError(message.to_owned())
}

/// The `usize` that `text` spells in decimal, read as `str::parse` reads
/// it: an optional `+`, then digits.
pub fn parse_usize(text: &str) -> Option<usize> {
    match decimal(text)? {
        (false, magnitude) => usize::try_from(magnitude).ok(),
        (true, _) => None,
    }
}

/// The `i128` that `text` spells in decimal, read as `str::parse` reads
/// it: an optional `+` or `-`, then digits.
pub fn parse_i128(text: &str) -> Option<i128> {
    match decimal(text)? {
        (false, magnitude) => i128::try_from(magnitude).ok(),
        (true, magnitude) => 0i128.checked_sub_unsigned(magnitude),
    }
}

/// Whether `text` has a `-` sign, and the number its digits spell, if it
/// is a sign and digits and the number fits in a `u128`. A plain loop: the
/// standard library's parser compiles to a large function for each integer
/// type it reads.
fn decimal(text: &str) -> Option<(bool, u128)> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() {
        return None;
    }
    let mut magnitude: u128 = 0;
    for byte in digits.bytes() {
        if !byte.is_ascii_digit() {
            return None;
        }
        magnitude = magnitude
            .checked_mul(10)?
            .checked_add(u128::from(byte - b'0'))?;
    }
    Some((negative, magnitude))
}

/// Writes literal text the way `format!` reads it back: braces doubled.
pub fn escape_braces(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '{' => out.push_str("{{"),
            '}' => out.push_str("}}"),
            _ => out.push(ch),
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod number_tests {
    use super::{parse_i128, parse_usize};

    #[test]
    fn numbers_read_as_str_parse_reads_them() {
        let texts = [
            "",
            "+",
            "-",
            "0",
            "-0",
            "+0",
            "007",
            "404",
            "-404",
            "+404",
            "4_04",
            "4 04",
            "404u16",
            "--1",
            "+-1",
            "18446744073709551615",
            "18446744073709551616",
            "170141183460469231731687303715884105727",
            "170141183460469231731687303715884105728",
            "-170141183460469231731687303715884105728",
            "-170141183460469231731687303715884105729",
            "340282366920938463463374607431768211455",
            "340282366920938463463374607431768211456",
            "99999999999999999999999999999999999999999999",
            "١٢",
        ];
        for text in texts {
            assert_eq!(parse_usize(text), text.parse().ok(), "{text:?}");
            assert_eq!(parse_i128(text), text.parse().ok(), "{text:?}");
        }
    }
}
