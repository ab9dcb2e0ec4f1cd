//! The Markdown reference page.

use super::html::{push_html, push_inlines, run_of};
use super::{by_status, reason_of};
use crate::{Entry, Header, Placeholder, StatusCode};

/// The Markdown reference page of a catalogue, titled `title`.
///
/// The page has a title, the attributes of the JSON body (`error`, and the
/// optional `error_description`), and a section per HTTP status in ascending
/// order. A status's entries keep their order in `entries`. Each entry is a
/// heading with its code and a list: the message as a client reads it (each
/// placeholder as `{name}`), then its error description if it has one, its
/// headers (`Name: template`, from `#[header]`) and the type of its
/// `#[details]` field if it has them, and its variant. The heading holds an
/// anchor whose id is the code, so that `#not_found` links to the entry,
/// and says `(deprecated)` for a deprecated entry. The message's item goes on with paragraphs: the
/// entry's docs, then those of its details that it has: its placeholders
/// (name, field and Rust type), an example body in a JSON code block, the
/// version that added it and its deprecation note.
///
/// Messages, descriptions, codes, names, placeholders, headers, types and
/// versions are shown in code spans, on one line: a line break or other
/// control character in them shows as a space, and nothing in them is read
/// as markup. A deprecation note keeps its code spans; the rest of it is
/// plain text.
///
/// Docs are rustdoc Markdown and are kept as written, as rustdoc keeps them;
/// only a tab in a line's indentation becomes spaces to the same column.
/// Every line of them is indented into the message's list item, so the
/// blocks they open (headings, code fences closed or not, lists, quotes,
/// HTML blocks) end with the item: the page's headings and lists stay as
/// they are, though the entry's details, in the same item, are held by a
/// code fence or HTML block that the docs leave open. Two things in docs
/// reach beyond their entry, because Markdown defines them so:
///
/// - a link reference definition (`[name]: url`) holds for the whole page,
///   so it also serves the links of other entries' docs, and the first
///   definition of a name wins; the page's own text has no links;
/// - raw HTML is passed on as written, and a renderer that keeps HTML keeps
///   an unclosed element or comment too (`<details>`, `<!--`), which can
///   fold or hide the rest of the page as shown.
pub fn markdown_of(title: &str, entries: &[Entry]) -> String {
    let mut page = String::new();
    push_intro(&mut page, title);
    push_attributes(&mut page, entries);
    push_reasons(&mut page, entries);
    page
}

fn push_intro(page: &mut String, title: &str) {
    page.push_str("# ");
    push_text(page, title);
    page.push_str("\n\nEvery error that ");
    push_code_span(page, title);
    page.push_str(
        " can report. The HTTP status of a response says what kind of error \
         it is; the body is a JSON object with the attributes below.\n\n",
    );
}

fn push_attributes(page: &mut String, entries: &[Entry]) {
    page.push_str("## Attributes\n\n");
    push_attribute(page, "### `error`", "The error message.", None);
    push_attribute(
        page,
        "### `error_description` (optional)",
        "A longer description of the error.",
        Some(description_presence(entries)),
    );
}

fn push_attribute(page: &mut String, heading: &str, text: &str, presence: Option<&str>) {
    page.push_str(heading);
    page.push_str("\n\n- Description: ");
    page.push_str(text);
    page.push_str("\n- Type: String\n");
    if let Some(presence) = presence {
        page.push_str("- Present: ");
        page.push_str(presence);
        page.push('\n');
    }
    page.push('\n');
}

/// Which errors send `error_description`, as the attributes of both pages
/// say it.
pub(super) fn description_presence(entries: &[Entry]) -> &'static str {
    for entry in entries {
        if entry.description.is_some() {
            return "Only the errors below that list an error description send it.";
        }
    }
    "None of the errors below sends it."
}

fn push_reasons(page: &mut String, entries: &[Entry]) {
    page.push_str("## Possible reasons\n\n");
    if entries.is_empty() {
        page.push_str("The type reports no errors.\n");
        return;
    }

    for (status, group) in &by_status(entries) {
        page.push_str("### ");
        push_status_title(page, *status);
        page.push_str("\n\n");
        for entry in group {
            push_entry(page, entry);
        }
    }
}

/// The title of a status's section on both pages, such as `404 - Not Found`.
pub(super) fn push_status_title(page: &mut String, status: StatusCode) {
    page.push_str(status.as_str());
    page.push_str(" - ");
    page.push_str(reason_of(status));
}

