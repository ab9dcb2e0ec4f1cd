//! The Markdown reference page of a derived enum: its title, its sections
//! by status, the anchor of each entry, and how each entry shows its
//! message, docs, description and details; and that no doc comment or
//! message can change the page's structure, read back with a small scanner
//! of Markdown's block grammar.

use std::io;

use apifault::mastodon::MastodonError;
use apifault::{docs, ApiError, Entry, Placeholder};

#[derive(Debug, ApiError)]
enum ShopError {
    /// Appears when the basket holds no item of that id.
    #[status(404)]
    #[message("no item {0} in the basket")]
    NoSuchItem(u32),

    /// Appears when more items are asked for than are in stock.
    ///
    /// The basket is left as it was.
    #[status(422)]
    #[message("only {left} of {wanted} left")]
    OutOfStock { wanted: u32, left: u32 },

    /// Appears when the coupon has expired.
    #[status(422)]
    #[message("Coupon expired")]
    CouponExpired,

    /// Appears when the payment provider refuses the token.
    #[status(400)]
    #[code("payment_refused")]
    #[message("invalid_token")]
    #[description("The payment token {token} was refused")]
    PaymentToken { token: String },

    /// The database failed; the client is told only that the server failed.
    #[status(500)]
    Database(io::Error),
}

/// The page of `ShopError` without the entries' details, which the tests
/// of details check on their own.
fn page() -> String {
    docs::markdown_of("ShopError", &without_details(ShopError::catalogue()))
}

/// The entries with no placeholders, example, version or deprecation.
fn without_details(entries: &[Entry]) -> Vec<Entry> {
    let plain = |entry: &Entry| entry.__details(&[], "", None, None);
    entries.iter().map(plain).collect()
}

/// The heading of the entry of `code`, which anchors it by its code.
fn heading_of(code: &str) -> String {
    format!("#### `{code}` <a id=\"{code}\"></a>")
}

/// The lines of the entry of `code`, up to the next heading.
fn entry_lines(page: &str, code: &str) -> Vec<String> {
    let heading = format!("#### `{code}` ");
    let lines: Vec<&str> = page.lines().collect();
    let start = lines.iter().position(|l| l.starts_with(&heading));
    let start = start.expect(&heading);
    lines[start + 1..]
        .iter()
        .take_while(|l| !l.starts_with('#'))
        .filter(|l| !l.is_empty())
        .map(|l| l.to_string())
        .collect()
}

#[test]
fn the_page_is_titled_with_the_type_name() {
    let page = docs::markdown::<ShopError>();
    assert!(page.starts_with("# ShopError\n\nEvery error that `ShopError` can report."));
    assert_eq!(page, docs::markdown_of("ShopError", ShopError::catalogue()));
}

#[test]
fn statuses_ascend_and_entries_keep_declaration_order() {
    let page = page();
    let reasons = page.split("\n## Possible reasons\n").nth(1).unwrap();
    let headings: Vec<&str> = reasons.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        [
            "### 400 - Bad Request",
            &heading_of("payment_refused"),
            "### 404 - Not Found",
            &heading_of("no_such_item"),
            "### 422 - Unprocessable Entity",
            &heading_of("out_of_stock"),
            &heading_of("coupon_expired"),
            "### 500 - Internal Server Error",
            &heading_of("database"),
        ]
    );
}

#[test]
fn placeholders_show_as_names() {
    let page = page();
    assert_eq!(
        entry_lines(&page, "no_such_item"),
        [
            "- Error: `no item {u32} in the basket`.",
            "  Appears when the basket holds no item of that id.",
            "- Variant: `NoSuchItem`",
        ]
    );
    assert_eq!(
        entry_lines(&page, "out_of_stock"),
        [
            "- Error: `only {left} of {wanted} left`.",
            "  Appears when more items are asked for than are in stock.",
            "  The basket is left as it was.",
            "- Variant: `OutOfStock`",
        ]
    );
}

