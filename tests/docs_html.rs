//! The HTML reference page: one self-contained document, each entry
//! anchored by its code under the heading of its status, every text
//! escaped, and the tags balanced, read back with a tiny tag reader.

use apifault::mastodon::MastodonError;
use apifault::{docs, ApiError, Entry, Placeholder};

fn mastodon_page() -> String {
    docs::html::<MastodonError>()
}

#[derive(Debug, ApiError)]
enum HostileError {
    /// Appears when <script>alert("docs")</script> & 'quotes' run.
    ///
    /// A `<b>span</b> & "quoted"` code span, and a </pre> outside one;
    /// a ``double `tick` span``, and a lone ` backtick.
    ///
    /// ```html
    /// </code></pre><script>alert(1)</script>
    /// ```
    /// <img src=x onerror="alert(1)"> &amp; <!-- a comment
    #[status(400)]
    #[message("<script>alert('message')</script> & \"quotes\" </pre>")]
    #[description("</code></dd><script>description</script>")]
    Hostile,

    /// Appears when the fence is never closed.
    ///
    /// ~~~
    /// </pre><script>unclosed</script>
    #[status(503)]
    #[code("second.one-2")]
    #[message("Second")]
    Second,
}

/// An element of a page, read by [`tokens`].
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// An opening tag: its name and its attributes with their values.
    Open(String, Vec<(String, String)>),
    Close(String),
    Text(String),
}

/// Elements that have no closing tag.
const VOID: [&str; 1] = ["meta"];

/// The tags and texts of `page` after its doctype.
///
/// It reads only what a page of this crate should hold: lower-case tag
/// names, attribute values in double quotes, no comments. Anything else
/// fails the test, and so does a `>` or a bare `&` in text or a value.
fn tokens(page: &str) -> Vec<Token> {
    let mut rest = page.strip_prefix("<!DOCTYPE html>\n").expect("a doctype");
    let mut tokens = Vec::new();
    while !rest.is_empty() {
        let text_end = rest.find('<').unwrap_or(rest.len());
        if text_end > 0 {
            tokens.push(Token::Text(rest[..text_end].to_owned()));
        }
        rest = &rest[text_end..];
        if let Some(tag) = rest.strip_prefix('<') {
            let end = tag_end(tag);
            tokens.push(tag_token(&tag[..end]));
            rest = &tag[end + 1..];
        }
    }
    tokens
}

/// Where the tag that `tag` opens ends: its first `>` outside quotes.
fn tag_end(tag: &str) -> usize {
    let mut quoted = false;
    for (at, ch) in tag.char_indices() {
        match ch {
            '"' => quoted = !quoted,
            '>' if !quoted => return at,
            _ => {}
        }
    }
    panic!("an unclosed tag: <{tag}");
}

fn tag_token(tag: &str) -> Token {
    if let Some(name) = tag.strip_prefix('/') {
        assert_name(name);
        return Token::Close(name.to_owned());
    }
    let name_end = tag.find(' ').unwrap_or(tag.len());
    let name = &tag[..name_end];
    assert_name(name);
    Token::Open(name.to_owned(), attributes(&tag[name_end..]))
}

fn assert_name(name: &str) {
    let valid = name
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    assert!(valid && !name.is_empty(), "a tag named {name:?}");
}

/// The ` name="value"` pairs of a tag.
fn attributes(mut rest: &str) -> Vec<(String, String)> {
    let mut attributes = Vec::new();
    while let Some(attribute) = rest.strip_prefix(' ') {
        let (name, value) = attribute.split_once("=\"").expect("a quoted value");
        let end = value.find('"').unwrap();
        assert_name(&name.replace('-', ""));
        assert_escaped(&value[..end]);
        attributes.push((name.to_owned(), value[..end].to_owned()));
        rest = &value[end + 1..];
    }
    assert!(rest.is_empty(), "{rest:?} is not an attribute");
    attributes
}

/// Checks that every `&` in `text` opens one of the references the page
/// writes, and that it holds no `>`, no `<` and no double quote.
fn assert_escaped(text: &str) {
    assert!(!text.contains(['<', '>', '"']), "{text:?} is not escaped");
    for (at, _) in text.match_indices('&') {
        let reference = ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"];
        let known = reference.iter().any(|r| text[at..].starts_with(r));
        assert!(known, "a bare `&` in {text:?}");
    }
}

