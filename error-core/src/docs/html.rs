//! The HTML reference page.

use super::by_status;
use super::markdown::{
    deprecation_note, description_presence, docs_lines, is_blank, one_line, placeholder_text,
    push_headers, push_status_title,
};
use crate::{Entry, Placeholder, StatusCode};

/// The page's only style: light, and inline so that the page is one file.
const STYLE: &str = "\
body{margin:0;background:#fafafa;color:#1f2328;\
font:16px/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}
h1{font-size:2rem;margin:.5rem 0}
h2{margin-top:2.5rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
h3{margin-top:2rem;color:#3d3d8f}
h4{margin:0 0 .5rem;font-size:1.1rem}
h5{margin:1rem 0 .3rem;font-size:.85rem;text-transform:uppercase;\
letter-spacing:.04em;color:#57606a}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;\
font-size:.9em}
code{background:#eff1f3;border-radius:4px;padding:.1em .3em}
pre{background:#f3f4f6;border:1px solid #d0d7de;border-radius:6px;\
padding:.7rem .9rem;overflow-x:auto}
pre code{background:none;padding:0}
pre.example{white-space:pre-wrap;overflow-wrap:anywhere}
a{color:#0b57d0;text-decoration:none}
a:hover{text-decoration:underline}
nav{background:#fff;border:1px solid #d0d7de;border-radius:8px;\
padding:.5rem 1.25rem}
nav h2{margin-top:.5rem;border:0;font-size:1.1rem}
nav li{margin:.2rem 0}
nav .codes{font-size:.85em;color:#57606a}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;\
margin:.5rem 0}
dt{font-weight:600;color:#57606a}
dd{margin:0;overflow-wrap:anywhere}
article{background:#fff;border:1px solid #d0d7de;border-left:4px solid #8c8cd9;\
border-radius:6px;padding:1rem 1.25rem;margin:1rem 0;scroll-margin-top:1rem}
article:target{border-left-color:#0b57d0;box-shadow:0 0 0 3px #c8dafc}
article.deprecated{border-left-color:#bf8700}
.self{color:inherit}
.badge{display:inline-block;margin-left:.5rem;padding:0 .5rem;\
border-radius:1rem;font-size:.75rem;font-weight:600;vertical-align:middle}
.since{background:#ddf4ff;color:#0a3069}
.badge.deprecated{background:#fff8c5;color:#7d4e00}
.note{background:#fff8c5;border-radius:6px;padding:.5rem .75rem}
table{border-collapse:collapse}
th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left}
th{background:#f6f8fa}
";

/// The HTML reference page of a catalogue, titled `title`.
///
/// One HTML5 document, readable on its own: the style is inline, and there
/// are no scripts, images, fonts or links to other files. It has what the
/// [Markdown page](super::markdown_of) has: a title, the attributes of the
/// JSON body, and a section per HTTP status, headed `404 - Not Found`, in
/// ascending order, whose entries keep their order in `entries`; a table
/// of contents links to each status.
///
/// Each entry is an `<article>` whose `id` is its code, so that
/// `errors.html#not_found` opens at it. It shows the code, the message as
/// a client reads it (each placeholder as `{name}`), the error description,
/// the headers (`Name: template`) and the type of the `#[details]` field if
/// there are, the variant, the docs, and those of its details that
/// it has: a `since` badge, a `deprecated` badge with the note, the
/// placeholders (name, field and Rust type) and an example body. The
/// page's own ids begin with a capital letter, which codes never hold.
///
/// Every text is escaped, and nothing in an entry is read as HTML. Docs are
/// rustdoc Markdown, of which the page renders only a little: blank lines
/// split paragraphs, a fenced code block is preformatted, and a code span
/// is code, as in a deprecation note. Everything else in them, raw HTML
/// included, is shown as the text written.
pub fn html_of(title: &str, entries: &[Entry]) -> String {
    let mut page = String::new();
    push_head(&mut page, title);
    push_intro(&mut page, title);
    push_contents(&mut page, entries);
    push_attributes(&mut page, entries);
    push_reasons(&mut page, entries);
    page.push_str("</main>\n</body>\n</html>\n");
    page
}

fn push_head(page: &mut String, title: &str) {
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n");
    page.push_str("<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str("<title>");
    push_html_line(page, title);
    page.push_str("</title>\n<style>\n");
    page.push_str(STYLE);
    page.push_str("</style>\n</head>\n<body>\n<main>\n");
}

fn push_intro(page: &mut String, title: &str) {
    page.push_str("<h1>");
    push_html_line(page, title);
    page.push_str("</h1>\n<p>Every error that <code>");
    push_html_line(page, title);
    page.push_str(
        "</code> can report. The HTTP status of a response says what kind of \
         error it is; the body is a JSON object with the attributes below.</p>\n",
    );
}

/// The table of contents: the attributes, then each status with the codes
/// of its entries.
fn push_contents(page: &mut String, entries: &[Entry]) {
    page.push_str("<nav aria-labelledby=\"Contents\">\n");
    page.push_str("<h2 id=\"Contents\">Contents</h2>\n");
    page.push_str("<ul>\n<li><a href=\"#Attributes\">Attributes</a></li>\n");
    page.push_str("<li><a href=\"#Possible-reasons\">Possible reasons</a>\n<ul>\n");
    for (status, group) in &by_status(entries) {
        page.push_str("<li><a href=\"#");
        push_status_id(page, *status);
        page.push_str("\">");
        push_status_title(page, *status);
        page.push_str("</a>\n<span class=\"codes\">");
        let mut separator = "";
        for entry in group {
            page.push_str(separator);
            push_code_link(page, entry.code);
            separator = ", ";
        }
        page.push_str("</span></li>\n");
    }
    page.push_str("</ul></li>\n</ul>\n</nav>\n");
}

fn push_code_link(page: &mut String, code: &str) {
    page.push_str("<a href=\"#");
    push_html(page, code);
    page.push_str("\">");
    push_html(page, code);
    page.push_str("</a>");
}

fn push_attributes(page: &mut String, entries: &[Entry]) {
    page.push_str("<section>\n<h2 id=\"Attributes\">Attributes</h2>\n");
    page.push_str("<h3><code>error</code></h3>\n<dl>\n");
    push_field(page, "Description", "The error message.");
    push_field(page, "Type", "String");
    page.push_str("</dl>\n<h3><code>error_description</code> (optional)</h3>\n<dl>\n");
    push_field(page, "Description", "A longer description of the error.");
    push_field(page, "Type", "String");
    push_field(page, "Present", description_presence(entries));
    page.push_str("</dl>\n</section>\n");
}

/// A label and its HTML, as a `<dt>` and a `<dd>` of a `<dl>`.
fn push_field(page: &mut String, label: &str, html: &str) {
    push_label(page, label);
    page.push_str(html);
    page.push_str("</dd>\n");
}

/// A label and its text as code.
fn push_code_field(page: &mut String, label: &str, text: &str) {
    push_label(page, label);
    push_code(page, text);
    page.push_str("</dd>\n");
}

/// The `<dt>` of `label`, and the start of the `<dd>` that follows it.
fn push_label(page: &mut String, label: &str) {
    page.push_str("<dt>");
    page.push_str(label);
    page.push_str("</dt>\n<dd>");
}

fn push_reasons(page: &mut String, entries: &[Entry]) {
    page.push_str("<section>\n<h2 id=\"Possible-reasons\">Possible reasons</h2>\n");
    if entries.is_empty() {
        page.push_str("<p>The type reports no errors.</p>\n");
    }

    for (status, group) in &by_status(entries) {
        page.push_str("<section>\n<h3 id=\"");
        push_status_id(page, *status);
        page.push_str("\">");
        push_status_title(page, *status);
        page.push_str("</h3>\n");
        for entry in group {
            push_entry(page, entry);
        }
        page.push_str("</section>\n");
    }
    page.push_str("</section>\n");
}

/// The id of a status's section: capitalised, so that no code takes it.
fn push_status_id(page: &mut String, status: StatusCode) {
    page.push_str("Status-");
    page.push_str(status.as_str());
}

fn push_entry(page: &mut String, entry: &Entry) {
    let class = if entry.deprecated.is_some() {
        "entry deprecated"
    } else {
        "entry"
    };
    page.push_str("<article class=\"");
    page.push_str(class);
    page.push_str("\" id=\"");
    push_html(page, entry.code);
    page.push_str("\">\n<h4><a class=\"self\" href=\"#");
    push_html(page, entry.code);
    page.push_str("\"><code>");
    push_html(page, entry.code);
    page.push_str("</code></a>");
    push_badges(page, entry);
    page.push_str("</h4>\n");

    if let Some(note) = deprecation_note(entry) {
        page.push_str("<p class=\"note\"><strong>Deprecated:</strong> ");
        push_inline_html(page, &one_line(note));
        page.push_str("</p>\n");
    }
    push_entry_fields(page, entry);
    push_docs(page, entry.docs);
    push_placeholders(page, entry.placeholders);
    push_example(page, entry.example);
    page.push_str("</article>\n");
}

fn push_badges(page: &mut String, entry: &Entry) {
    if let Some(since) = entry.since {
        page.push_str(" <span class=\"badge since\">since ");
        push_html_line(page, since);
        page.push_str("</span>");
    }
    if entry.deprecated.is_some() {
        page.push_str(" <span class=\"badge deprecated\">deprecated</span>");
    }
}

/// The message, the error description, the headers, the type of the
/// details and the variant, each as code.
fn push_entry_fields(page: &mut String, entry: &Entry) {
    page.push_str("<dl>\n");
    push_code_field(page, "Error", entry.client_message);
    if let Some(description) = entry.client_description {
        push_code_field(page, "Error description", description);
    }
    if !entry.headers.is_empty() {
        push_label(page, "Headers");
        push_headers(page, entry.headers, push_code);
        page.push_str("</dd>\n");
    }
    if let Some(ty) = entry.details {
        push_label(page, "Details");
        push_code(page, ty);
        page.push_str(" under <code>details</code></dd>\n");
    }
    push_code_field(page, "Variant", entry.name);
    page.push_str("</dl>\n");
}

/// `text` as one line of inline code.
fn push_code(page: &mut String, text: &str) {
    page.push_str("<code>");
    push_html_line(page, text);
    page.push_str("</code>");
}

fn push_placeholders(page: &mut String, placeholders: &[Placeholder]) {
    if placeholders.is_empty() {
        return;
    }

    page.push_str("<h5>Placeholders</h5>\n<table>\n");
    page.push_str("<thead><tr><th>Placeholder</th><th>Field</th><th>Type</th></tr>");
    page.push_str("</thead>\n");
    page.push_str("<tbody>\n");
    for placeholder in placeholders {
        page.push_str("<tr><td>");
        push_code(page, &placeholder_text(placeholder));
        page.push_str("</td><td>");
        push_code(page, placeholder.field);
        page.push_str("</td><td>");
        push_code(page, placeholder.ty);
        page.push_str("</td></tr>\n");
    }
    page.push_str("</tbody>\n</table>\n");
}

/// The example body, wrapped: a body is one long line of JSON.
fn push_example(page: &mut String, example: &str) {
    if !example.is_empty() {
        page.push_str("<h5>Example body</h5>\n<pre class=\"example\"><code>");
        push_html(page, example);
        page.push_str("</code></pre>\n");
    }
}

/// The docs as HTML: paragraphs, fenced code blocks and code spans; any
/// other text as it is written.
fn push_docs(page: &mut String, docs: &str) {
    let mut writer = DocsWriter::default();
    for &line in &docs_lines(docs) {
        writer.line(line);
    }
    let html = writer.finish();
    if !html.is_empty() {
        page.push_str("<div class=\"docs\">\n");
        page.push_str(&html);
        page.push_str("</div>\n");
    }
}

/// Turns docs into HTML one line at a time.
#[derive(Default)]
struct DocsWriter {
    html: String,
    /// The lines of the open paragraph, joined by line breaks.
    paragraph: Option<String>,
    /// The open code fence and the lines read in it, each ending in a line
    /// break.
    fence: Option<(Fence, String)>,
}

impl DocsWriter {
    fn line(&mut self, line: &str) {
        if let Some((fence, code)) = &mut self.fence {
            if fence.is_closed_by(line) {
                self.close_fence();
            } else {
                code.push_str(fence.content_of(line));
                code.push('\n');
            }
        } else if let Some(fence) = Fence::opened_by(line) {
            // As in CommonMark, a fence may interrupt a paragraph.
            self.close_paragraph();
            self.fence = Some((fence, String::new()));
        } else if is_blank(line) {
            self.close_paragraph();
        } else if let Some(paragraph) = &mut self.paragraph {
            paragraph.push('\n');
            paragraph.push_str(line.trim());
        } else {
            self.paragraph = Some(line.trim().to_owned());
        }
    }

    /// The HTML of the blocks, empty if there were none.
    fn finish(mut self) -> String {
        self.close_paragraph();
        // An unclosed fence runs to the end of the docs, as in CommonMark.
        self.close_fence();
        self.html
    }

    fn close_paragraph(&mut self) {
        if let Some(paragraph) = self.paragraph.take() {
            self.html.push_str("<p>");
            push_inline_html(&mut self.html, &paragraph);
            self.html.push_str("</p>\n");
        }
    }

    fn close_fence(&mut self) {
        if let Some((_, code)) = self.fence.take() {
            self.html.push_str("<pre><code>");
            push_html(&mut self.html, &code);
            self.html.push_str("</code></pre>\n");
        }
    }
}

/// The opening line of a fenced code block: its character, its length and
/// its indentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fence {
    ch: u8,
    len: usize,
    indent: usize,
}

impl Fence {
    fn opened_by(line: &str) -> Option<Fence> {
        let indent = run_of(line, b' ');
        let text = &line[indent..];
        let ch = match text.as_bytes().first() {
            Some(&ch) if ch == b'`' || ch == b'~' => ch,
            _ => return None,
        };
        let len = run_of(text, ch);
        let info = &text[len..];
        let is_fence = indent <= 3 && len >= 3 && !(ch == b'`' && info.as_bytes().contains(&b'`'));
        is_fence.then_some(Fence { ch, len, indent })
    }

    fn is_closed_by(&self, line: &str) -> bool {
        let text = line.trim();
        run_of(line, b' ') <= 3 && text.len() >= self.len && run_of(text, self.ch) == text.len()
    }

    /// A line of the block without as much of its indentation as the fence
    /// had.
    fn content_of<'a>(&self, line: &'a str) -> &'a str {
        &line[run_of(line, b' ').min(self.indent)..]
    }
}

/// The length of the run of `byte`, an ASCII character, that `text`
/// starts with.
pub(super) fn run_of(text: &str, byte: u8) -> usize {
    let mut len = 0;
    for &b in text.as_bytes() {
        if b != byte {
            break;
        }
        len += 1;
    }
    len
}

/// A paragraph's text with its code spans as `<code>`.
fn push_inline_html(page: &mut String, text: &str) {
    push_inlines(page, text, push_html, push_code);
}

/// Writes `text` to `out`: its code spans with `code`, given the text of
/// each span, and the text around them with `plain`.
///
/// A run of backticks opens a span that the next run of the same length
/// closes, and is text when no run closes it.
pub(super) fn push_inlines(
    out: &mut String,
    text: &str,
    plain: fn(&mut String, &str),
    code: fn(&mut String, &str),
) {
    let mut rest = text;
    while let Some(start) = rest.find('`') {
        let opened = &rest[start..];
        let run = run_of(opened, b'`');
        let after = &opened[run..];
        if let Some(end) = find_run(after, run) {
            plain(out, &rest[..start]);
            code(out, &span_text(&after[..end]));
            rest = &after[end + run..];
        } else {
            plain(out, &rest[..start + run]);
            rest = after;
        }
    }
    plain(out, rest);
}

/// Where the first run of exactly `len` backticks in `text` starts.
fn find_run(text: &str, len: usize) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = text[from..].find('`') {
        let start = from + found;
        let run = run_of(&text[start..], b'`');
        if run == len {
            return Some(start);
        }
        from = start + run;
    }
    None
}

/// The text of a code span as CommonMark reads it: line breaks are spaces,
/// and one space at both ends is stripped unless it is all spaces.
fn span_text(text: &str) -> String {
    let mut span = String::with_capacity(text.len());
    for ch in text.chars() {
        span.push(if ch == '\n' { ' ' } else { ch });
    }
    let padded = span.starts_with(' ') && span.ends_with(' ');
    if padded && run_of(&span, b' ') != span.len() {
        return span[1..span.len() - 1].to_owned();
    }
    span
}

/// Writes `text` escaped for HTML text and quoted attribute values; a
/// control character other than a line break or a tab becomes a space,
/// because HTML allows none.
pub(super) fn push_html(out: &mut String, text: &str) {
    for ch in text.chars() {
        push_html_char(out, ch);
    }
}

/// Writes `text` as one line of escaped HTML: every control character,
/// line breaks and tabs included, becomes a space.
fn push_html_line(out: &mut String, text: &str) {
    for ch in text.chars() {
        push_html_char(out, if ch.is_control() { ' ' } else { ch });
    }
}

fn push_html_char(out: &mut String, ch: char) {
    match ch {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        '\n' | '\t' => out.push(ch),
        ch if ch.is_control() => out.push(' '),
        ch => out.push(ch),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docs::markdown::written;

    #[test]
    fn code_spans_close_on_a_run_of_the_same_length() {
        assert_eq!(
            written(push_inline_html, "a `b` <c>"),
            "a <code>b</code> &lt;c&gt;"
        );
        assert_eq!(written(push_inline_html, "``x ` y``"), "<code>x ` y</code>");
        assert_eq!(
            written(push_inline_html, "` a ` and `  `"),
            "<code>a</code> and <code>  </code>"
        );
        assert_eq!(
            written(push_inline_html, "a ` b ``c``"),
            "a ` b <code>c</code>"
        );
        assert_eq!(
            written(push_inline_html, "`two\nlines`"),
            "<code>two lines</code>"
        );
    }

    #[test]
    fn docs_are_paragraphs_and_fenced_code() {
        let docs = "\nOne\ntwo `<b>`\n\n```rust\nlet x = \"<\";\n\n```\nAfter.\n";
        assert_eq!(
            written(push_docs, docs),
            "<div class=\"docs\">\n<p>One\ntwo <code>&lt;b&gt;</code></p>\n\
             <pre><code>let x = &quot;&lt;&quot;;\n\n</code></pre>\n<p>After.</p>\n</div>\n"
        );
    }

    #[test]
    fn a_fence_interrupts_a_paragraph_and_keeps_its_indentation() {
        let docs = "Text\n  ~~~~\n    indented\n   less\n  ~~~~~\n";
        assert_eq!(
            written(push_docs, docs),
            "<div class=\"docs\">\n<p>Text</p>\n<pre><code>  indented\n less\n</code></pre>\n</div>\n"
        );
    }

    #[test]
    fn what_is_no_fence_stays_text() {
        let docs = "``` a`b\n    ```\n``";
        let html = written(push_docs, docs);
        // Neither backtick line is a fence, so the two runs make a span.
        assert_eq!(
            html,
            "<div class=\"docs\">\n<p><code>a`b</code>\n``</p>\n</div>\n"
        );
    }

    #[test]
    fn no_docs_make_no_block() {
        assert_eq!(written(push_docs, ""), "");
        assert_eq!(written(push_docs, " \n\t\n"), "");
    }

    #[test]
    fn escaping_covers_markup_quotes_and_controls() {
        assert_eq!(
            written(push_html, "<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
        );
        assert_eq!(written(push_html, "a\u{0}b\r\n\tc"), "a b \n\tc");
    }
}
