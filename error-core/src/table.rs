//! The catalogue and the texts of a derived type, as data.
//!
//! The derive writes everything it knows of each variant (its catalogue
//! entry, and how its message, description and bodies are assembled) into
//! one string literal, and emits code only for what needs the value: which
//! variant it is, and how to format each of its placeholders. The string
//! is read once, on first use, into a [`Table`].
//!
//! A string costs the compiler next to nothing, where a constant `Entry`
//! per variant, or a match arm per variant and per text, costs it time in
//! every build of the user's crate.
//!
//! # The packed form
//!
//! A sequence of items, each a string written as its length in bytes, a
//! `:`, and the bytes (`5:hello`), or `~` for an absent optional string.
//! Numbers are strings of their digits, the format `m` (Mastodon) or `p`
//! (problem details), and `masked` `1` or `0`. Per variant, in order:
//! the fields of [`Entry`] in declaration order (placeholders and headers
//! as a count followed by their strings), then the recipes of the message,
//! the description (or `~`) and the `Display` text (or `~` when it is the
//! message). A recipe is a count of steps, each `L` with its text or `V`
//! with a placeholder's number. The bodies are the texts escaped inside
//! their JSON framing; one without placeholders or details is the entry's
//! example, which the derive wrote exactly as the body.

use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use crate::json::{escape_into, JsonBody};
use crate::{Entry, Format, Header, Placeholder, StatusCode};

/// What the derive emits for a value: which variant it is, and its
/// placeholders. Not a public API.
#[doc(hidden)]
pub trait Render {
    /// The index of the value's variant, in declaration order.
    fn __index(&self) -> usize;

    /// Writes placeholder `n` of the value's variant to `out`, formatted
    /// alone with its spec.
    fn __value(&self, n: usize, out: &mut dyn fmt::Write) -> fmt::Result;

    /// Appends `,"details":...` for a variant with a `#[details]` field.
    fn __write_details(&self, body: &mut JsonBody) {
        let _ = body;
    }
}

/// One step of assembling a text.
#[derive(Clone, Copy, Debug)]
enum Step {
    /// Literal text; in a body, already escaped.
    Lit(&'static str),
    /// A placeholder of the variant, by number.
    Value(usize),
    /// The `#[details]` field, in a body.
    Details,
}

/// How one text of a variant is assembled.
#[derive(Debug, Default)]
struct Recipe {
    steps: Vec<Step>,
}

impl Recipe {
    /// The text, when it has no placeholder.
    fn fixed(&self) -> Option<&'static str> {
        match self.steps[..] {
            [] => Some(""),
            [Step::Lit(text)] => Some(text),
            _ => None,
        }
    }

    /// Room for the literal text and a short value per placeholder.
    fn capacity(&self) -> usize {
        self.steps
            .iter()
            .map(|step| match step {
                Step::Lit(text) => text.len(),
                Step::Value(_) | Step::Details => 16,
            })
            .sum()
    }
}

/// The texts of one variant.
#[derive(Debug, Default)]
struct Texts {
    message: Recipe,
    description: Option<Recipe>,
    /// What `Display` shows when it is not the message: the declared
    /// message of a masked variant.
    display: Option<Recipe>,
    /// The JSON body, its literal text escaped and merged; empty when the
    /// body is fixed, and then the entry's example.
    body: Recipe,
    /// The problem details body, likewise.
    problem: Recipe,
}

impl Texts {
    /// Assembles the bodies of a variant from its texts: the JSON framing
    /// around them, literal text escaped once, here, and merged.
    fn with_bodies(mut self, entry: &Entry) -> Self {
        let fixed_message = self.message.fixed().is_some();
        let fixed = entry.details.is_none()
            && fixed_message
            && self
                .description
                .as_ref()
                .map_or(true, |text| text.fixed().is_some());
        if !fixed {
            let mut body = Assembler::default();
            body.raw("{\"error\":\"");
            body.text(&self.message);
            if let Some(description) = &self.description {
                body.raw("\",\"error_description\":\"");
                body.text(description);
            }
            body.raw("\"");
            if entry.details.is_some() {
                body.step(Step::Details);
            }
            body.raw("}");
            self.body = body.finish();
        }
        if !fixed_message {
            let mut problem = Assembler::default();
            crate::error::push_problem_head(&mut problem.pending, entry);
            problem.text(&self.message);
            problem.raw("\"}");
            self.problem = problem.finish();
        }
        self
    }
}

