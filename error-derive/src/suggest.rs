//! "Did you mean" for a misspelled name, and the closeness of an unknown
//! attribute to one of the derive's.

/// The candidate closest to `typo`, if it is plausibly what the user meant:
/// the same name but for case and underscores, or, for a name of three or
/// more characters, within a third of its length in edits.
pub fn closest<'a>(typo: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    if let Some(same) = candidates
        .iter()
        .find(|candidate| loose(candidate) == loose(typo))
    {
        return Some(same);
    }
    let length = typo.chars().count();
    if length < 3 {
        return None;
    }
    let limit = (length / 3).max(1);
    candidates
        .into_iter()
        .map(|candidate| (distance(typo, candidate), candidate))
        .filter(|&(distance, _)| distance <= limit)
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// `"; did you mean `x`?"`, or nothing.
pub fn did_you_mean<'a>(typo: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(typo, candidates).map_or_else(String::new, |name| format!("; did you mean `{name}`?"))
}

/// Whether `name`, which is not `known`, looks like a misspelling of it:
/// one or two edits away, and longer than one letter.
pub fn is_near(name: &str, known: &str) -> bool {
    name != known && name.chars().count() > 1 && distance(name, known) <= 2
}

/// A name with case and underscores ignored.
fn loose(name: &str) -> String {
    name.chars()
        .filter(|&ch| ch != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Levenshtein distance over chars, case-insensitively.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().flat_map(char::to_lowercase).collect();
    let b: Vec<char> = b.chars().flat_map(char::to_lowercase).collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{closest, is_near};

    #[test]
    fn finds_the_closest() {
        assert_eq!(closest("crat", ["crate", "display"]), Some("crate"));
        assert_eq!(
            closest("NOT_FOND", ["NOT_FOUND", "GONE"]),
            Some("NOT_FOUND")
        );
        assert_eq!(closest("nme", ["name", "id"]), Some("name"));
    }

    #[test]
    fn gives_nothing_far_away() {
        assert_eq!(closest("zzzzzz", ["crate", "display"]), None);
        assert_eq!(closest("x", ["crate"]), None);
        assert_eq!(closest("abcdef", ["abcxyz"]), None);
    }

    #[test]
    fn short_names_need_more_than_one_shared_letter() {
        assert_eq!(closest("a", ["z"]), None);
        assert_eq!(closest("ab", ["ax", "b"]), None);
        assert_eq!(closest("idd", ["id"]), Some("id"));
    }

    #[test]
    fn case_and_underscores_alone_always_match() {
        assert_eq!(closest("A", ["a", "b"]), Some("a"));
        assert_eq!(
            closest("not_found", ["NOT_FOUND", "FOUND"]),
            Some("NOT_FOUND")
        );
        assert_eq!(closest("NotFound", ["NOT_FOUND"]), Some("NOT_FOUND"));
        assert_eq!(closest("user_id", ["userid"]), Some("userid"));
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
