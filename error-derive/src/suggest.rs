//! "Did you mean" for a misspelled name, and the closeness of an unknown
//! attribute to one of the derive's.

/// The candidate closest to `typo`, if it is plausibly what the user meant:
/// the same name but for case and underscores, or, for a name of three or
/// more characters, within a third of its length in edits. Of equally
/// close candidates, the first.
pub fn closest<'a>(typo: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let typo_loose = loose(typo);
    for &candidate in candidates {
        if loose(candidate) == typo_loose {
            return Some(candidate);
        }
    }
    let length = typo.chars().count();
    if length < 3 {
        return None;
    }
    let limit = (length / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    for &candidate in candidates {
        let edits = distance(typo, candidate);
        let is_better = match best {
            Some((fewest, _)) => edits < fewest,
            None => true,
        };
        if edits <= limit && is_better {
            best = Some((edits, candidate));
        }
    }
    let (_, candidate) = best?;
    Some(candidate)
}

/// `"; did you mean `x`?"`, or nothing.
pub fn did_you_mean(typo: &str, candidates: &[&str]) -> String {
    match closest(typo, candidates) {
        Some(name) => format!("; did you mean `{name}`?"),
        None => String::new(),
    }
}

/// `names` in backticks, separated by `separator`: "`a`, `b`".
pub fn listed(names: &[&str], separator: &str) -> String {
    let mut out = String::new();
    for (at, name) in names.iter().enumerate() {
        if at > 0 {
            out.push_str(separator);
        }
        out.push('`');
        out.push_str(name);
        out.push('`');
    }
    out
}

/// Whether `name`, which is not `known`, looks like a misspelling of it:
/// one or two edits away, and longer than one letter.
pub fn is_near(name: &str, known: &str) -> bool {
    name != known && name.chars().count() > 1 && distance(name, known) <= 2
}

/// A name with case and underscores ignored.
fn loose(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for ch in name.chars() {
        if ch != '_' {
            for lower in ch.to_lowercase() {
                out.push(lower);
            }
        }
    }
    out
}

/// `text` with each char lowercased on its own.
fn lowercase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        for lower in ch.to_lowercase() {
            out.push(lower);
        }
    }
    out
}

/// Levenshtein distance over chars, case-insensitively.
fn distance(a: &str, b: &str) -> usize {
    let (a, b) = (lowercase(a), lowercase(b));
    // The distances from a prefix of `a` to each prefix of `b`.
    let mut row = Vec::new();
    for j in 0..=b.chars().count() {
        row.push(j);
    }
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.chars().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[row.len() - 1]
}

#[cfg(test)]
mod tests {
    use super::{closest, is_near};

    #[test]
    fn finds_the_closest() {
        assert_eq!(closest("crat", &["crate", "display"]), Some("crate"));
        assert_eq!(
            closest("NOT_FOND", &["NOT_FOUND", "GONE"]),
            Some("NOT_FOUND")
        );
        assert_eq!(closest("nme", &["name", "id"]), Some("name"));
    }

    #[test]
    fn gives_nothing_far_away() {
        assert_eq!(closest("zzzzzz", &["crate", "display"]), None);
        assert_eq!(closest("x", &["crate"]), None);
        assert_eq!(closest("abcdef", &["abcxyz"]), None);
    }

    #[test]
    fn short_names_need_more_than_one_shared_letter() {
        assert_eq!(closest("a", &["z"]), None);
        assert_eq!(closest("ab", &["ax", "b"]), None);
        assert_eq!(closest("idd", &["id"]), Some("id"));
    }

    #[test]
    fn case_and_underscores_alone_always_match() {
        assert_eq!(closest("A", &["a", "b"]), Some("a"));
        assert_eq!(
            closest("not_found", &["NOT_FOUND", "FOUND"]),
            Some("NOT_FOUND")
        );
        assert_eq!(closest("NotFound", &["NOT_FOUND"]), Some("NOT_FOUND"));
        assert_eq!(closest("user_id", &["userid"]), Some("userid"));
    }

    #[test]
    fn near_attribute_names() {
        assert!(is_near("mesage", "message"));
        assert!(is_near("Message", "message"));
        assert!(is_near("stauts", "status"));
        assert!(!is_near("message", "message"));
        assert!(!is_near("c", "code"));
        assert!(!is_near("error", "code"));
        assert!(!is_near("source", "status"));
        assert!(!is_near("doc", "code"));
    }
}
