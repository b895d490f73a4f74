//! The web interface: the router, its middleware, and the handlers by area.

pub mod account;
pub mod admin;
pub mod admin_units;
pub mod admin_years;
pub mod assets;
pub mod cells;
pub mod charts;
pub mod dashboard;
pub mod errors;
pub mod exports;
pub mod home;
pub mod imports;
pub mod login;
pub mod page;
pub mod plans;
pub mod print;
pub mod progress;
pub mod ratings;
pub mod review;
pub mod units;
pub mod year_end;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware;
use axum::routing::{get, post};
use sqlx::PgPool;
use tower_http::compression::CompressionLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::auth::csrf;
use crate::auth::secret::FormKey;
use crate::auth::session;
use crate::config::AppConfig;
use crate::state::{App, AppState};

/// No inline scripts or styles, no framing, forms post only here.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
    img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; \
    object-src 'none'";

/// Builds the whole application: routes, sessions in PostgreSQL, CSRF, error pages,
/// security headers, compression, timeouts and request tracing. Used by `serve` and by
/// the tests alike.
pub async fn build_app(pool: PgPool, config: AppConfig) -> anyhow::Result<Router> {
    let key = crate::db::sessions::server_key(&pool, "forms").await?;
    let form_key = FormKey::from_bytes(&key)
        .ok_or_else(|| anyhow::anyhow!("the stored form key has the wrong length"))?;
    spawn_cleanup(pool.clone());
    let (static_files, css_url, print_css_url) = assets::router(config.static_dir.as_deref());
    let timeout = Duration::from_secs(config.request_timeout_secs);
    let secure = config.secure_cookies;
    let state = AppState(Arc::new(App {
        pool,
        config,
        form_key,
        css_url,
        print_css_url,
    }));

    let pages = Router::new()
        .route("/", get(home::home))
        .route("/login", get(login::login_page).post(login::login_submit))
        .route("/logout", post(login::logout))
        .route("/lang", post(login::switch_language))
        .route("/my-cell", get(cells::my_cell))
        .route("/cells/{id}", get(cells::show))
        .route("/review", get(review::review))
        .route("/review.xlsx", get(review::review_xlsx))
        .route("/review.csv", get(review::review_csv))
        .merge(plans::router())
        .route(
            "/plans/{id}/assessment",
            get(year_end::show).post(year_end::save),
        )
        .route("/plans/{id}/facts", post(year_end::add_fact))
        .route(
            "/plans/{id}/facts/{fact}/withdraw",
            post(year_end::withdraw_fact),
        )
        .merge(ratings::router())
        .route(
            "/plans/{id}/items/{item}/progress",
            get(progress::show).post(progress::record),
        )
        .route(
            "/plans/{id}/items/{item}/progress/{update}/acknowledge",
            post(progress::acknowledge),
        )
        .route("/cells/{id}/meeting", get(progress::meeting))
        .merge(print::router())
        .merge(units::router())
        .merge(dashboard::router())
        .merge(admin::router())
        .merge(account::router())
        .merge(imports::router())
        .merge(admin_years::router())
        .merge(admin_units::router())
        .layer(middleware::from_fn(csrf::verify))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            login::resume_after_session_end,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            session::layer,
        ))
        .layer(DefaultBodyLimit::max(csrf::MAX_FORM_BYTES))
        // Plans must not linger in a shared office computer's cache after logout.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));

    let app = Router::new()
        .route("/health", get(health))
        .merge(pages)
        .merge(static_files)
        .fallback(errors::not_found)
        .with_state(state.clone())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(middleware::from_fn_with_state(
            state,
            errors::render_error_pages,
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static("referrer-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            // Only behind HTTPS, which --secure-cookies declares.
            move |_: &axum::response::Response| {
                secure.then(|| HeaderValue::from_static("max-age=31536000"))
            },
        ))
        .layer(CompressionLayer::new())
        .layer(
            TraceLayer::new_for_http()
                // The path only: a query can carry a form token (uploads send theirs so).
                .make_span_with(|request: &axum::extract::Request| {
                    tracing::info_span!(
                        "request",
                        method = %request.method(),
                        path = %request.uri().path(),
                    )
                })
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        );
    Ok(app)
}

/// Forgets expired sessions and old login attempts, hourly.
fn spawn_cleanup(pool: PgPool) {
    tokio::spawn(async move {
        let mut hourly = tokio::time::interval(Duration::from_secs(3600));
        loop {
            hourly.tick().await;
            if let Err(error) = crate::db::accounts::purge_old_attempts(&pool).await {
                tracing::warn!(%error, "could not purge old login attempts");
            }
            if let Err(error) = crate::db::sessions::purge_expired(&pool).await {
                tracing::warn!(%error, "could not purge expired sessions");
            }
            let swept =
                tokio::task::spawn_blocking(|| imports::sweep_uploads(Duration::from_secs(3600)))
                    .await
                    .unwrap_or(0);
            if swept > 0 {
                tracing::info!(swept, "removed uploads left by an interrupted check");
            }
        }
    });
}

async fn health(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> (StatusCode, &'static str) {
    match sqlx::query_scalar!("select 1 as \"one!\"")
        .fetch_one(&state.pool)
        .await
    {
        Ok(_) => (StatusCode::OK, "ok"),
        Err(error) => {
            tracing::error!(%error, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
