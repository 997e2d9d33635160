//! EPP result codes (RFC 5730 s.3) to HTTP status codes.

/// The HTTP status of an EPP result code, for an operation whose success
/// status is `success` (the code itself travels in `RPP-Code`).
///
/// ```
/// use rpp_model::http::status_of_code;
/// assert_eq!(status_of_code(1000, 201), 201);
/// assert_eq!(status_of_code(1001, 200), 202);
/// assert_eq!(status_of_code(2303, 200), 404);
/// assert_eq!(status_of_code(2302, 201), 409);
/// ```
pub fn status_of_code(code: u16, success: u16) -> u16 {
    match code {
        1000 | 1500 => success,
        1001 => 202,
        1300 => 204,
        1301 => 200,
        2000 | 2100..=2103 | 2307 => 501,
        2001..=2005 | 2306 => 400,
        2200 => 401,
        2303 => 404,
        2201 | 2202 => 403,
        2104..=2106 | 2300..=2305 | 2308 => 409,
        2502 => 429,
        _ => 500,
    }
}