/// Checks that every element of `page` but a void one is closed, in order,
/// and that its texts are escaped; the style sheet, written by the crate,
/// is the one text that may quote.
fn assert_well_formed(page: &str) {
    let mut open: Vec<String> = Vec::new();
    for token in tokens(page) {
        match token {
            Token::Open(name, _) if VOID.contains(&name.as_str()) => {}
            Token::Open(name, _) => open.push(name),
            Token::Close(name) => assert_eq!(open.pop(), Some(name), "{page}"),
            Token::Text(text) if open.last().is_some_and(|n| n == "style") => {
                assert!(!text.contains(['<', '>', '&']), "{text}");
            }
            Token::Text(text) => assert_escaped(&text),
        }
    }
    assert!(open.is_empty(), "unclosed: {open:?}");
}

/// The value of the attribute `name` of an opening tag.
fn attribute<'a>(token: &'a Token, name: &str) -> Option<&'a str> {
    let Token::Open(_, attributes) = token else {
        return None;
    };
    let found = attributes.iter().find(|(n, _)| n == name);
    found.map(|(_, value)| value.as_str())
}

/// The page's status headings and entries in order: `("h3", text)` for a
/// status heading, `("article", id)` for an entry.
fn outline(page: &str) -> Vec<(&'static str, String)> {
    let tokens = tokens(page);
    let mut outline = Vec::new();
    for (at, token) in tokens.iter().enumerate() {
        let is_status = attribute(token, "id").is_some_and(|id| id.starts_with("Status-"));
        if matches!(token, Token::Open(name, _) if name == "h3") && is_status {
            let Token::Text(text) = &tokens[at + 1] else {
                panic!("a status heading without text")
            };
            outline.push(("h3", text.clone()));
        } else if matches!(token, Token::Open(name, _) if name == "article") {
            outline.push(("article", attribute(token, "id").unwrap().to_owned()));
        }
    }
    outline
}

/// The HTML of the entry whose code is `code`.
fn article<'a>(page: &'a str, code: &str) -> &'a str {
    let start = page.find(&format!(" id=\"{code}\">")).expect(code);
    let end = start + page[start..].find("</article>").unwrap();
    &page[start..end]
}

#[test]
fn the_page_is_one_self_contained_document() {
    let page = mastodon_page();
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"));
    assert!(page.contains("\n<meta charset=\"utf-8\">\n"));
    assert!(page.contains("\n<title>MastodonError</title>\n"));
    assert!(page.contains("\n<h1>MastodonError</h1>\n"));
    assert!(page.ends_with("</main>\n</body>\n</html>\n"));

    let outside = [
        "<script", "<link", "src=", "url(", "@import", "http://", "https://",
    ];
    for reference in outside {
        assert!(!page.contains(reference), "{reference}");
    }
    assert_eq!(
        page,
        docs::html_of("MastodonError", MastodonError::catalogue())
    );
}

#[test]
fn the_page_is_well_formed() {
    assert_well_formed(&mastodon_page());
    assert_well_formed(&docs::html::<HostileError>());
    assert_well_formed(&docs::html_of("Empty", &[]));
    assert_well_formed(&docs::html_of("Hostile", &hostile_details()));
}

#[test]
fn the_body_attributes_are_described_like_the_markdown_page() {
    let page = mastodon_page();
    assert!(page.contains("<h3><code>error</code></h3>\n<dl>\n<dt>Description</dt>\n"));
    assert!(page.contains("<h3><code>error_description</code> (optional)</h3>\n"));
    assert!(page.contains(
        "<dt>Present</dt>\n<dd>Only the errors below that list an error description \
         send it.</dd>\n"
    ));
}

#[test]
fn every_entry_is_anchored_once_under_its_status() {
    let page = mastodon_page();
    let catalogue = MastodonError::catalogue();
    assert_eq!(catalogue.len(), 16);
    let mut status = String::new();
    let mut codes = Vec::new();
    for (kind, text) in outline(&page) {
        if kind == "h3" {
            status = text;
            continue;
        }
        let entry = catalogue.iter().find(|e| e.code == text).expect(&text);
        assert!(status.starts_with(&format!("{} - ", entry.status.as_u16())));
        assert_eq!(page.matches(&format!(" id=\"{text}\"")).count(), 1);
        codes.push(text);
    }

    let mut in_page_order = catalogue.to_vec();
    in_page_order.sort_by_key(|entry| entry.status.as_u16());
    let expected: Vec<&str> = in_page_order.iter().map(|entry| entry.code).collect();
    assert_eq!(codes, expected);
}

