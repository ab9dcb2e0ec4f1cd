//! The reference page of `MastodonError` against the Mastodon API's own
//! documentation of the Error entity: the same errors, in the same order,
//! with the same statuses, texts and prose.

use apifault::docs;
use apifault::mastodon::MastodonError;
use apifault::ApiError;

/// The documentation page of the Error entity, as text.
const PAGE: &str = include_str!("data/mastodon-error-entity.txt");

/// An editing slip of the documentation page: a fragment glued to the end
/// of the 404 entry's sentence, which is not part of it.
const STRAY: &str = "operates on a user.";

/// One error as a page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Listed {
    status: u16,
    message: String,
    docs: String,
}

/// One error as the generated page shows it.
#[derive(Debug, Default)]
struct Shown {
    status: u16,
    code: String,
    message: String,
    docs: String,
    description: Option<String>,
    variant: String,
}

/// The "Possible reasons" of the documentation page, in its order.
fn documented() -> Vec<Listed> {
    let mut listed = Vec::new();
    let mut status = None;
    let reasons = PAGE
        .lines()
        .skip_while(|line| *line != "Possible reasons")
        .take_while(|line| *line != "See also");
    for line in reasons {
        if let Some(code) = status_of_heading(line, "") {
            status = Some(code);
        } else if let Some(rest) = line.strip_prefix("Error: ") {
            let (message, docs) = rest.split_once(". ").expect("`Error: <text>. <docs>`");
            listed.push(Listed {
                status: status.expect("an error before any status"),
                message: message.to_owned(),
                docs: docs.to_owned(),
            });
        }
    }
    remove_stray_fragment(&mut listed);
    listed
}

/// Strips [`STRAY`] from the one entry that ends in it.
fn remove_stray_fragment(listed: &mut [Listed]) {
    let slipped: Vec<_> = listed
        .iter_mut()
        .filter(|entry| entry.docs.ends_with(&format!(".{STRAY}")))
        .collect();
    assert_eq!(slipped.len(), 1, "the page's slip is in one entry");
    for entry in slipped {
        assert_eq!(entry.status, 404);
        let end = entry.docs.len() - STRAY.len();
        entry.docs.truncate(end);
    }
}

/// The status of a heading `<prefix>404 - Not Found`.
fn status_of_heading(line: &str, prefix: &str) -> Option<u16> {
    let (status, reason) = line.strip_prefix(prefix)?.split_once(" - ")?;
    let is_status = status.len() == 3 && status.bytes().all(|b| b.is_ascii_digit());
    (is_status && !reason.is_empty()).then(|| status.parse().unwrap())
}

/// The errors of the generated page, in its order.
fn shown(page: &str) -> Vec<Shown> {
    let reasons = page.split("\n## Possible reasons\n").nth(1).unwrap();
    let mut shown: Vec<Shown> = Vec::new();
    let mut status = 0;
    let mut in_docs = false;
    for line in reasons.lines() {
        if let Some(code) = status_of_heading(line, "### ") {
            status = code;
        } else if let Some(code) = line.strip_prefix("#### ") {
            let code = code_span(code).0;
            shown.push(Shown {
                status,
                code,
                ..Shown::default()
            });
        } else if let Some(entry) = shown.last_mut() {
            in_docs = read_item(entry, line, in_docs);
        }
    }
    for entry in &mut shown {
        entry.docs = entry.docs.trim_matches('\n').to_owned();
    }
    shown
}

/// Reads one line of an entry's list into `entry`, and says whether the
/// docs, indented under the `Error` item, go on after it.
fn read_item(entry: &mut Shown, line: &str, in_docs: bool) -> bool {
    if let Some(rest) = line.strip_prefix("- Error: ") {
        let (message, after) = code_span(rest);
        assert_eq!(after, ".", "a period ends the `Error` line");
        entry.message = message;
        return true;
    }
    if let Some(rest) = line.strip_prefix("- Error description: ") {
        entry.description = Some(code_span(rest).0);
    } else if let Some(rest) = line.strip_prefix("- Variant: ") {
        entry.variant = code_span(rest).0;
    } else if in_docs && (line.is_empty() || line.starts_with("  ")) {
        entry.docs.push_str(line.strip_prefix("  ").unwrap_or(line));
        entry.docs.push('\n');
        return true;
    } else {
        assert!(line.is_empty(), "{line:?} is outside the entry's list");
    }
    false
}

/// The text of the code span that opens `text`, and what follows it.
fn code_span(text: &str) -> (String, &str) {
    let fence_len = text.len() - text.trim_start_matches('`').len();
    assert!(fence_len > 0, "{text:?} opens no code span");
    let fence = &text[..fence_len];
    let inner = &text[fence_len..];
    let end = inner.find(fence).expect("a closing fence");
    let content = &inner[..end];
    let content = match content.strip_prefix(' ').and_then(|c| c.strip_suffix(' ')) {
        Some(stripped) if !content.trim().is_empty() => stripped,
        _ => content,
    };
    (content.to_owned(), &inner[end + fence_len..])
}

