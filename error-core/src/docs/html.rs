//! The HTML reference page.

use super::markdown::{docs_lines, is_blank, one_line};
use super::{by_status, reason_of};
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
    let title = escape_html(&one_line(title));
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n");
    page.push_str("<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str(&format!("<title>{title}</title>\n"));
    page.push_str(&format!(
        "<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n"
    ));
}

fn push_intro(page: &mut String, title: &str) {
    let title = escape_html(&one_line(title));
    page.push_str(&format!("<h1>{title}</h1>\n"));
    page.push_str(&format!(
        "<p>Every error that <code>{title}</code> can report. The HTTP status \
         of a response says what kind of error it is; the body is a JSON \
         object with the attributes below.</p>\n"
    ));
}

/// The table of contents: the attributes, then each status with the codes
/// of its entries.
fn push_contents(page: &mut String, entries: &[Entry]) {
    page.push_str("<nav aria-labelledby=\"Contents\">\n");
    page.push_str("<h2 id=\"Contents\">Contents</h2>\n");
    page.push_str("<ul>\n<li><a href=\"#Attributes\">Attributes</a></li>\n");
    page.push_str("<li><a href=\"#Possible-reasons\">Possible reasons</a>\n<ul>\n");
    for (status, group) in by_status(entries) {
        let links: Vec<String> = group.iter().map(|entry| code_link(entry.code)).collect();
        page.push_str(&format!(
            "<li><a href=\"#{}\">{}</a>\n<span class=\"codes\">{}</span></li>\n",
            status_id(status),
            status_title(status),
            links.join(", ")
        ));
    }
    page.push_str("</ul></li>\n</ul>\n</nav>\n");
}

fn code_link(code: &str) -> String {
    let code = escape_html(code);
    format!("<a href=\"#{code}\">{code}</a>")
}

fn push_attributes(page: &mut String, entries: &[Entry]) {
    let presence = if entries.iter().any(|e| e.description.is_some()) {
        "Only the errors below that list an error description send it."
    } else {
        "None of the errors below sends it."
    };

    page.push_str("<section>\n<h2 id=\"Attributes\">Attributes</h2>\n");
    page.push_str("<h3><code>error</code></h3>\n");
    push_fields(
        page,
        &[("Description", "The error message."), ("Type", "String")],
    );
    page.push_str("<h3><code>error_description</code> (optional)</h3>\n");
    push_fields(
        page,
        &[
            ("Description", "A longer description of the error."),
            ("Type", "String"),
            ("Present", presence),
        ],
    );
    page.push_str("</section>\n");
}

/// A `<dl>` of labels and their HTML.
fn push_fields<T: AsRef<str>>(page: &mut String, fields: &[(&str, T)]) {
    page.push_str("<dl>\n");
    for (label, html) in fields {
        let html = html.as_ref();
        page.push_str(&format!("<dt>{label}</dt>\n<dd>{html}</dd>\n"));
    }
    page.push_str("</dl>\n");
}

fn push_reasons(page: &mut String, entries: &[Entry]) {
    page.push_str("<section>\n<h2 id=\"Possible-reasons\">Possible reasons</h2>\n");
    if entries.is_empty() {
        page.push_str("<p>The type reports no errors.</p>\n");
    }

    for (status, group) in by_status(entries) {
        page.push_str(&format!(
            "<section>\n<h3 id=\"{}\">{}</h3>\n",
            status_id(status),
            status_title(status)
        ));
        for entry in group {
            push_entry(page, entry);
        }
        page.push_str("</section>\n");
    }
    page.push_str("</section>\n");
}

/// The id of a status's section: capitalised, so that no code takes it.
fn status_id(status: StatusCode) -> String {
    format!("Status-{}", status.as_u16())
}

fn status_title(status: StatusCode) -> String {
    format!("{} - {}", status.as_u16(), reason_of(status))
}

fn push_entry(page: &mut String, entry: &Entry) {
    let code = escape_html(entry.code);
    let class = if entry.deprecated.is_some() {
        "entry deprecated"
    } else {
        "entry"
    };
    page.push_str(&format!("<article class=\"{class}\" id=\"{code}\">\n"));
    page.push_str(&format!(
        "<h4><a class=\"self\" href=\"#{code}\"><code>{code}</code></a>{}</h4>\n",
        badges(entry)
    ));

    push_note(page, entry.deprecated);
    push_fields(page, &entry_fields(entry));
    page.push_str(&docs_html(entry.docs));
    push_placeholders(page, entry.placeholders);
    push_example(page, entry.example);
    page.push_str("</article>\n");
}

