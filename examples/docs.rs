//! Writes the documentation of `MastodonError` to stdout, generated from the
//! enum: `cargo run --example docs -- --format markdown|html|openapi`.
//!
//! `markdown` (the default) is the reference page, `html` the same page as
//! one self-contained HTML file, `openapi` the OpenAPI 3.1 responses of
//! every error, as JSON.

use std::io::Write;
use std::process::ExitCode;

use apifault::docs;
use apifault::mastodon::MastodonError;

const USAGE: &str = "usage: docs [--format markdown|html|openapi]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    if matches!(args.as_slice(), [help] if help == "--help" || help == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let page = match format(&args).and_then(render) {
        Ok(page) => page,
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    // A closed pipe or a full disk is the reader's business: say so, and
    // fail, but do not panic as `print!` would.
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(page.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("cannot write the page: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The format the arguments ask for: `--format NAME` or `--format=NAME`.
fn format(args: &[String]) -> Result<&str, String> {
    match args {
        [] => Ok("markdown"),
        [flag] if flag == "--format" => Err("`--format` needs a value".to_owned()),
        [flag, name] if flag == "--format" => Ok(name),
        [flag] => flag
            .strip_prefix("--format=")
            .ok_or_else(|| format!("unexpected argument `{flag}`")),
        _ => Err(format!("unexpected arguments `{}`", args.join(" "))),
    }
}

fn render(format: &str) -> Result<String, String> {
    match format {
        "markdown" => Ok(docs::markdown::<MastodonError>()),
        "html" => Ok(docs::html::<MastodonError>()),
        "openapi" => Ok(docs::openapi::<MastodonError>() + "\n"),
        other => Err(format!("unknown format `{other}`")),
    }
}
