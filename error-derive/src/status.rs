//! The HTTP statuses the derive knows by name, with their reason phrases
//! (the names and phrases of `http::StatusCode`).

/// A registered status: its number, its `StatusCode` constant name and its
/// canonical reason phrase.
pub struct Known {
    pub code: u16,
    pub name: &'static str,
    pub phrase: &'static str,
}

const fn known(code: u16, name: &'static str, phrase: &'static str) -> Known {
    Known { code, name, phrase }
}

/// Every constant of `http::StatusCode`.
pub const KNOWN: &[Known] = &[
    known(100, "CONTINUE", "Continue"),
    known(101, "SWITCHING_PROTOCOLS", "Switching Protocols"),
    known(102, "PROCESSING", "Processing"),
    known(103, "EARLY_HINTS", "Early Hints"),
    known(200, "OK", "OK"),
    known(201, "CREATED", "Created"),
    known(202, "ACCEPTED", "Accepted"),
    known(
        203,
        "NON_AUTHORITATIVE_INFORMATION",
        "Non Authoritative Information",
    ),
    known(204, "NO_CONTENT", "No Content"),
    known(205, "RESET_CONTENT", "Reset Content"),
    known(206, "PARTIAL_CONTENT", "Partial Content"),
    known(207, "MULTI_STATUS", "Multi-Status"),
    known(208, "ALREADY_REPORTED", "Already Reported"),
    known(226, "IM_USED", "IM Used"),
    known(300, "MULTIPLE_CHOICES", "Multiple Choices"),
    known(301, "MOVED_PERMANENTLY", "Moved Permanently"),
    known(302, "FOUND", "Found"),
    known(303, "SEE_OTHER", "See Other"),
    known(304, "NOT_MODIFIED", "Not Modified"),
    known(305, "USE_PROXY", "Use Proxy"),
    known(307, "TEMPORARY_REDIRECT", "Temporary Redirect"),
    known(308, "PERMANENT_REDIRECT", "Permanent Redirect"),
    known(400, "BAD_REQUEST", "Bad Request"),
    known(401, "UNAUTHORIZED", "Unauthorized"),
    known(402, "PAYMENT_REQUIRED", "Payment Required"),
    known(403, "FORBIDDEN", "Forbidden"),
    known(404, "NOT_FOUND", "Not Found"),
    known(405, "METHOD_NOT_ALLOWED", "Method Not Allowed"),
    known(406, "NOT_ACCEPTABLE", "Not Acceptable"),
    known(
        407,
        "PROXY_AUTHENTICATION_REQUIRED",
        "Proxy Authentication Required",
    ),
    known(408, "REQUEST_TIMEOUT", "Request Timeout"),
    known(409, "CONFLICT", "Conflict"),
    known(410, "GONE", "Gone"),
    known(411, "LENGTH_REQUIRED", "Length Required"),
    known(412, "PRECONDITION_FAILED", "Precondition Failed"),
    known(413, "PAYLOAD_TOO_LARGE", "Payload Too Large"),
    known(414, "URI_TOO_LONG", "URI Too Long"),
    known(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported Media Type"),
    known(416, "RANGE_NOT_SATISFIABLE", "Range Not Satisfiable"),
    known(417, "EXPECTATION_FAILED", "Expectation Failed"),
    known(418, "IM_A_TEAPOT", "I'm a teapot"),
    known(421, "MISDIRECTED_REQUEST", "Misdirected Request"),
    known(422, "UNPROCESSABLE_ENTITY", "Unprocessable Entity"),
    known(423, "LOCKED", "Locked"),
    known(424, "FAILED_DEPENDENCY", "Failed Dependency"),
    known(425, "TOO_EARLY", "Too Early"),
    known(426, "UPGRADE_REQUIRED", "Upgrade Required"),
    known(428, "PRECONDITION_REQUIRED", "Precondition Required"),
    known(429, "TOO_MANY_REQUESTS", "Too Many Requests"),
    known(
        431,
        "REQUEST_HEADER_FIELDS_TOO_LARGE",
        "Request Header Fields Too Large",
    ),
    known(
        451,
        "UNAVAILABLE_FOR_LEGAL_REASONS",
        "Unavailable For Legal Reasons",
    ),
    known(500, "INTERNAL_SERVER_ERROR", "Internal Server Error"),
    known(501, "NOT_IMPLEMENTED", "Not Implemented"),
    known(502, "BAD_GATEWAY", "Bad Gateway"),
    known(503, "SERVICE_UNAVAILABLE", "Service Unavailable"),
    known(504, "GATEWAY_TIMEOUT", "Gateway Timeout"),
    known(
        505,
        "HTTP_VERSION_NOT_SUPPORTED",
        "HTTP Version Not Supported",
    ),
    known(506, "VARIANT_ALSO_NEGOTIATES", "Variant Also Negotiates"),
    known(507, "INSUFFICIENT_STORAGE", "Insufficient Storage"),
    known(508, "LOOP_DETECTED", "Loop Detected"),
    known(510, "NOT_EXTENDED", "Not Extended"),
    known(
        511,
        "NETWORK_AUTHENTICATION_REQUIRED",
        "Network Authentication Required",
    ),
];

/// Whether a variant may have the status `code`.
pub fn is_error(code: u16) -> bool {
    matches!(code, 400..=599)
}

/// The constant named `name`.
#[allow(clippy::manual_find)] // a loop, as `find` is compiled anew for each closure
pub fn by_name(name: &str) -> Option<&'static Known> {
    for known in KNOWN {
        if known.name == name {
            return Some(known);
        }
    }
    None
}

/// The reason phrase a client is told for a 5xx variant without a message.
pub fn reason_phrase(code: u16) -> &'static str {
    for known in KNOWN {
        if known.code == code {
            return known.phrase;
        }
    }
    if code >= 500 {
        "Server Error"
    } else {
        "Client Error"
    }
}

#[cfg(test)]
mod tests {
    use super::{by_name, reason_phrase, KNOWN};

    #[test]
    fn finds_constants_by_name() {
        assert_eq!(by_name("FORBIDDEN").map(|k| k.code), Some(403));
        assert_eq!(by_name("IM_A_TEAPOT").map(|k| k.code), Some(418));
        assert_eq!(by_name("NOT_FOUND").map(|k| k.code), Some(404));
        assert_eq!(by_name("OK").map(|k| k.code), Some(200));
        assert!(by_name("NOT_FOND").is_none());
    }

    #[test]
    fn phrases_are_http_canonical() {
        assert_eq!(reason_phrase(500), "Internal Server Error");
        assert_eq!(reason_phrase(503), "Service Unavailable");
        assert_eq!(reason_phrase(511), "Network Authentication Required");
        assert_eq!(reason_phrase(599), "Server Error");
        assert_eq!(reason_phrase(509), "Server Error");
    }

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(KNOWN.windows(2).all(|pair| pair[0].code < pair[1].code));
        assert_eq!(KNOWN.len(), 62);
    }
}