fn push_entry(page: &mut String, entry: &Entry) {
    push_entry_heading(page, entry);
    page.push_str("\n- Error: ");
    push_code_span(page, entry.client_message);
    page.push_str(".\n");
    let has_docs = push_docs(page, entry.docs);
    let has_details = push_details(page, entry);

    let loose = has_docs || has_details;
    if let Some(description) = entry.client_description {
        push_code_item(page, "Error description", description, loose);
    }
    push_wire_items(page, entry, loose);
    push_code_item(page, "Variant", entry.name, loose);
    page.push('\n');
}

/// What else the response carries: the `Headers` item, each header as
/// `Name: template`, and the `Details` item with the type of the value
/// under the body's `details`.
fn push_wire_items(page: &mut String, entry: &Entry, loose: bool) {
    if !entry.headers.is_empty() {
        start_item(page, loose);
        page.push_str("Headers: ");
        push_headers(page, entry.headers, push_code_span);
        page.push('\n');
    }
    if let Some(ty) = entry.details {
        start_item(page, loose);
        page.push_str("Details: ");
        push_code_span(page, ty);
        page.push_str(" under `details`\n");
    }
}

/// The headers as both pages list them: each as `Name: template`, written
/// by `push_code`, and a comma between them.
pub(super) fn push_headers(
    page: &mut String,
    headers: &[Header],
    push_code: fn(&mut String, &str),
) {
    let mut separator = "";
    for header in headers {
        let mut text = String::with_capacity(header.name.len() + 2 + header.value.len());
        text.push_str(header.name);
        text.push_str(": ");
        text.push_str(header.value);
        page.push_str(separator);
        push_code(page, &text);
        separator = ", ";
    }
}

/// The line `#### `code``, marked when deprecated, with an anchor named by
/// the code.
///
/// The anchor comes last, so that the code follows the hashes as readers
/// of the page expect. GitHub also anchors a heading by its text; the space
/// before the anchor makes that name `code-`, not the code itself.
fn push_entry_heading(page: &mut String, entry: &Entry) {
    page.push_str("#### ");
    push_code_span(page, entry.code);
    if entry.deprecated.is_some() {
        page.push_str(" (deprecated)");
    }
    page.push_str(" <a id=\"");
    push_html(page, entry.code);
    page.push_str("\"></a>\n");
}

/// The docs as paragraphs of the list item above them: a blank line, then
/// every line indented by the item's two columns. Says whether there were
/// any docs.
fn push_docs(page: &mut String, docs: &str) -> bool {
    let lines = docs_lines(docs);
    if lines.is_empty() {
        return false;
    }

    page.push('\n');
    for &line in &lines {
        if is_blank(line) {
            page.push('\n');
        } else {
            page.push_str("  ");
            push_expanded(page, line);
            page.push('\n');
        }
    }
    true
}

/// `line` indented into the entry's `Error` item; a blank line stays empty.
fn push_indented(page: &mut String, line: &str) {
    if !is_blank(line) {
        page.push_str("  ");
        page.push_str(line);
    }
    page.push('\n');
}

/// The entry's details after its docs, as paragraphs of the `Error` item:
/// the placeholders of the message, an example body, the version that
/// added the error and the deprecation note. Says whether there were any.
///
/// They follow the docs so that the docs open the item, right under the
/// message, as on the Mastodon page; docs that leave a code fence or an
/// HTML comment open hold the details too.
///
/// Each detail opens with a blank line, and its lines are indented by the
/// item's two columns.
fn push_details(page: &mut String, entry: &Entry) -> bool {
    let start = page.len();
    if !entry.placeholders.is_empty() {
        push_placeholders(page, entry.placeholders);
    }
    if !entry.example.is_empty() {
        push_example(page, entry.example);
    }
    if let Some(since) = entry.since {
        page.push_str("\n  Since: ");
        push_code_span(page, since);
        page.push_str(".\n");
    }
    if let Some(note) = deprecation_note(entry) {
        // The note on one line: its code spans as code spans, and the rest
        // as plain text, so that nothing else in it is read as markup.
        page.push_str("\n  Deprecated: ");
        push_inlines(page, &one_line(note), push_text, push_code_span);
        page.push('\n');
    }
    page.len() > start
}

/// The note of a deprecated entry, unless it has none or it is blank.
pub(super) fn deprecation_note(entry: &Entry) -> Option<&'static str> {
    match entry.deprecated {
        Some(note) if !note.trim().is_empty() => Some(note),
        _ => None,
    }
}

