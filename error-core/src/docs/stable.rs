//! The stability check: a snapshot of the codes and statuses clients rely
//! on, and the changes to a catalogue that would break them.

use std::fmt::{self, Write as _};
use std::io;
use std::path::{Path, PathBuf};

use super::Codes;
use crate::{ApiError, Entry};

/// Checks the catalogue of `E` against the snapshot at `path`: a test helper
/// that keeps an API's errors from changing under its clients.
///
/// A client tells errors apart by their code and status, so once published,
/// a code must keep its status and must not disappear. The first run writes
/// the snapshot (commit it); each later run compares the catalogue with it:
///
/// - a code of the snapshot that is missing from the catalogue, or that has
///   another status there, is a breaking change: the check fails, naming
///   every one, and leaves the snapshot as it was;
/// - a code that only the catalogue has is a new error, which breaks no
///   client: the check passes and adds it to the snapshot, which is then
///   written anew in its own format (comments of your own are not kept).
///
/// Variant names are recorded to explain a change (a renamed code is
/// reported as such), never compared: renaming a variant breaks no client.
///
/// ```
/// use apifault_core::docs::check_stable;
/// use apifault_core::mastodon::MastodonError;
///
/// let path = std::env::temp_dir().join(format!("apifault-doc-{}.txt", std::process::id()));
/// # let _ = std::fs::remove_file(&path);
/// check_stable::<MastodonError>(&path).unwrap(); // writes the snapshot
/// check_stable::<MastodonError>(&path).unwrap(); // nothing changed
/// # std::fs::remove_file(&path).unwrap();
/// ```
pub fn check_stable<E: ApiError>(path: impl AsRef<Path>) -> Result<(), StabilityError> {
    check_stable_of(E::catalogue(), path.as_ref())
}

/// [`check_stable`] for a catalogue given as its entries.
pub fn check_stable_of(entries: &[Entry], path: &Path) -> Result<(), StabilityError> {
    let io_error = |action, source| StabilityError::Io {
        path: path.to_owned(),
        action,
        source,
    };
    let existing = match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(error) if error.kind() == io::ErrorKind::NotFound => None,
        Err(error) => return Err(io_error("read", error)),
    };
    let old = match &existing {
        Some(text) => parse(text, path)?,
        None => Vec::new(),
    };

    let changes = breaking_changes(&old, entries);
    if !changes.is_empty() {
        return Err(StabilityError::Breaking {
            path: path.to_owned(),
            changes,
        });
    }
    let text = render(&merged(&old, entries));
    if existing.as_deref() != Some(text.as_str()) {
        std::fs::write(path, text).map_err(|error| io_error("write", error))?;
    }
    Ok(())
}

/// Why [`check_stable`] failed. Its `Display`, which `unwrap` and a test
/// returning `Result` show too, names the file and every change.
#[derive(Debug)]
#[non_exhaustive]
pub enum StabilityError {
    /// The catalogue breaks clients: the snapshot was left as it was.
    Breaking {
        /// The snapshot's path.
        path: PathBuf,
        /// Every breaking change, in the snapshot's order.
        changes: Vec<Change>,
    },
    /// A line of the snapshot is not `code status variant` with an error
    /// status, or repeats a code.
    Malformed {
        /// The snapshot's path.
        path: PathBuf,
        /// The line's number, from 1.
        line: usize,
        /// The line as it is in the file.
        text: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The snapshot could not be read, or written when it was new or the
    /// catalogue had new codes.
    Io {
        /// The snapshot's path.
        path: PathBuf,
        /// `"read"` or `"write"`.
        action: &'static str,
        /// What the system said.
        source: io::Error,
    },
}

/// A change of a catalogue that breaks clients.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Change {
    /// A code is sent with another status.
    StatusChanged {
        /// The code.
        code: String,
        /// The status of the snapshot.
        was: u16,
        /// The status of the catalogue.
        now: u16,
    },
    /// A variant that is still there is sent with another code.
    CodeChanged {
        /// The variant.
        variant: String,
        /// The code of the snapshot.
        was: String,
        /// The code of the catalogue.
        now: String,
    },
    /// A code is gone from the catalogue, and so is its variant.
    Removed {
        /// The code.
        code: String,
        /// Its status in the snapshot.
        status: u16,
        /// Its variant in the snapshot.
        variant: String,
    },
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::StatusChanged { code, was, now } => {
                write!(f, "code `{code}` changed its status from {was} to {now}")
            }
            Change::CodeChanged { variant, was, now } => {
                write!(
                    f,
                    "variant `{variant}` changed its code from `{was}` to `{now}`"
                )
            }
            Change::Removed {
                code,
                status,
                variant,
            } => write!(
                f,
                "code `{code}` ({status}, variant `{variant}`) is gone from the catalogue"
            ),
        }
    }
}

impl fmt::Display for StabilityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StabilityError::Breaking { path, changes } => {
                write!(f, "the catalogue breaks clients of {}:", path.display())?;
                for change in changes {
                    write!(f, "\n  - {change}")?;
                }
                write!(
                    f,
                    "\nkeep each code and its status; if the break is meant, \
                     edit the snapshot in the same change"
                )
            }
            StabilityError::Malformed {
                path,
                line,
                text,
                reason,
            } => write!(
                f,
                "{}:{line}: {reason}, found `{}`",
                path.display(),
                text.escape_debug()
            ),
            StabilityError::Io {
                path,
                action,
                source,
            } => write!(
                f,
                "cannot {action} the snapshot {}: {source}",
                path.display()
            ),
        }
    }
}