#[test]
fn statuses_are_headed_by_their_reason_in_ascending_order() {
    let page = mastodon_page();
    let headings: Vec<String> = outline(&page)
        .into_iter()
        .filter(|(kind, _)| *kind == "h3")
        .map(|(_, text)| text)
        .collect();
    let expected = [
        "400 - Bad Request",
        "401 - Unauthorized",
        "403 - Forbidden",
        "404 - Not Found",
        "422 - Unprocessable Entity",
        "429 - Too Many Requests",
        "503 - Service Unavailable",
    ];
    assert_eq!(headings, expected);
}

#[test]
fn the_forbidden_entries_keep_their_declaration_order() {
    let outline = outline(&mastodon_page());
    let start = outline
        .iter()
        .position(|(_, t)| t == "403 - Forbidden")
        .unwrap();
    let forbidden: Vec<&str> = outline[start + 1..]
        .iter()
        .take_while(|(kind, _)| *kind == "article")
        .map(|(_, code)| code.as_str())
        .collect();
    let declared = [
        "not_permitted",
        "login_disabled",
        "email_unconfirmed",
        "pending_approval",
    ];
    assert_eq!(forbidden, declared);
}

#[test]
fn the_contents_link_to_every_status_and_entry() {
    let page = mastodon_page();
    let contents = &page[page.find("<nav").unwrap()..page.find("</nav>").unwrap()];
    assert!(contents.contains("<a href=\"#Status-403\">403 - Forbidden</a>"));
    for entry in MastodonError::catalogue() {
        let link = format!("<a href=\"#{0}\">{0}</a>", entry.code);
        assert_eq!(contents.matches(&link).count(), 1, "{link}");
    }
}

#[test]
fn an_entry_shows_what_a_client_reads_and_its_docs() {
    let page = mastodon_page();
    let grant = article(&page, "invalid_grant");
    assert!(grant.contains("<dt>Error</dt>\n<dd><code>invalid_grant</code></dd>\n"));
    assert!(grant.contains("<dt>Error description</dt>\n<dd><code>The provided"));
    assert!(grant.contains("<dt>Variant</dt>\n<dd><code>InvalidGrant</code></dd>\n"));
    assert!(grant.contains("<div class=\"docs\">\n<p>Appears when an OAuth token"));

    let missing = article(&page, "parameter_missing");
    assert!(missing.contains("<dd><code>{string}</code></dd>"));
    assert!(missing
        .contains("<code>param is missing or the value is empty or invalid: &lt;param&gt;</code>"));
}