/// The words of `text`: Markdown shows a line break inside a paragraph as
/// a space.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A page's message for a dynamic entry is one placeholder, `{string}` or
/// `{translated string}`.
fn is_one_placeholder(message: &str) -> bool {
    let inner = message.strip_prefix('{').and_then(|m| m.strip_suffix('}'));
    inner.is_some_and(|inner| !inner.is_empty() && !inner.contains(['{', '}']))
}

fn generated_page() -> Vec<Shown> {
    shown(&docs::markdown::<MastodonError>())
}

#[test]
fn the_documentation_page_is_read_whole() {
    let listed = documented();
    assert_eq!(listed.len(), 15);
    assert_eq!(
        listed.iter().map(|e| e.status).collect::<Vec<_>>(),
        [400, 401, 403, 403, 403, 403, 404, 422, 422, 422, 429, 503, 503, 503, 503]
    );
    let not_found = &listed[6];
    assert_eq!(not_found.message, "Record not found");
    assert!(not_found.docs.ends_with("audience of a private entity."));
}

#[test]
fn the_page_lists_the_documented_errors_in_order() {
    let listed = documented();
    let shown: Vec<Shown> = generated_page()
        .into_iter()
        .filter(|entry| entry.variant != "InvalidGrant")
        .collect();
    assert_eq!(shown.len(), listed.len(), "{shown:#?}");

    for (at, (documented, shown)) in listed.iter().zip(&shown).enumerate() {
        let what = format!("entry {at} (`{}`)", shown.variant);
        assert_eq!(shown.status, documented.status, "status of {what}");
        if is_one_placeholder(&documented.message) {
            assert!(is_one_placeholder(&shown.message), "message of {what}");
        } else {
            assert_eq!(shown.message, documented.message, "message of {what}");
        }
        let first_paragraph = shown.docs.split("\n\n").next().unwrap();
        assert_eq!(words(first_paragraph), documented.docs, "docs of {what}");
        assert_eq!(shown.description, None, "description of {what}");
    }
}

#[test]
fn the_page_shows_the_documented_oauth_error() {
    let shown = generated_page();
    let grant = shown.iter().find(|e| e.variant == "InvalidGrant").unwrap();
    assert_eq!(grant.status, 400);
    assert_eq!(grant.code, "invalid_grant");
    assert_eq!(grant.message, "invalid_grant");

    let body = PAGE
        .lines()
        .find(|l| l.contains("\"error_description\""))
        .unwrap();
    let documented = body.trim().trim_start_matches("\"error_description\": ");
    let documented = documented.trim_matches('"');
    assert_eq!(grant.description.as_deref(), Some(documented));
}

#[test]
fn the_page_matches_the_catalogue() {
    let shown = generated_page();
    let mut catalogue = MastodonError::catalogue().to_vec();
    // The page lists statuses in ascending order, each in declaration order.
    catalogue.sort_by_key(|entry| entry.status.as_u16());
    assert_eq!(shown.len(), catalogue.len());
    for (shown, entry) in shown.iter().zip(&catalogue) {
        assert_eq!(shown.variant, entry.name);
        assert_eq!(shown.code, entry.code);
        assert_eq!(shown.message, entry.client_message);
        assert_eq!(
            shown.docs.split("\n\n").next(),
            entry.docs.split("\n\n").next()
        );
    }
}

#[test]
fn catalogue_docs_open_with_the_documented_sentence() {
    let listed = documented();
    let catalogue = MastodonError::catalogue();
    assert_eq!(catalogue.len(), listed.len() + 1);
    for (entry, documented) in catalogue.iter().zip(&listed) {
        let first_paragraph = entry.docs.split("\n\n").next().unwrap();
        assert_eq!(words(first_paragraph), documented.docs, "{}", entry.name);
        assert_eq!(entry.status.as_u16(), documented.status, "{}", entry.name);
    }
    assert_eq!(catalogue.last().unwrap().name, "InvalidGrant");
}

#[test]
fn the_page_describes_the_body_like_the_documentation() {
    let page = docs::markdown::<MastodonError>();
    assert!(page.starts_with("# MastodonError\n"));
    assert!(PAGE.contains("\nerror_description optional\n"));
    let attributes = page.split("\n## Attributes\n").nth(1).unwrap();
    let attributes = attributes.split("\n## Possible reasons\n").next().unwrap();
    assert!(attributes.contains("### `error`\n\n- Description: The error message.\n"));
    assert!(attributes.contains("### `error_description` (optional)\n"));
    assert!(attributes
        .contains("- Present: Only the errors below that list an error description send it.\n"));
}
