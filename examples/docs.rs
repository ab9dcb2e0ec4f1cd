//! Writes the documentation of `MastodonError` to stdout, generated from the
//! enum: `cargo run --example docs -- --format markdown|html|openapi`.
//!
//! `markdown` (the default) is the reference page, `html` the same page as
//! one self-contained HTML file, `openapi` the OpenAPI 3.1 responses of
//! every error, as JSON.

use std::process::ExitCode;

use apifault::docs;
use apifault::mastodon::MastodonError;

const USAGE: &str = "usage: docs [--format markdown|html|openapi]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match format(&args).and_then(render) {
        Ok(page) => {
            print!("{page}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The format the arguments ask for: `--format NAME` or `--format=NAME`.
fn format(args: &[String]) -> Result<&str, String> {
    match args {
        [] => Ok("markdown"),
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
        "openapi" => {
            let document = docs::openapi::<MastodonError>();
            serde_json::to_string_pretty(&document)
                .map(|json| json + "\n")
                .map_err(|error| format!("cannot write the OpenAPI document: {error}"))
        }
        other => Err(format!("unknown format `{other}`")),
    }
}