#[test]
fn a_description_is_shown_with_its_placeholders() {
    let page = page();
    assert_eq!(
        entry_lines(&page, "payment_refused"),
        [
            "- Error: `invalid_token`.",
            "  Appears when the payment provider refuses the token.",
            "- Error description: `The payment token {token} was refused`",
            "- Variant: `PaymentToken`",
        ]
    );
    assert!(page.contains(
        "### `error_description` (optional)\n\n\
         - Description: A longer description of the error.\n\
         - Type: String\n\
         - Present: Only the errors below that list an error description send it.\n"
    ));
}

#[test]
fn a_server_error_without_message_shows_only_the_reason_phrase() {
    let page = page();
    assert_eq!(
        entry_lines(&page, "database"),
        [
            "- Error: `Internal Server Error`.",
            "  The database failed; the client is told only that the server failed.",
            "- Variant: `Database`",
        ]
    );

    let error = ShopError::Database(io::Error::new(io::ErrorKind::Other, "disk /var/db is full"));
    let ShopError::Database(inner) = &error else {
        unreachable!("built as `Database`")
    };
    assert_eq!(inner.kind(), io::ErrorKind::Other);
    assert_eq!(error.to_json(), r#"{"error":"Internal Server Error"}"#);
    assert!(!page.contains("disk"));
}

#[test]
fn the_page_holds_every_entry_of_the_catalogue() {
    let page = page();
    for entry in ShopError::catalogue() {
        let heading = format!("\n{}\n", heading_of(entry.code));
        assert_eq!(page.matches(&heading).count(), 1, "{}", entry.name);
    }
    assert_eq!(
        page.matches("\n#### ").count(),
        ShopError::catalogue().len()
    );
}

#[test]
fn values_fill_in_what_the_page_shows_as_placeholders() {
    let page = page();
    let cases = [
        (ShopError::NoSuchItem(7), "no item 7 in the basket"),
        (
            ShopError::OutOfStock { wanted: 3, left: 1 },
            "only 1 of 3 left",
        ),
        (ShopError::CouponExpired, "Coupon expired"),
    ];
    for (error, message) in cases {
        assert_eq!(error.message(), message);
        let shown = format!("- Error: `{}`.", error.entry().client_message);
        assert!(page.contains(&shown), "{shown}");
    }

    let refused = ShopError::PaymentToken {
        token: "tok_1".into(),
    };
    assert_eq!(
        refused.description().as_deref(),
        Some("The payment token tok_1 was refused")
    );
}

#[test]
fn every_entry_is_anchored_by_its_code() {
    let page = docs::markdown::<MastodonError>();
    let headings: Vec<&str> = page.lines().filter(|l| l.starts_with("#### ")).collect();
    assert_eq!(headings.len(), MastodonError::catalogue().len());
    for entry in MastodonError::catalogue() {
        let anchor = format!("<a id=\"{}\"></a>", entry.code);
        assert_eq!(page.matches(&anchor).count(), 1, "{}", entry.code);
        let heading = headings.iter().find(|h| h.ends_with(&anchor));
        let heading = heading.expect("the anchor ends a heading");
        assert!(heading.starts_with(&format!("#### `{}` ", entry.code)));
    }
}

const PLACEHOLDERS: [Placeholder; 2] = [
    Placeholder::__new("left", "left", "u32"),
    Placeholder::__new("string", "0", "Vec<String>"),
];

/// The `CouponExpired` entry, with the details given.
fn coupon_with(example: &'static str, since: Option<&'static str>, note: &'static str) -> Entry {
    let coupon = ShopError::catalogue()[2];
    assert_eq!(coupon.name, "CouponExpired");
    coupon.__details(&PLACEHOLDERS, example, since, Some(note))
}

#[test]
fn details_follow_the_docs_in_the_error_item() {
    let example = r#"{"error":"Coupon expired"}"#;
    let page = docs::markdown_of(
        "Test",
        &[coupon_with(example, Some("4.0"), "use `b` <now>")],
    );
    let heading = "#### `coupon_expired` (deprecated) <a id=\"coupon_expired\"></a>";
    assert!(page.contains(&format!("\n{heading}\n\n- Error:")), "{page}");
    assert_eq!(
        entry_lines(&page, "coupon_expired"),
        [
            "- Error: `Coupon expired`.",
            "  Appears when the coupon has expired.",
            "  Placeholders:",
            "  - `{left}`: field `left`, of type `u32`",
            "  - `{string}`: field `0`, of type `Vec<String>`",
            "  Example body:",
            "  ```json",
            r#"  {"error":"Coupon expired"}"#,
            "  ```",
            "  Since: `4.0`.",
            r"  Deprecated: use `b` \<now\>",
            "- Variant: `CouponExpired`",
        ]
    );
}

#[test]
fn an_example_with_backticks_gets_a_longer_fence() {
    let page = docs::markdown_of("Test", &[coupon_with("{`````}", None, "")]);
    let lines = entry_lines(&page, "coupon_expired");
    assert_eq!(
        lines[lines.len() - 5..],
        [
            "  Example body:",
            "  ``````json",
            "  {`````}",
            "  ``````",
            "- Variant: `CouponExpired`"
        ]
    );
    assert!(
        !page.contains("Deprecated:"),
        "a deprecation without a note"
    );
    assert!(!page.contains("Since:"));
}

/// Every entry of `MastodonError` with every detail, as the derive will
/// fill them.
fn detailed_mastodon() -> Vec<Entry> {
    let example = r#"{"error":"{string} ``` <b>"}"#;
    let detailed = |(at, entry): (usize, &Entry)| {
        let note = if at % 2 == 0 { Some("Use `x`.") } else { None };
        entry.__details(&PLACEHOLDERS, example, Some("4.0.0"), note)
    };
    MastodonError::catalogue()
        .iter()
        .enumerate()
        .map(detailed)
        .collect()
}

/// The seed comparison reads an entry as its `Error` item, docs first, then
/// `Error description` and `Variant`: the details must not add items.
#[test]
fn details_stay_in_the_error_item_after_the_docs() {
    let entries = detailed_mastodon();
    let page = docs::markdown_of("MastodonError", &entries);
    let outline = outline(&page);
    let unexpected: Vec<&String> = outline
        .iter()
        .filter(|l| !l.starts_with('#'))
        .filter(|l| !["- Error", "- Error description", "- Variant"].contains(&l.as_str()))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");

    let mut in_page_order = entries.clone();
    in_page_order.sort_by_key(|entry| entry.status.as_u16());
    let error_items = items_labelled(&page, "Error: ");
    assert_eq!(error_items.len(), entries.len());
    for (entry, item) in in_page_order.iter().zip(&error_items) {
        let first_paragraph = entry.docs.split("\n\n").next().unwrap();
        let text = item[1..].join("\n");
        assert!(text.trim_start().starts_with(first_paragraph), "{text}");
        assert!(text.contains("\nExample body:\n"), "{text}");
    }
}

/// The lines of the page's list items that open with `label`.
fn items_labelled(page: &str, label: &str) -> Vec<Vec<String>> {
    let blocks = blocks(page);
    blocks
        .into_iter()
        .filter_map(|block| match block {
            Block::Item(lines) if lines[0].starts_with(label) => Some(lines),
            _ => None,
        })
        .collect()
}

/// A block at the top level of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Block {
    /// An ATX or setext heading: its level and its text.
    Heading(usize, String),
    /// A bullet list item: its lines, without the marker and indentation.
    Item(Vec<String>),
    /// Any other block: a paragraph, a code block, an HTML block, a quote,
    /// a thematic break. None of them belongs to the page's own layout.
    Other(Vec<String>),
}