fn badges(entry: &Entry) -> String {
    let mut badges = String::new();
    if let Some(since) = entry.since {
        let since = escape_html(&one_line(since));
        badges.push_str(&format!(
            " <span class=\"badge since\">since {since}</span>"
        ));
    }
    if entry.deprecated.is_some() {
        badges.push_str(" <span class=\"badge deprecated\">deprecated</span>");
    }
    badges
}

fn push_note(page: &mut String, deprecated: Option<&str>) {
    if let Some(note) = deprecated.filter(|note| !note.trim().is_empty()) {
        page.push_str(&format!(
            "<p class=\"note\"><strong>Deprecated:</strong> {}</p>\n",
            inline_html(&one_line(note))
        ));
    }
}

/// The message, the error description, the headers, the type of the
/// details and the variant, each as code.
fn entry_fields(entry: &Entry) -> Vec<(&'static str, String)> {
    let mut fields = vec![("Error", code(entry.client_message))];
    if let Some(description) = entry.client_description {
        fields.push(("Error description", code(description)));
    }
    if !entry.headers.is_empty() {
        let headers: Vec<String> = entry
            .headers
            .iter()
            .map(|header| code(&format!("{}: {}", header.name, header.value)))
            .collect();
        fields.push(("Headers", headers.join(", ")));
    }
    if let Some(ty) = entry.details {
        let details = format!("{} under <code>details</code>", code(ty));
        fields.push(("Details", details));
    }
    fields.push(("Variant", code(entry.name)));
    fields
}

/// `text` as one line of inline code.
fn code(text: &str) -> String {
    format!("<code>{}</code>", escape_html(&one_line(text)))
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
        page.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            code(&format!("{{{}}}", placeholder.name)),
            code(placeholder.field),
            code(placeholder.ty)
        ));
    }
    page.push_str("</tbody>\n</table>\n");
}

/// The example body, wrapped: a body is one long line of JSON.
fn push_example(page: &mut String, example: &str) {
    if !example.is_empty() {
        page.push_str(&format!(
            "<h5>Example body</h5>\n<pre class=\"example\"><code>{}</code></pre>\n",
            escape_html(example)
        ));
    }
}

/// The docs as HTML: paragraphs, fenced code blocks and code spans; any
/// other text as it is written.
fn docs_html(docs: &str) -> String {
    let mut writer = DocsWriter::default();
    for line in docs_lines(docs) {
        writer.line(line);
    }
    writer.finish()
}

/// Turns docs into HTML one line at a time.
#[derive(Default)]
struct DocsWriter<'a> {
    html: String,
    paragraph: Vec<&'a str>,
    /// The open code fence and the lines read in it.
    fence: Option<(Fence, Vec<&'a str>)>,
}

impl<'a> DocsWriter<'a> {
    fn line(&mut self, line: &'a str) {
        if let Some((fence, lines)) = &mut self.fence {
            if fence.is_closed_by(line) {
                self.close_fence();
            } else {
                lines.push(fence.content_of(line));
            }
        } else if let Some(fence) = Fence::opened_by(line) {
            // As in CommonMark, a fence may interrupt a paragraph.
            self.close_paragraph();
            self.fence = Some((fence, Vec::new()));
        } else if is_blank(line) {
            self.close_paragraph();
        } else {
            self.paragraph.push(line.trim());
        }
    }

    fn finish(mut self) -> String {
        self.close_paragraph();
        // An unclosed fence runs to the end of the docs, as in CommonMark.
        self.close_fence();
        if self.html.is_empty() {
            return self.html;
        }
        format!("<div class=\"docs\">\n{}</div>\n", self.html)
    }

    fn close_paragraph(&mut self) {
        if !self.paragraph.is_empty() {
            let text = self.paragraph.join("\n");
            self.html
                .push_str(&format!("<p>{}</p>\n", inline_html(&text)));
            self.paragraph.clear();
        }
    }

    fn close_fence(&mut self) {
        if let Some((_, lines)) = self.fence.take() {
            let mut text = String::new();
            for line in lines {
                text.push_str(line);
                text.push('\n');
            }
            self.html
                .push_str(&format!("<pre><code>{}</code></pre>\n", escape_html(&text)));
        }
    }
}

/// The opening line of a fenced code block: its character, its length and
/// its indentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fence {
    ch: char,
    len: usize,
    indent: usize,
}

impl Fence {
    fn opened_by(line: &str) -> Option<Fence> {
        let indent = indent_of(line);
        let text = &line[indent..];
        let ch = text.chars().next().filter(|ch| *ch == '`' || *ch == '~')?;
        let len = text.len() - text.trim_start_matches(ch).len();
        let info = &text[len..];
        let is_fence = indent <= 3 && len >= 3 && !(ch == '`' && info.contains('`'));
        is_fence.then_some(Fence { ch, len, indent })
    }

