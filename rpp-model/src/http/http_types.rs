//! Conversions to and from the `http` crate's types (feature `http`).

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::{Body, HttpError, Request, Response};
use crate::json::{self, Limits};

/// The headers of a `http::HeaderMap` as text (names are lower case there).
fn headers_of(map: &::http::HeaderMap) -> Result<alloc::collections::BTreeMap<String, String>, HttpError> {
    map.iter()
        .map(|(k, v)| Ok((k.as_str().to_string(), v.to_str().map_err(|_| HttpError::Header("non-text value"))?.into())))
        .collect()
}

/// Builds a `http::HeaderMap` and adds the content type of a body.
fn header_map(
    headers: &alloc::collections::BTreeMap<String, String>,
    body: Option<&Body>,
) -> Result<::http::HeaderMap, HttpError> {
    let mut map = ::http::HeaderMap::new();
    for (k, v) in headers {
        let name = ::http::HeaderName::from_bytes(k.as_bytes()).map_err(|_| HttpError::Header("name"))?;
        let value = ::http::HeaderValue::from_str(v).map_err(|_| HttpError::Header("value"))?;
        map.append(name, value);
    }
    if let Some(b) = body {
        let ct = if matches!(b, Body::Problem(_)) { super::header::PROBLEM_JSON } else { super::header::JSON };
        map.entry(::http::header::CONTENT_TYPE).or_insert(::http::HeaderValue::from_static(ct));
    }
    Ok(map)
}

/// `k=v&k=v`, percent-encoded.
fn query_string(query: &alloc::collections::BTreeMap<String, String>) -> String {
    let parts: Vec<String> = query
        .iter()
        .map(|(k, v)| alloc::format!("{}={}", super::path::encode_segment(k), super::path::encode_segment(v)))
        .collect();
    parts.join("&")
}

impl Request {
    /// The request as an `http::Request` with a JSON body (`base` is the
    /// server's RPP root, `https://rpp.example/rpp/v1`).
    ///
    /// ```
    /// use rpp_model::http::{Action, Collection, Operation, Request};
    /// let mut r = Request::new(&Operation::new(Action::Info, Collection::Domains, Some("example.example".into())));
    /// r.query.insert("hosts".into(), "all".into());
    /// let h = r.to_http("https://rpp.example/rpp/v1")?;
    /// assert_eq!(h.uri(), "https://rpp.example/rpp/v1/domains/example.example?hosts=all");
    /// assert_eq!(Request::from_http(&h, "/rpp/v1", &rpp_model::json::Limits::DEFAULT)?, r);
    /// # Ok::<(), rpp_model::http::HttpError>(())
    /// ```
    ///
    /// # Errors
    /// [`HttpError::Header`] or [`HttpError::Target`] for text the `http`
    /// crate refuses.
    pub fn to_http(&self, base: &str) -> Result<::http::Request<Vec<u8>>, HttpError> {
        let mut uri = alloc::format!("{base}{}", self.path);
        if !self.query.is_empty() {
            uri.push('?');
            uri.push_str(&query_string(&self.query));
        }
        let mut req = ::http::Request::new(self.body.as_ref().map(json::to_vec).unwrap_or_default());
        *req.method_mut() =
            ::http::Method::from_bytes(self.method.as_str().as_bytes()).map_err(|_| HttpError::Target(uri.clone()))?;
        *req.uri_mut() = uri.parse().map_err(|_| HttpError::Target(uri.clone()))?;
        *req.headers_mut() = header_map(&self.headers, self.body.as_ref())?;
        Ok(req)
    }

    /// Reads an `http::Request` whose path starts with `root`; the body
    /// (bounded by `limits`) is typed by its shape, and the
    /// `content-type` header is dropped.
    ///
    /// # Errors
    /// [`HttpError::Target`] for a path outside `root` or a bad query,
    /// [`HttpError::Method`], [`HttpError::Header`], [`HttpError::Json`].
    pub fn from_http<B: AsRef<[u8]>>(req: &::http::Request<B>, root: &str, limits: &Limits) -> Result<Self, HttpError> {
        let target = req.uri().path();
        let path = target.strip_prefix(root).ok_or_else(|| HttpError::Target(target.into()))?;
        let mut query = alloc::collections::BTreeMap::new();
        for pair in req.uri().query().unwrap_or_default().split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let bad = || HttpError::Target(pair.into());
            query.insert(
                super::path::decode_segment(k).ok_or_else(bad)?,
                super::path::decode_segment(v).unwrap_or_default(),
            );
        }
        let mut headers = headers_of(req.headers())?;
        headers.remove(super::header::CONTENT_TYPE);
        let mut out = Request { method: req.method().as_str().parse()?, path: path.into(), query, headers, body: None };
        let bytes = req.body().as_ref();
        if !bytes.is_empty() {
            out.set_body(bytes, limits)?;
        }
        Ok(out)
    }
}

impl Response {
    /// The response as an `http::Response` with a JSON body.
    ///
    /// ```
    /// use rpp_model::http::Response;
    /// let r = Response { status: 404, headers: Default::default(), body: None };
    /// let h = r.to_http()?;
    /// assert_eq!(h.status(), 404);
    /// assert_eq!(Response::from_http(&h, &rpp_model::json::Limits::DEFAULT)?, r);
    /// # Ok::<(), rpp_model::http::HttpError>(())
    /// ```
    ///
    /// # Errors
    /// [`HttpError::Status`] or [`HttpError::Header`].
    pub fn to_http(&self) -> Result<::http::Response<Vec<u8>>, HttpError> {
        let mut resp = ::http::Response::new(self.body.as_ref().map(json::to_vec).unwrap_or_default());
        *resp.status_mut() = ::http::StatusCode::from_u16(self.status).map_err(|_| HttpError::Status(self.status))?;
        *resp.headers_mut() = header_map(&self.headers, self.body.as_ref())?;
        Ok(resp)
    }

    /// Reads an `http::Response`; the body (bounded by `limits`) is typed
    /// by its shape, and the `content-type` header is dropped.
    ///
    /// # Errors
    /// [`HttpError::Header`] or [`HttpError::Json`].
    pub fn from_http<B: AsRef<[u8]>>(resp: &::http::Response<B>, limits: &Limits) -> Result<Self, HttpError> {
        let mut headers = headers_of(resp.headers())?;
        headers.remove(super::header::CONTENT_TYPE);
        let bytes = resp.body().as_ref();
        let body = if bytes.is_empty() {
            None
        } else {
            let value: serde_json::Value = json::from_slice_with(bytes, limits)?;
            Some(Body::from_value(value, "$")?)
        };
        Ok(Response { status: resp.status().as_u16(), headers, body })
    }
}