/// What the line just read leaves open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Nothing,
    Paragraph,
    /// A fenced code block: the fence's character and length.
    Fence(char, usize),
    /// An HTML block, closed by a line holding the text, or by a blank
    /// line when the text is empty.
    Html(&'static str),
    Item(InItem),
}

/// An open list item: the column its content starts at, and what is open
/// inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct InItem {
    width: usize,
    fence: Option<(char, usize)>,
    paragraph: bool,
}

/// The top-level blocks of `page`, as a CommonMark reader sees them.
///
/// It knows the block grammar only as far as the page's structure needs:
/// headings, bullet items with lazy continuation, fences, HTML blocks,
/// paragraphs; what it cannot place it reports as `Other`, which no test
/// expects, so a misreading fails rather than passes.
fn blocks(page: &str) -> Vec<Block> {
    let mut scanner = Scanner {
        blocks: Vec::new(),
        open: Open::Nothing,
    };
    for line in page.lines() {
        scanner.line(line);
    }
    scanner.blocks
}

struct Scanner {
    blocks: Vec<Block>,
    open: Open,
}

impl Scanner {
    fn line(&mut self, line: &str) {
        match self.open {
            Open::Fence(ch, len) => {
                self.push(line);
                if is_fence_close(line, ch, len) {
                    self.open = Open::Nothing;
                }
            }
            Open::Html("") if line.trim().is_empty() => self.open = Open::Nothing,
            Open::Html(end) => {
                self.push(line);
                if !end.is_empty() && line.contains(end) {
                    self.open = Open::Nothing;
                }
            }
            Open::Item(item) => match self.item_line(line, item) {
                Some(item) => self.open = Open::Item(item),
                None => self.top_level(line),
            },
            Open::Nothing | Open::Paragraph => self.top_level(line),
        }
    }