    fn is_closed_by(&self, line: &str) -> bool {
        let text = line.trim();
        indent_of(line) <= 3 && text.len() >= self.len && text.chars().all(|c| c == self.ch)
    }

    /// A line of the block without as much of its indentation as the fence
    /// had.
    fn content_of<'a>(&self, line: &'a str) -> &'a str {
        &line[indent_of(line).min(self.indent)..]
    }
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// A paragraph's text with its code spans as `<code>`.
fn inline_html(text: &str) -> String {
    let mut html = String::new();
    for inline in inlines(text) {
        match inline {
            Inline::Text(text) => html.push_str(&escape_html(text)),
            Inline::Code(text) => html.push_str(&code(&text)),
        }
    }
    html
}

/// A piece of a paragraph: text, or the text of a code span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Inline<'a> {
    Text(&'a str),
    Code(String),
}

/// The text and code spans of `text`: a run of backticks opens a span that
/// the next run of the same length closes, and is text when no run closes
/// it.
pub(super) fn inlines(text: &str) -> Vec<Inline<'_>> {
    let mut inlines = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('`') {
        let opened = &rest[start..];
        let run = backtick_run(opened);
        let after = &opened[run..];
        let Some(end) = find_run(after, run) else {
            inlines.push(Inline::Text(&rest[..start + run]));
            rest = after;
            continue;
        };
        inlines.push(Inline::Text(&rest[..start]));
        inlines.push(Inline::Code(span_text(&after[..end])));
        rest = &after[end + run..];
    }
    inlines.push(Inline::Text(rest));
    inlines.retain(|inline| *inline != Inline::Text(""));
    inlines
}

fn backtick_run(text: &str) -> usize {
    text.len() - text.trim_start_matches('`').len()
}

/// Where the first run of exactly `len` backticks in `text` starts.
fn find_run(text: &str, len: usize) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = text[from..].find('`') {
        let start = from + found;
        let run = backtick_run(&text[start..]);
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
    let text = text.replace('\n', " ");
    let padded = text.starts_with(' ') && text.ends_with(' ');
    if padded && !text.bytes().all(|byte| byte == b' ') {
        return text[1..text.len() - 1].to_owned();
    }
    text
}

/// `text` escaped for HTML text and quoted attribute values; a control
/// character other than a line break or a tab becomes a space, because
/// HTML allows none.
pub(super) fn escape_html(text: &str) -> String {
    let mut html = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            '\'' => html.push_str("&#39;"),
            '\n' | '\t' => html.push(ch),
            ch if ch.is_control() => html.push(' '),
            ch => html.push(ch),
        }
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_close_on_a_run_of_the_same_length() {
        assert_eq!(inline_html("a `b` <c>"), "a <code>b</code> &lt;c&gt;");
        assert_eq!(inline_html("``x ` y``"), "<code>x ` y</code>");
        assert_eq!(
            inline_html("` a ` and `  `"),
            "<code>a</code> and <code>  </code>"
        );
        assert_eq!(inline_html("a ` b ``c``"), "a ` b <code>c</code>");
        assert_eq!(inline_html("`two\nlines`"), "<code>two lines</code>");
    }

    #[test]
    fn docs_are_paragraphs_and_fenced_code() {
        let docs = "\nOne\ntwo `<b>`\n\n```rust\nlet x = \"<\";\n\n```\nAfter.\n";
        assert_eq!(
            docs_html(docs),
            "<div class=\"docs\">\n<p>One\ntwo <code>&lt;b&gt;</code></p>\n\
             <pre><code>let x = &quot;&lt;&quot;;\n\n</code></pre>\n<p>After.</p>\n</div>\n"
        );
    }

    #[test]
    fn a_fence_interrupts_a_paragraph_and_keeps_its_indentation() {
        let docs = "Text\n  ~~~~\n    indented\n   less\n  ~~~~~\n";
        assert_eq!(
            docs_html(docs),
            "<div class=\"docs\">\n<p>Text</p>\n<pre><code>  indented\n less\n</code></pre>\n</div>\n"
        );
    }

    #[test]
    fn what_is_no_fence_stays_text() {
        let docs = "``` a`b\n    ```\n``";
        let html = docs_html(docs);
        // Neither backtick line is a fence, so the two runs make a span.
        assert_eq!(
            html,
            "<div class=\"docs\">\n<p><code>a`b</code>\n``</p>\n</div>\n"
        );
    }

    #[test]
    fn no_docs_make_no_block() {
        assert_eq!(docs_html(""), "");
        assert_eq!(docs_html(" \n\t\n"), "");
    }

    #[test]
    fn escaping_covers_markup_quotes_and_controls() {
        assert_eq!(
            escape_html("<a href='x'>&\"</a>"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"
        );
        assert_eq!(escape_html("a\u{0}b\r\n\tc"), "a b \n\tc");
    }
}
