//! "Did you mean" for a misspelled name.

/// The candidate closest to `typo`, if one is close enough to be what the
/// user meant.
pub fn closest<'a>(typo: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (typo.chars().count() / 3).max(1);
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
    use super::closest;

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
    }
}