    /// Reads `line` into the open item and says what stays open in it, or
    /// gives `None` when the line ends the item.
    fn item_line(&mut self, line: &str, item: InItem) -> Option<InItem> {
        if line.trim().is_empty() {
            self.push("");
            return Some(InItem {
                paragraph: false,
                ..item
            });
        }
        let content = if indent(line) >= item.width {
            &line[item.width..]
        } else if item.paragraph && item.fence.is_none() && !starts_block(line) {
            line // a lazy continuation of the item's paragraph
        } else {
            return None;
        };

        self.push(content);
        let fence = match item.fence {
            Some((ch, len)) if is_fence_close(content, ch, len) => None,
            Some(open) => Some(open),
            None => fence_open(content),
        };
        let paragraph = item.fence.is_none() && fence.is_none() && !starts_block(content);
        Some(InItem {
            fence,
            paragraph,
            ..item
        })
    }

    fn top_level(&mut self, line: &str) {
        let was_paragraph = self.open == Open::Paragraph;
        self.open = Open::Nothing;
        if line.trim().is_empty() {
            return;
        }
        if let Some(heading) = atx_heading(line) {
            self.blocks.push(heading);
        } else if let Some(level) = setext_level(line).filter(|_| was_paragraph) {
            self.setext(level);
        } else if is_thematic_break(line) {
            self.other(line);
        } else if let Some(width) = bullet_width(line) {
            self.item(line, width);
        } else if let Some((ch, len)) = fence_open(line) {
            self.other(line);
            self.open = Open::Fence(ch, len);
        } else if let Some(end) = html_start(line) {
            self.other(line);
            self.open = Open::Html(end);
        } else if was_paragraph || (indent(line) < 4 && !line.starts_with('>')) {
            self.paragraph(line, was_paragraph);
        } else {
            self.other(line); // an indented code block or a quote
        }
    }

    fn setext(&mut self, level: usize) {
        if let Some(Block::Other(lines)) = self.blocks.pop() {
            self.blocks.push(Block::Heading(level, lines.join(" ")));
        }
    }