/// The paragraph `Placeholders:` and a list of each placeholder with its
/// field and type.
fn push_placeholders(page: &mut String, placeholders: &[Placeholder]) {
    page.push_str("\n  Placeholders:\n\n");
    for placeholder in placeholders {
        page.push_str("  - ");
        push_code_span(page, &placeholder_text(placeholder));
        page.push_str(": field ");
        push_code_span(page, placeholder.field);
        page.push_str(", of type ");
        push_code_span(page, placeholder.ty);
        page.push('\n');
    }
}

/// A placeholder as messages show it: `{name}`.
pub(super) fn placeholder_text(placeholder: &Placeholder) -> String {
    let mut text = String::with_capacity(placeholder.name.len() + 2);
    text.push('{');
    text.push_str(placeholder.name);
    text.push('}');
    text
}

/// The example body in a JSON code block, fenced by more backticks than
/// any run of them in the body.
fn push_example(page: &mut String, example: &str) {
    let fence_len = longest_backtick_run(example).max(2) + 1;
    page.push_str("\n  Example body:\n\n  ");
    push_repeated(page, '`', fence_len);
    page.push_str("json\n");
    for &line in &lines_of(example) {
        push_indented(page, line);
    }
    page.push_str("  ");
    push_repeated(page, '`', fence_len);
    page.push('\n');
}

/// Starts the list item `- `, after a blank line when the list is loose
/// already.
fn start_item(page: &mut String, loose: bool) {
    if loose {
        page.push('\n');
    }
    page.push_str("- ");
}

/// The list item `- <label>: <text>`, the text as code.
fn push_code_item(page: &mut String, label: &str, text: &str, loose: bool) {
    start_item(page, loose);
    page.push_str(label);
    page.push_str(": ");
    push_code_span(page, text);
    page.push('\n');
}

/// The lines of `docs` without the blank lines at either end.
pub(super) fn docs_lines(docs: &str) -> Vec<&str> {
    let lines = lines_of(docs);
    let mut start = 0;
    let mut end = lines.len();
    while start < end && is_blank(lines[start]) {
        start += 1;
    }
    while end > start && is_blank(lines[end - 1]) {
        end -= 1;
    }
    lines[start..end].to_vec()
}

/// Whether Markdown reads `line` as a blank line: nothing but spaces and
/// tabs.
pub(super) fn is_blank(line: &str) -> bool {
    for byte in line.bytes() {
        if byte != b' ' && byte != b'\t' {
            return false;
        }
    }
    true
}

/// Writes `line` with the tabs of its indentation replaced by spaces up to
/// the next multiple of four columns, as Markdown counts them.
///
/// Indenting a line moves its tab stops; with spaces the line keeps the
/// columns it had, so an indented code block stays one and a paragraph
/// stays a paragraph.
fn push_expanded(page: &mut String, line: &str) {
    let mut columns = 0;
    let mut indent_len = 0;
    for byte in line.bytes() {
        columns = match byte {
            b' ' => columns + 1,
            b'\t' => columns / 4 * 4 + 4,
            _ => break,
        };
        indent_len += 1;
    }
    push_repeated(page, ' ', columns);
    page.push_str(&line[indent_len..]);
}

/// The lines of `text`, split at every line ending Markdown knows: `\n`,
/// `\r\n` and a lone `\r`.
pub(super) fn lines_of(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        for part in line.split('\r') {
            lines.push(part);
        }
    }
    lines
}

/// Writes `text` as one line of a Markdown code span.
///
/// The fence is one backtick longer than the longest run of backticks in the
/// text, and a space pads the text where Markdown would otherwise strip or
/// misread its first or last character. An empty text, which no code span
/// can show, is written as `*(empty)*`.
fn push_code_span(page: &mut String, text: &str) {
    let text = one_line(text);
    if text.is_empty() {
        page.push_str("*(empty)*");
        return;
    }

    let fence_len = longest_backtick_run(&text) + 1;
    let pad = needs_padding(&text);
    push_repeated(page, '`', fence_len);
    if pad {
        page.push(' ');
    }
    page.push_str(&text);
    if pad {
        page.push(' ');
    }
    push_repeated(page, '`', fence_len);
}

/// Writes `ch` `count` times.
fn push_repeated(page: &mut String, ch: char, count: usize) {
    for _ in 0..count {
        page.push(ch);
    }
}