/// Builds the recipe of a body, merging literal text.
#[derive(Default)]
struct Assembler {
    steps: Vec<Step>,
    pending: String,
}

impl Assembler {
    fn raw(&mut self, escaped: &str) {
        self.pending.push_str(escaped);
    }

    fn text(&mut self, recipe: &Recipe) {
        for step in &recipe.steps {
            match *step {
                Step::Lit(text) => escape_into(&mut self.pending, text),
                step => self.step(step),
            }
        }
    }

    fn step(&mut self, step: Step) {
        self.flush();
        self.steps.push(step);
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let text = std::mem::take(&mut self.pending);
            // Made once per type, and kept for the life of the program.
            self.steps.push(Step::Lit(Box::leak(text.into_boxed_str())));
        }
    }

    fn finish(mut self) -> Recipe {
        self.flush();
        Recipe { steps: self.steps }
    }
}

#[derive(Debug, Default)]
struct Parsed {
    entries: Vec<Entry>,
    texts: Vec<Texts>,
}

/// The catalogue and texts of one derived type. Not a public API.
#[doc(hidden)]
#[derive(Debug)]
pub struct Table {
    packed: &'static str,
    parsed: OnceLock<Parsed>,
}

/// What a variant that the table does not hold reads as. The derive writes
/// the table it indexes, so this is never seen; it keeps a mismatch from
/// becoming a panic.
const MISSING: Entry = Entry::__new(
    "",
    StatusCode::INTERNAL_SERVER_ERROR,
    "internal_server_error",
    "Internal Server Error",
    None,
    "Internal Server Error",
    None,
    "",
)
.__details(&[], "{\"error\":\"Internal Server Error\"}", None, None);

static NO_TEXTS: Texts = Texts {
    message: Recipe { steps: Vec::new() },
    description: None,
    display: None,
    body: Recipe { steps: Vec::new() },
    problem: Recipe { steps: Vec::new() },
};

impl Table {
    /// The table of a packed string, read on first use.
    pub const fn new(packed: &'static str) -> Self {
        Table {
            packed,
            parsed: OnceLock::new(),
        }
    }

    #[inline]
    fn parsed(&self) -> &Parsed {
        self.parsed
            .get_or_init(|| Reader::new(self.packed).table().unwrap_or_default())
    }