    fn item(&mut self, line: &str, width: usize) {
        let content = line.get(width..).unwrap_or("");
        self.blocks.push(Block::Item(vec![content.to_owned()]));
        let fence = fence_open(content);
        self.open = Open::Item(InItem {
            width,
            fence,
            paragraph: fence.is_none() && !content.is_empty(),
        });
    }

    fn paragraph(&mut self, line: &str, continued: bool) {
        if continued {
            self.push(line.trim_start());
        } else {
            self.other(line.trim_start());
        }
        self.open = Open::Paragraph;
    }

    fn other(&mut self, line: &str) {
        self.blocks.push(Block::Other(vec![line.to_owned()]));
    }

    fn push(&mut self, line: &str) {
        match self.blocks.last_mut() {
            Some(Block::Item(lines) | Block::Other(lines)) => lines.push(line.to_owned()),
            _ => unreachable!("only items and other blocks go on over lines"),
        }
    }
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Whether `line`, not indented into an item, starts a block, which ends
/// the item instead of continuing its paragraph.
fn starts_block(line: &str) -> bool {
    atx_heading(line).is_some()
        || is_thematic_break(line)
        || bullet_width(line).is_some()
        || fence_open(line).is_some()
        || html_start(line).is_some()
        || line.trim_start().starts_with('>')
}

fn atx_heading(line: &str) -> Option<Block> {
    if indent(line) > 3 {
        return None;
    }
    let text = line.trim_start();
    let level = text.len() - text.trim_start_matches('#').len();
    let rest = &text[level..];
    let is_heading = (1..=6).contains(&level) && (rest.is_empty() || rest.starts_with(' '));
    is_heading.then(|| Block::Heading(level, rest.trim().trim_end_matches('#').trim().into()))
}

fn setext_level(line: &str) -> Option<usize> {
    let text = line.trim();
    if indent(line) > 3 || text.is_empty() {
        return None;
    }
    if text.bytes().all(|b| b == b'=') {
        Some(1)
    } else if text.bytes().all(|b| b == b'-') {
        Some(2)
    } else {
        None
    }
}

fn is_thematic_break(line: &str) -> bool {
    let marks: String = line.chars().filter(|ch| !ch.is_whitespace()).collect();
    let Some(first) = marks.chars().next() else {
        return false;
    };
    indent(line) <= 3
        && "-*_".contains(first)
        && marks.len() >= 3
        && marks.chars().all(|ch| ch == first)
}

/// The content column of a bullet list item opened by `line`.
fn bullet_width(line: &str) -> Option<usize> {
    let lead = indent(line);
    let rest = &line[lead..];
    let marker = rest.chars().next().filter(|ch| "-*+".contains(*ch))?;
    let after = &rest[marker.len_utf8()..];
    let spaces = after.len() - after.trim_start_matches(' ').len();
    match spaces {
        _ if lead > 3 => None,
        0 if after.is_empty() => Some(lead + 1),
        1..=4 => Some(lead + 1 + spaces),
        0 => None,
        _ => Some(lead + 2), // the content is an indented code block
    }
}

/// The character and length of the code fence `line` opens.
fn fence_open(line: &str) -> Option<(char, usize)> {
    if indent(line) > 3 {
        return None;
    }
    let text = line.trim_start();
    let ch = text.chars().next().filter(|ch| *ch == '`' || *ch == '~')?;
    let len = text.len() - text.trim_start_matches(ch).len();
    let info = &text[len..];
    let valid = len >= 3 && !(ch == '`' && info.contains('`'));
    valid.then_some((ch, len))
}

fn is_fence_close(line: &str, ch: char, len: usize) -> bool {
    let text = line.trim();
    indent(line) <= 3 && text.len() >= len && text.chars().all(|c| c == ch)
}

/// What ends the HTML block `line` opens: a text, or a blank line.
fn html_start(line: &str) -> Option<&'static str> {
    let text = line.trim_start();
    if indent(line) > 3 || !text.starts_with('<') {
        return None;
    }
    if text.starts_with("<!--") {
        return Some("-->");
    }
    let next = text[1..].chars().next()?;
    (next.is_ascii_alphabetic() || "/!?".contains(next)).then_some("")
}