impl std::error::Error for StabilityError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StabilityError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// One line of the snapshot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Recorded<'a> {
    code: &'a str,
    status: u16,
    variant: &'a str,
}

impl Recorded<'static> {
    fn of(entry: &Entry) -> Self {
        Recorded {
            code: entry.code,
            status: entry.status.as_u16(),
            variant: entry.name,
        }
    }
}

const HEADER: &str = "\
# The error codes and statuses clients rely on, one `code status variant`
# a line, checked by apifault::docs::check_stable. New codes are added as
# they come; a changed or missing code fails the check.
";

fn parse<'a>(text: &'a str, path: &Path) -> Result<Vec<Recorded<'a>>, StabilityError> {
    let mut recorded = Vec::new();
    let mut codes = Codes::default();
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let malformed = |reason| StabilityError::Malformed {
            path: path.to_owned(),
            line: index + 1,
            text: line.to_owned(),
            reason,
        };
        let Some(record) = parse_line(trimmed) else {
            return Err(malformed(EXPECTED));
        };
        if !matches!(record.status, 400..=599) {
            return Err(malformed("expected an error status, 400 to 599"));
        }
        if codes.insert(record.code, recorded.len()).is_some() {
            return Err(malformed("a code may be listed once"));
        }
        recorded.push(record);
    }
    Ok(recorded)
}

const EXPECTED: &str = "expected `code status variant`";

fn parse_line(line: &str) -> Option<Recorded<'_>> {
    let (code, rest) = first_word(line)?;
    let (status, rest) = first_word(rest)?;
    let (variant, rest) = first_word(rest)?;
    if first_word(rest).is_some() {
        return None;
    }
    Some(Recorded {
        code,
        status: status.parse().ok()?,
        variant,
    })
}

/// The first word of `text`, which whitespace ends, and the text after
/// it; `None` when `text` is all whitespace.
fn first_word(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_start();
    if text.is_empty() {
        return None;
    }
    let end = text.find(char::is_whitespace).unwrap_or(text.len());
    Some(text.split_at(end))
}

fn breaking_changes(old: &[Recorded], entries: &[Entry]) -> Vec<Change> {
    // The place of the last entry with each code: a code keeps the first
    // place it is given, and the places are given from the end.
    let mut last = Codes::default();
    for place in (0..entries.len()).rev() {
        last.insert(entries[place].code, place);
    }
    let mut changes = Vec::new();
    for recorded in old {
        let Some(place) = last.get(recorded.code) else {
            changes.push(missing(recorded, entries));
            continue;
        };
        let now = entries[place].status.as_u16();
        if now != recorded.status {
            changes.push(Change::StatusChanged {
                code: recorded.code.to_owned(),
                was: recorded.status,
                now,
            });
        }
    }
    changes
}

/// The change that made `recorded`'s code disappear: its variant took
/// another code, or it is gone.
fn missing(recorded: &Recorded, entries: &[Entry]) -> Change {
    for entry in entries {
        if entry.name == recorded.variant {
            return Change::CodeChanged {
                variant: recorded.variant.to_owned(),
                was: recorded.code.to_owned(),
                now: entry.code.to_owned(),
            };
        }
    }
    Change::Removed {
        code: recorded.code.to_owned(),
        status: recorded.status,
        variant: recorded.variant.to_owned(),
    }
}

/// The snapshot's entries followed by the catalogue's new codes, with the
/// variant names brought up to date.
fn merged<'a>(old: &[Recorded<'a>], entries: &[Entry]) -> Vec<Recorded<'a>> {
    // The place of the first entry with each code.
    let mut first = Codes::default();
    for (place, entry) in entries.iter().enumerate() {
        first.insert(entry.code, place);
    }
    let mut all = Vec::with_capacity(old.len());
    // The codes `all` has so far.
    let mut listed = Codes::default();
    for &recorded in old {
        listed.insert(recorded.code, all.len());
        all.push(match first.get(recorded.code) {
            Some(place) => Recorded::of(&entries[place]),
            None => recorded,
        });
    }
    for entry in entries {
        if listed.insert(entry.code, all.len()).is_none() {
            all.push(Recorded::of(entry));
        }
    }
    all
}

fn render(recorded: &[Recorded]) -> String {
    let mut text = String::from(HEADER);
    for line in recorded {
        let _ = writeln!(text, "{} {} {}", line.code, line.status, line.variant);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_need_three_words_and_a_numeric_status() {
        assert_eq!(
            parse_line("not_found 404 NotFound"),
            Some(Recorded {
                code: "not_found",
                status: 404,
                variant: "NotFound"
            })
        );
        assert_eq!(parse_line("not_found 404"), None);
        assert_eq!(parse_line("not_found four NotFound"), None);
        assert_eq!(parse_line("not_found 404 NotFound extra"), None);
    }

    #[test]
    fn comments_and_blank_lines_are_skipped_and_bad_lines_named() {
        let path = Path::new("snapshot.txt");
        let text = "# header\n\nnot_found 404 NotFound\nbroken\n";
        let error = parse(text, path).unwrap_err();
        assert_eq!(
            error.to_string(),
            "snapshot.txt:4: expected `code status variant`, found `broken`"
        );
    }

    #[test]
    fn a_repeated_code_or_a_success_status_is_malformed() {
        let path = Path::new("snapshot.txt");
        let twice = parse("a 404 A\na 410 A\n", path).unwrap_err();
        assert_eq!(
            twice.to_string(),
            "snapshot.txt:2: a code may be listed once, found `a 410 A`"
        );
        let success = parse("a 200 A\n", path).unwrap_err();
        assert!(success.to_string().contains("expected an error status"));
    }
}