    /// Every entry, in declaration order.
    #[inline]
    pub fn entries(&'static self) -> &'static [Entry] {
        &self.parsed().entries
    }

    /// The entry of the variant at `index`.
    #[inline]
    pub fn entry(&'static self, index: usize) -> &'static Entry {
        self.parsed().entries.get(index).unwrap_or(&MISSING)
    }

    #[inline]
    fn texts(&'static self, index: usize) -> &'static Texts {
        self.parsed().texts.get(index).unwrap_or(&NO_TEXTS)
    }

    /// The message of `value`: borrowed when it has no placeholder.
    #[inline]
    pub fn message<E: Render + ?Sized>(&'static self, value: &E) -> Cow<'static, str> {
        plain(&self.texts(value.__index()).message, value)
    }

    /// The description of `value`, if its variant has one.
    pub fn description<E: Render + ?Sized>(&'static self, value: &E) -> Option<Cow<'static, str>> {
        let recipe = self.texts(value.__index()).description.as_ref()?;
        Some(plain(recipe, value))
    }

    /// The entry and the texts of the variant of `value`.
    #[inline]
    fn variant<E: Render + ?Sized>(&'static self, value: &E) -> (&'static Entry, &'static Texts) {
        let parsed = self.parsed();
        let index = value.__index();
        match (parsed.entries.get(index), parsed.texts.get(index)) {
            (Some(entry), Some(texts)) => (entry, texts),
            _ => (&MISSING, &NO_TEXTS),
        }
    }

    /// The JSON body of `value`: the entry's example when it is fixed.
    #[inline]
    pub fn json_body<E: Render + ?Sized>(&'static self, value: &E) -> Cow<'static, str> {
        let (entry, texts) = self.variant(value);
        json(&texts.body, entry.example, value)
    }

    /// The problem details body of `value`: the entry's example when it is
    /// fixed.
    pub fn problem_body<E: Render + ?Sized>(&'static self, value: &E) -> Cow<'static, str> {
        let (entry, texts) = self.variant(value);
        json(&texts.problem, entry.problem_example, value)
    }

    /// Writes the `Display` text of `value`: its message, or for a masked
    /// variant the message it was declared with. Unlike the message, it
    /// stops at a field whose implementation fails, and returns the error.
    pub fn display<E: Render + ?Sized>(
        &'static self,
        value: &E,
        out: &mut fmt::Formatter<'_>,
    ) -> fmt::Result {
        let texts = self.texts(value.__index());
        for step in &texts.display.as_ref().unwrap_or(&texts.message).steps {
            match *step {
                Step::Lit(text) => out.write_str(text)?,
                Step::Value(n) => value.__value(n, out)?,
                Step::Details => {}
            }
        }
        Ok(())
    }
}

/// A text with its placeholders formatted; a failing implementation keeps
/// what it wrote, and the rest of the text follows.
#[inline]
fn plain<E: Render + ?Sized>(recipe: &'static Recipe, value: &E) -> Cow<'static, str> {
    if let Some(text) = recipe.fixed() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(recipe.capacity());
    for step in &recipe.steps {
        match *step {
            Step::Lit(text) => out.push_str(text),
            Step::Value(n) => {
                let _ = value.__value(n, &mut out);
            }
            Step::Details => {}
        }
    }
    Cow::Owned(out)
}

/// A body from its recipe, or `fixed` when the recipe is empty.
#[inline]
fn json<E: Render + ?Sized>(recipe: &Recipe, fixed: &'static str, value: &E) -> Cow<'static, str> {
    if recipe.steps.is_empty() {
        return Cow::Borrowed(fixed);
    }
    let mut body = JsonBody::with_capacity(recipe.capacity());
    for step in &recipe.steps {
        match *step {
            Step::Lit(text) => body.raw(text),
            Step::Value(n) => body.escaped(|out| value.__value(n, out)),
            Step::Details => value.__write_details(&mut body),
        }
    }
    body.finish()
}

/// Reads the packed form. Every read returns `None` on a malformed
/// string instead of panicking.
struct Reader {
    rest: &'static str,
}

impl Reader {
    fn new(packed: &'static str) -> Self {
        Reader { rest: packed }
    }

    fn table(mut self) -> Option<Parsed> {
        let mut parsed = Parsed::default();
        while !self.rest.is_empty() {
            let entry = self.entry()?;
            parsed.texts.push(self.texts()?.with_bodies(&entry));
            parsed.entries.push(entry);
        }
        Some(parsed)
    }

    fn text(&mut self) -> Option<&'static str> {
        let (length, rest) = self.rest.split_once(':')?;
        let length: usize = length.parse().ok()?;
        let text = rest.get(..length)?;
        self.rest = &rest[length..];
        Some(text)
    }

    fn optional(&mut self) -> Option<Option<&'static str>> {
        match self.rest.strip_prefix('~') {
            Some(rest) => {
                self.rest = rest;
                Some(None)
            }
            None => self.text().map(Some),
        }
    }

    fn number<T: std::str::FromStr>(&mut self) -> Option<T> {
        self.text()?.parse().ok()
    }

    fn entry(&mut self) -> Option<Entry> {
        let name = self.text()?;
        let status = StatusCode::from_u16(self.number()?).ok()?;
        let code = self.text()?;
        let message = self.text()?;
        let description = self.optional()?;
        let client_message = self.text()?;
        let client_description = self.optional()?;
        let docs = self.text()?;
        let mut placeholders = Vec::new();
        for _ in 0..self.number::<usize>()? {
            let (name, field, ty) = (self.text()?, self.text()?, self.text()?);
            placeholders.push(Placeholder::__new(name, field, ty));
        }
        let example = self.text()?;
        let since = self.optional()?;
        let deprecated = self.optional()?;
        let format = match self.text()? {
            "p" => Format::Problem,
            _ => Format::Mastodon,
        };
        let problem_type = self.text()?;
        let title = self.text()?;
        let problem_example = self.text()?;
        let mut headers = Vec::new();
        for _ in 0..self.number::<usize>()? {
            headers.push(Header::__new(self.text()?, self.text()?));
        }
        let masked = self.text()? == "1";
        let details = self.optional()?;
        // Read once per type and kept for the life of the program, like
        // the constant they replace.
        let placeholders: &'static [Placeholder] = leak(placeholders);
        let headers: &'static [Header] = leak(headers);
        let mut entry = Entry::__new(
            name,
            status,
            code,
            message,
            description,
            client_message,
            client_description,
            docs,
        )
        .__details(placeholders, example, since, deprecated)
        .__problem(format, problem_type, title, problem_example)
        .__headers(headers)
        .__masked(masked);
        if let Some(details) = details {
            entry = entry.__with_details_field(details);
        }
        Some(entry)
    }

    fn texts(&mut self) -> Option<Texts> {
        Some(Texts {
            message: self.recipe()?,
            description: self.optional_recipe()?,
            display: self.optional_recipe()?,
            body: Recipe::default(),
            problem: Recipe::default(),
        })
    }

    fn optional_recipe(&mut self) -> Option<Option<Recipe>> {
        match self.rest.strip_prefix('~') {
            Some(rest) => {
                self.rest = rest;
                Some(None)
            }
            None => self.recipe().map(Some),
        }
    }

    fn recipe(&mut self) -> Option<Recipe> {
        let count: usize = self.number()?;
        let mut steps = Vec::with_capacity(count.min(64));
        for _ in 0..count {
            steps.push(match self.text()? {
                "L" => Step::Lit(self.text()?),
                "V" => Step::Value(self.number()?),
                _ => return None,
            });
        }
        Some(Recipe { steps })
    }
}

/// A slice that lives as long as the program; none for an empty one.
fn leak<T>(items: Vec<T>) -> &'static [T] {
    if items.is_empty() {
        return &[];
    }
    Box::leak(items.into_boxed_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Value;

    impl Render for Value {
        fn __index(&self) -> usize {
            0
        }
        fn __value(&self, n: usize, out: &mut dyn fmt::Write) -> fmt::Result {
            write!(out, "<{n}\">")
        }
    }

    /// The packed form of `items`, `~` left as it is.
    fn pack(items: &[&str]) -> &'static str {
        let mut out = String::new();
        for item in items {
            match *item {
                "~" => out.push('~'),
                item => out.push_str(&format!("{}:{item}", item.len())),
            }
        }
        Box::leak(out.into_boxed_str())
    }

    fn one() -> &'static str {
        pack(&[
            "A",
            "404",
            "a",
            "a {0}",
            "~",
            "a {x}",
            "~",
            "",
            "1",
            "x",
            "0",
            "String",
            r#"{"error":"a {x}"}"#,
            "~",
            "~",
            "m",
            "about:blank",
            "Not Found",
            r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"a {x}"}"#,
            "0",
            "0",
            "~",
            // message, description, display
            "2",
            "L",
            "a\"",
            "V",
            "0",
            "~",
            "~",
        ])
    }

    #[test]
    fn reads_what_the_derive_writes() {
        let table: &'static Table = Box::leak(Box::new(Table::new(one())));
        let entry = table.entry(0);
        assert_eq!(
            (entry.name, entry.status.as_u16(), entry.code),
            ("A", 404, "a")
        );
        assert_eq!(entry.placeholders[0].ty, "String");
        assert_eq!(table.message(&Value), "a\"<0\">");
        assert_eq!(table.json_body(&Value), r#"{"error":"a\"<0\">"}"#);
        assert_eq!(
            table.problem_body(&Value),
            r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"a\"<0\">"}"#
        );
        assert_eq!(table.description(&Value), None);
    }

    #[test]
    fn a_malformed_table_reads_as_empty_without_panicking() {
        let one = one();
        for packed in [
            "",
            "1:A",
            "9:A",
            "x",
            "3:404:",
            "1:A3:abc",
            &one[..one.len() - 3],
        ] {
            let table: &'static Table = Box::leak(Box::new(Table::new(packed)));
            assert!(table.entries().is_empty(), "{packed}");
            assert_eq!(table.entry(3).status.as_u16(), 500);
            assert_eq!(table.message(&Value), "");
        }
    }
}