/// The page's blocks from `## Possible reasons` on, as an outline: each
/// heading with its hashes, each item by its label, any other block by its
/// first line.
fn outline(page: &str) -> Vec<String> {
    let blocks = blocks(page);
    let start = blocks
        .iter()
        .position(|b| *b == Block::Heading(2, "Possible reasons".into()))
        .expect("a `Possible reasons` section");
    blocks[start + 1..]
        .iter()
        .map(|block| match block {
            Block::Heading(level, text) => format!("{} {text}", "#".repeat(*level)),
            Block::Item(lines) => {
                let label = lines[0].split(':').next().unwrap();
                format!("- {label}")
            }
            Block::Other(lines) => format!("other: {:?}", lines[0]),
        })
        .collect()
}

/// The outline of the page of a `TrickyError`: the tricky entry, an entry
/// after it with the same status, and one with the next status.
const TRICKY_OUTLINE: [&str; 9] = [
    "### 400 - Bad Request",
    "#### `tricky` <a id=\"tricky\"></a>",
    "- Error",
    "- Variant",
    "#### `after` <a id=\"after\"></a>",
    "- Error",
    "- Variant",
    "### 404 - Not Found",
    "#### `last` <a id=\"last\"></a>",
];

/// Checks a page of a tricky enum: the outline holds, the entries after
/// the tricky one are whole, and the tricky docs are kept, as written, in
/// the `Error` item.
fn assert_contained(page: &str, docs: &str) {
    let outline = outline(page);
    assert_eq!(outline[..9], TRICKY_OUTLINE, "{page}");
    assert_eq!(outline[9..], ["- Error", "- Variant"], "{page}");

    let error_items = items_labelled(page, "Error: ");
    assert_eq!(error_items.len(), 3, "{page}");
    assert_eq!(error_items[0][1..].join("\n").trim_matches('\n'), docs);
    for after in &error_items[1..] {
        let text = after[1..].join("\n");
        assert!(text.trim().starts_with("Appears "), "{text:?}");
    }
}