fn longest_backtick_run(text: &str) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for byte in text.bytes() {
        run = if byte == b'`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Whether Markdown would read a code span of `text` differently from
/// `text`: a backtick at either end joins the fence, and a space at both
/// ends is stripped once.
fn needs_padding(text: &str) -> bool {
    let spaced = text.starts_with(' ') && text.ends_with(' ');
    let all_spaces = run_of(text, b' ') == text.len();
    text.starts_with('`') || text.ends_with('`') || (spaced && !all_spaces)
}

/// `text` with each control character, line endings included, replaced by
/// a space.
pub(super) fn one_line(text: &str) -> String {
    let mut line = String::with_capacity(text.len());
    for ch in text.chars() {
        line.push(if ch.is_control() { ' ' } else { ch });
    }
    line
}

/// Writes `text` as one line of plain Markdown text: a control character
/// is a space, and every ASCII punctuation character is backslash-escaped,
/// so none of them starts markup.
fn push_text(page: &mut String, text: &str) {
    for ch in text.chars() {
        let ch = if ch.is_control() { ' ' } else { ch };
        if ch.is_ascii_punctuation() {
            page.push('\\');
        }
        page.push(ch);
    }
}

/// What `push` writes for `text`: the unit tests' view of a writer.
#[cfg(test)]
pub(super) fn written(push: fn(&mut String, &str), text: &str) -> String {
    let mut out = String::new();
    push(&mut out, text);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::docs::test_entry as entry;

    fn code_span(text: &str) -> String {
        written(push_code_span, text)
    }

    fn escape_text(text: &str) -> String {
        written(push_text, text)
    }

    fn expand_indent(line: &str) -> String {
        written(push_expanded, line)
    }

    fn with_docs(mut entry: Entry, docs: &'static str) -> Entry {
        entry.docs = docs;
        entry
    }

    /// The lines of `page` after the heading of `code`, to the next heading.
    fn section<'a>(page: &'a str, code: &str) -> Vec<&'a str> {
        let heading = format!("#### `{code}` ");
        let start = page.lines().position(|l| l.starts_with(&heading)).unwrap();
        page.lines()
            .skip(start + 1)
            .take_while(|l| !l.starts_with('#'))
            .collect()
    }

    #[test]
    fn code_spans_survive_backticks_and_spaces() {
        assert_eq!(code_span("plain"), "`plain`");
        assert_eq!(code_span("a `b` c"), "``a `b` c``");
        assert_eq!(code_span("``x"), "``` ``x ```");
        assert_eq!(code_span("x`"), "`` x` ``");
        assert_eq!(code_span(" both "), "`  both  `");
        assert_eq!(code_span(" left"), "` left`");
        assert_eq!(code_span("   "), "`   `");
        assert_eq!(code_span(""), "*(empty)*");
    }

    #[test]
    fn code_spans_are_one_line() {
        assert_eq!(code_span("a\nb\r\nc\td"), "`a b  c d`");
        assert_eq!(code_span("\n# heading"), "` # heading`");
    }

    #[test]
    fn lines_end_at_every_markdown_line_ending() {
        assert_eq!(lines_of("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(lines_of("a\r\r\n\n"), ["a", "", "", ""]);
    }

    #[test]
    fn titles_escape_markup() {
        assert_eq!(escape_text("MastodonError"), "MastodonError");
        assert_eq!(escape_text("_My_Error_"), "\\_My\\_Error\\_");
    }

    #[test]
    fn statuses_ascend_and_entries_keep_their_order() {
        let entries = [
            entry(503, "later", "Later"),
            entry(400, "first", "First"),
            entry(503, "earlier", "Earlier"),
            entry(400, "second", "Second"),
        ];
        let page = markdown_of("Test", &entries);
        let reasons = page.split("## Possible reasons\n").nth(1).unwrap();
        let headings: Vec<_> = reasons.lines().filter(|l| l.starts_with('#')).collect();
        assert_eq!(
            headings,
            [
                "### 400 - Bad Request",
                "#### `first` <a id=\"first\"></a>",
                "#### `second` <a id=\"second\"></a>",
                "### 503 - Service Unavailable",
                "#### `later` <a id=\"later\"></a>",
                "#### `earlier` <a id=\"earlier\"></a>",
            ]
        );
    }

    #[test]
    fn statuses_without_a_reason_are_named_by_class() {
        let entries = [entry(499, "a", "A"), entry(599, "b", "B")];
        let page = markdown_of("Test", &entries);
        assert!(page.contains("\n### 499 - Client Error\n"));
        assert!(page.contains("\n### 599 - Server Error\n"));
    }

    #[test]
    fn an_entry_shows_message_docs_description_and_variant() {
        let mut grant = entry(400, "invalid_grant", "invalid_grant");
        grant.name = "InvalidGrant";
        grant.description = Some("The grant is {kind}.");
        grant.client_description = Some("The grant is {kind}.");
        grant.docs = "Appears when the grant\ncannot be used.\n\nSee `RFC 6749`.";
        let page = markdown_of("Test", &[grant]);
        assert_eq!(
            section(&page, "invalid_grant"),
            [
                "",
                "- Error: `invalid_grant`.",
                "",
                "  Appears when the grant",
                "  cannot be used.",
                "",
                "  See `RFC 6749`.",
                "",
                "- Error description: `The grant is {kind}.`",
                "",
                "- Variant: `InvalidGrant`",
                "",
            ]
        );
    }

    #[test]
    fn an_entry_without_docs_shows_its_message_alone() {
        let page = markdown_of("Test", &[entry(500, "db", "Internal Server Error")]);
        assert_eq!(
            section(&page, "db"),
            [
                "",
                "- Error: `Internal Server Error`.",
                "- Variant: `Variant`",
                ""
            ]
        );
    }

    #[test]
    fn docs_cannot_escape_their_entry() {
        let docs = "First.\r# Not a page heading\n```\nunclosed fence\r\n## Nor this";
        let entries = [with_docs(entry(400, "a", "A"), docs), entry(404, "b", "B")];
        let page = markdown_of("Test", &entries);
        let unindented: Vec<_> = page
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with("  "))
            .filter(|l| l.starts_with('#') || l.starts_with("```"))
            .collect();
        assert_eq!(
            unindented,
            [
                "# Test",
                "## Attributes",
                "### `error`",
                "### `error_description` (optional)",
                "## Possible reasons",
                "### 400 - Bad Request",
                "#### `a` <a id=\"a\"></a>",
                "### 404 - Not Found",
                "#### `b` <a id=\"b\"></a>",
            ]
        );
        assert!(page.contains("\n  # Not a page heading\n  ```\n  unclosed fence\n"));
    }

    #[test]
    fn docs_open_a_paragraph_of_their_own() {
        let docs = "```\nlet x = 1;\n```";
        let page = markdown_of("Test", &[with_docs(entry(400, "a", "A"), docs)]);
        assert_eq!(
            section(&page, "a"),
            [
                "",
                "- Error: `A`.",
                "",
                "  ```",
                "  let x = 1;",
                "  ```",
                "",
                "- Variant: `Variant`",
                "",
            ]
        );
    }

    #[test]
    fn docs_keep_their_indentation_and_drop_blank_ends() {
        let docs = "\n  \n    indented code\n\ttabbed\n \t mixed\n\t\n";
        let page = markdown_of("Test", &[with_docs(entry(400, "a", "A"), docs)]);
        let lines = section(&page, "a");
        assert_eq!(
            lines[1..7],
            [
                "- Error: `A`.",
                "",
                "      indented code",
                "      tabbed",
                "       mixed",
                "",
            ]
        );
    }

    #[test]
    fn indentation_tabs_become_spaces_to_the_same_column() {
        assert_eq!(expand_indent("\tx"), "    x");
        assert_eq!(expand_indent("  \tx\ty"), "    x\ty");
        assert_eq!(expand_indent("     \tx"), "        x");
        assert_eq!(expand_indent("  x\t"), "  x\t");
    }

    #[test]
    fn messages_cannot_break_the_page() {
        let entries = [entry(400, "a", "x\n\n## y | `z` <b>")];
        let page = markdown_of("Test", &entries);
        assert!(page.contains("\n- Error: ``x  ## y | `z` <b>``.\n- Variant"));
        assert!(!page.contains("\n## y"));
    }

    #[test]
    fn the_presence_of_error_description_follows_the_entries() {
        let plain = markdown_of("Test", &[entry(400, "a", "A")]);
        assert!(plain.contains("- Present: None of the errors below sends it.\n"));

        let mut described = entry(400, "a", "A");
        described.description = Some("More.");
        let page = markdown_of("Test", &[described]);
        assert!(page.contains(
            "- Present: Only the errors below that list an error description send it.\n"
        ));
    }

    #[test]
    fn an_empty_catalogue_says_so() {
        let page = markdown_of("Test", &[]);
        assert!(page.ends_with("## Possible reasons\n\nThe type reports no errors.\n"));
        assert!(page.contains("- Present: None of the errors below sends it.\n"));
    }
}