#[test]
fn messages_descriptions_and_docs_are_escaped() {
    // The client reads the text as written; only the page escapes it.
    let message = HostileError::Hostile.message();
    assert_eq!(
        message,
        "<script>alert('message')</script> & \"quotes\" </pre>"
    );
    assert_eq!(HostileError::Second.to_json(), r#"{"error":"Second"}"#);

    let page = docs::html::<HostileError>();
    for raw in ["<script", "<b>", "<img", "<!--", "</pre><"] {
        assert!(!page.contains(raw), "{raw} is raw");
    }
    let hostile = article(&page, "hostile");
    assert!(hostile.contains(
        "<dd><code>&lt;script&gt;alert(&#39;message&#39;)&lt;/script&gt; &amp; \
         &quot;quotes&quot; &lt;/pre&gt;</code></dd>"
    ));
    assert!(hostile.contains("<dd><code>&lt;/code&gt;&lt;/dd&gt;&lt;script&gt;"));
    assert!(hostile.contains(
        "<p>Appears when &lt;script&gt;alert(&quot;docs&quot;)&lt;/script&gt; \
         &amp; &#39;quotes&#39; run.</p>"
    ));
    assert!(hostile.contains("<p>A <code>&lt;b&gt;span&lt;/b&gt; &amp; &quot;quoted&quot;</code>"));
    assert!(hostile.contains("a <code>double `tick` span</code>, and a lone ` backtick."));
    assert!(hostile.contains(
        "<pre><code>&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>"
    ));
    assert!(hostile.contains("<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp;amp;"));
}

#[test]
fn an_unclosed_fence_ends_with_its_docs() {
    let page = docs::html::<HostileError>();
    let second = article(&page, "second.one-2");
    assert!(second.contains(
        "<pre><code>&lt;/pre&gt;&lt;script&gt;unclosed&lt;/script&gt;\n</code></pre>\n</div>\n"
    ));
}

const HOSTILE_PLACEHOLDERS: [Placeholder; 1] = [Placeholder::__new("<x>", "\"f\"", "Vec<&'a str>")];

/// The entries of `HostileError` with hostile details.
fn hostile_details() -> Vec<Entry> {
    let detailed = |entry: &Entry| {
        entry.__details(
            &HOSTILE_PLACEHOLDERS,
            r#"{"error":"</pre><script>x</script>"}"#,
            Some("<1.0>"),
            Some("</p><script>note</script> & `<more>`"),
        )
    };
    HostileError::catalogue().iter().map(detailed).collect()
}

#[test]
fn details_are_shown_and_escaped() {
    let page = docs::html_of("<T&>", &hostile_details());
    assert!(!page.contains("<script"));
    assert!(page.contains("\n<title>&lt;T&amp;&gt;</title>\n"));

    let hostile = article(&page, "hostile");
    assert!(hostile.contains(
        "<h4><a class=\"self\" href=\"#hostile\"><code>hostile</code></a> \
         <span class=\"badge since\">since &lt;1.0&gt;</span> \
         <span class=\"badge deprecated\">deprecated</span></h4>"
    ));
    assert!(hostile.contains(
        "<p class=\"note\"><strong>Deprecated:</strong> &lt;/p&gt;&lt;script&gt;note\
         &lt;/script&gt; &amp; <code>&lt;more&gt;</code></p>"
    ));
    assert!(hostile.contains(
        "<tr><td><code>{&lt;x&gt;}</code></td><td><code>&quot;f&quot;</code></td>\
         <td><code>Vec&lt;&amp;&#39;a str&gt;</code></td></tr>"
    ));
    assert!(hostile.contains(
        "<h5>Example body</h5>\n<pre class=\"example\"><code>{&quot;error&quot;:&quot;&lt;/pre&gt;\
         &lt;script&gt;x&lt;/script&gt;&quot;}</code></pre>\n"
    ));
}

#[test]
fn an_entry_without_details_shows_none_of_them() {
    let plain: Vec<Entry> = MastodonError::catalogue()
        .iter()
        .map(|entry| entry.__details(&[], "", None, None))
        .collect();
    let page = docs::html_of("MastodonError", &plain);
    for detail in ["<h5>", "class=\"badge", "class=\"note\"", "<table>"] {
        assert!(!page.contains(detail), "{detail}");
    }
    let not_found = article(&page, "not_found");
    assert!(not_found.ends_with("</p>\n</div>\n"), "{not_found}");
    assert!(page.contains("<article class=\"entry\" id=\"not_found\">"));
}

#[test]
fn an_empty_catalogue_says_so() {
    let page = docs::html_of("Empty", &[]);
    assert!(page.contains("<p>The type reports no errors.</p>\n"));
    assert!(!page.contains("<article"));
    assert!(page.contains("<dd>None of the errors below sends it.</dd>"));
}

#[path = "common/wire_error.rs"]
mod wire_error;

use wire_error::WireError;

#[test]
fn headers_and_details_are_rows_of_the_entry() {
    let page = docs::html::<WireError>();
    assert_well_formed(&page);
    let limited = article(&page, "limited");
    assert!(
        limited.contains(
            "<dt>Headers</dt>\n<dd><code>Retry-After: {retry_after}</code>, \
             <code>X-Note: &lt;i&gt;`tick`&lt;/i&gt; &amp; &quot;{{x}}&quot;</code></dd>\n\
             <dt>Details</dt>\n<dd><code>Option&lt;Vec&lt;Limit&gt;&gt;</code> under \
             <code>details</code></dd>\n<dt>Variant</dt>"
        ),
        "{limited}"
    );
}

#[test]
fn a_masked_entry_shows_only_its_reason_phrase() {
    let page = docs::html::<WireError>();
    let clash = article(&page, "clash");
    assert!(
        clash.contains(
            "<dt>Error</dt>\n<dd><code>Conflict</code></dd>\n\
             <dt>Headers</dt>\n<dd><code>Cache-Control: no-store</code></dd>\n"
        ),
        "{clash}"
    );
    for leak in ["secret", "internal", "{token}", "Placeholders", "Details"] {
        assert!(!clash.contains(leak), "{leak}");
    }
    assert!(!page.contains("secret") && !page.contains("internal"));
}