/// Declares `TrickyError` with the tricky entry's attributes and two plain
/// entries after it, and returns its page.
macro_rules! tricky_page {
    ($(#[$attr:meta])*) => {{
        #[derive(Debug, ApiError)]
        enum TrickyError {
            $(#[$attr])*
            #[status(400)]
            Tricky,

            /// Appears after the tricky entry.
            #[status(400)]
            #[message("After")]
            After,

            /// Appears when the last entry is reached.
            #[status(404)]
            #[message("Last")]
            Last,
        }
        let _ = (TrickyError::Tricky, TrickyError::After, TrickyError::Last);
        docs::markdown_of("TrickyError", &without_details(TrickyError::catalogue()))
    }};
}

#[test]
fn the_scanner_sees_what_escapes_an_entry() {
    let page = "#### `a`\n\n- Error: `A`.\nlazy text\n#### `b`\n\
                - Error: `B`.\n```\n#### `c`\n\n- Variant: `C`\n";
    let lines = |lines: &[&str]| lines.iter().map(|l| l.to_string()).collect();
    assert_eq!(
        blocks(page),
        [
            Block::Heading(4, "`a`".into()),
            Block::Item(lines(&["Error: `A`.", "lazy text"])),
            Block::Heading(4, "`b`".into()),
            Block::Item(lines(&["Error: `B`."])),
            Block::Other(lines(&["```", "#### `c`", "", "- Variant: `C`"])),
        ]
    );
}

#[test]
fn the_page_is_headings_and_lists_only() {
    let outline = outline(&page());
    let others: Vec<&String> = outline.iter().filter(|l| l.starts_with("other")).collect();
    assert!(others.is_empty(), "{outline:#?}");
    assert_eq!(outline.iter().filter(|l| *l == "- Error").count(), 5);
    assert_eq!(outline.iter().filter(|l| *l == "- Variant").count(), 5);
}

#[test]
fn docs_opening_with_a_code_fence_stay_in_their_entry() {
    let page = tricky_page! {
        /// ```text
        /// {"error":"Tricky"}
        /// ```
        /// Appears when the fence comes first.
        #[message("Tricky")]
    };
    assert_contained(
        &page,
        "```text\n{\"error\":\"Tricky\"}\n```\nAppears when the fence comes first.",
    );
    assert!(page.contains("- Error: `Tricky`.\n\n  ```text\n"));
}

#[test]
fn a_setext_heading_in_docs_stays_in_their_entry() {
    let page = tricky_page! {
        /// Title
        /// =====
        ///
        /// Subtitle
        /// --------
        #[message("Tricky")]
    };
    assert_contained(&page, "Title\n=====\n\nSubtitle\n--------");
    assert!(page.contains("- Error: `Tricky`.\n\n  Title\n  =====\n"));
}

#[test]
fn an_unclosed_fence_in_docs_ends_with_their_entry() {
    let page = tricky_page! {
        /// Appears when a fence is left open.
        ///
        /// ~~~
        /// #### `after`
        #[message("Tricky")]
    };
    assert_contained(
        &page,
        "Appears when a fence is left open.\n\n~~~\n#### `after`",
    );
    assert_eq!(page.matches("\n#### `after` <a").count(), 1);
}

#[test]
fn headings_and_lists_in_docs_stay_in_their_entry() {
    let page = tricky_page! {
        /// # Tricky
        /// ## Possible reasons
        /// - Variant: `After`
        /// ---
        #[message("Tricky")]
    };
    assert_contained(
        &page,
        "# Tricky\n## Possible reasons\n- Variant: `After`\n---",
    );
}

#[test]
fn a_backtick_in_a_message_stays_in_its_code_span() {
    let page = tricky_page! {
        /// Appears when the message quotes a flag.
        #[message("use `--force` to retry, or ``` to fence")]
    };
    assert_contained(&page, "Appears when the message quotes a flag.");
    assert!(page.contains("\n- Error: ````use `--force` to retry, or ``` to fence````.\n"));
}

#[test]
fn raw_html_and_link_definitions_are_kept_as_written() {
    let page = tricky_page! {
        /// <details>
        /// <!-- never closed
        ///
        /// [after]: https://example.com/after
        #[message("Tricky")]
    };
    assert_contained(
        &page,
        "<details>\n<!-- never closed\n\n[after]: https://example.com/after",
    );
}

#[path = "common/wire_error.rs"]
mod wire_error;

use wire_error::WireError;

#[test]
fn headers_and_details_are_items_of_the_entry() {
    let page = docs::markdown::<WireError>();
    assert_eq!(
        entry_lines(&page, "limited"),
        [
            "- Error: `slow down`.",
            "  Appears when too many requests come in.",
            "  Example body:",
            "  ```json",
            "  {\"error\":\"slow down\"}",
            "  ```",
            "- Headers: `Retry-After: {retry_after}`, ``X-Note: <i>`tick`</i> & \"{{x}}\"``",
            "- Details: `Option<Vec<Limit>>` under `details`",
            "- Variant: `Limited`",
        ]
    );
}

#[test]
fn a_masked_entry_shows_only_its_reason_phrase() {
    let page = docs::markdown::<WireError>();
    assert_eq!(
        entry_lines(&page, "clash"),
        [
            "- Error: `Conflict`.",
            "  Appears when the token clashes.",
            "  Example body:",
            "  ```json",
            "  {\"error\":\"Conflict\"}",
            "  ```",
            "- Headers: `Cache-Control: no-store`",
            "- Variant: `Clash`",
        ]
    );
    for leak in ["secret", "internal", "{token}", "Placeholders"] {
        assert!(!page.contains(leak), "{leak}");
    }
}
