//! Error pages in the user's language, for our own errors and for those of the
//! framework (bad paths, malformed forms, oversized bodies, timeouts) alike.

use askama::Template;
use axum::body::Body;
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

use crate::error::{AppError, ErrorPage};
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::page::lang_of;
use axum::extract::State;

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTemplate {
    lang: Lang,
    message: String,
    css: &'static str,
}

pub async fn not_found() -> AppError {
    AppError::NotFound
}

/// Replaces the body of every error response that is not already a page of ours.
pub async fn render_error_pages(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let lang = lang_of(request.headers());
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let marked = response.extensions().get::<ErrorPage>().copied();
    if is_html && marked.is_none() {
        return response;
    }
    let page = marked.unwrap_or_else(|| ErrorPage::from_status(status));
    let key = match page {
        ErrorPage::NotFound => msg!("error-not_found"),
        ErrorPage::BadRequest => msg!("error-bad_request"),
        ErrorPage::Csrf => msg!("error-csrf"),
        ErrorPage::Conflict => msg!("error-conflict"),
        ErrorPage::TooLarge => msg!("error-too_large"),
        ErrorPage::Timeout => msg!("error-timeout"),
        ErrorPage::Unavailable => msg!("error-unavailable"),
        ErrorPage::Internal => msg!("error-internal"),
    };
    let body = ErrorTemplate {
        lang,
        message: lang.t(key),
        css: state.css_url,
    }
    .render()
    .unwrap_or_else(|_| lang.t(key));
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("text/html; charset=utf-8"),
    );
    Response::from_parts(parts, Body::from(body))
}
