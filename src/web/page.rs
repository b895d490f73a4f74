//! What every page starts from: the request's context (language, user, session) as one
//! extractor, and the chrome around a page's content (navigation, form token, message).

use std::sync::Arc;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};

use crate::auth::session::{CurrentUser, Flash, RequestSession, request_session};
use crate::domain::access::Actor;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;

pub const LANG_COOKIE: &str = "lang";

/// The language chosen with the switch (a cookie), Vietnamese otherwise.
pub fn lang_of(headers: &HeaderMap) -> Lang {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .and_then(|(_, value)| Lang::parse(value))
        .unwrap_or_default()
}

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(lang_of(&parts.headers))
    }
}

/// The context of a request from a logged-in user; anyone else is sent to log in.
pub struct Ctx {
    pub lang: Lang,
    pub user: Arc<CurrentUser>,
    pub session: RequestSession,
    css: &'static str,
}

impl Ctx {
    pub fn actor(&self) -> &Actor {
        &self.user.actor
    }

    /// The chrome of a page with this title (a message id) at this path.
    pub fn page(&self, title_id: &str, path: impl Into<String>) -> Page {
        Page::new(
            self.lang,
            &self.session,
            Some(&self.user),
            self.css,
            title_id,
            path,
        )
    }
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let session = request_session(parts)?.clone();
        let Some(user) = session.user.clone() else {
            // After logging in, a GET is repeated; a form cannot be, so it goes home.
            let next = match (&parts.method, parts.uri.path_and_query()) {
                (&axum::http::Method::GET, Some(p)) => p.as_str().to_owned(),
                _ => "/".to_owned(),
            };
            return Err(AppError::LoginRequired { next });
        };
        if user.must_change_password && parts.uri.path() != crate::auth::password::CHANGE_PATH {
            return Err(AppError::PasswordChangeRequired);
        }
        Ok(Ctx {
            lang: lang_of(&parts.headers),
            user,
            session,
            css: state.css_url,
        })
    }
}

/// The context of a request that needs no login (the login page, the language switch).
pub struct Visitor {
    pub lang: Lang,
    pub session: RequestSession,
    pub css: &'static str,
}

impl Visitor {
    pub fn page(&self, title_id: &str, path: impl Into<String>) -> Page {
        Page::new(self.lang, &self.session, None, self.css, title_id, path)
    }
}

impl FromRequestParts<AppState> for Visitor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        Ok(Visitor {
            lang: lang_of(&parts.headers),
            session: request_session(parts)?.clone(),
            css: state.css_url,
        })
    }
}

/// The navigation and chrome of a page.
pub struct Page {
    pub lang: Lang,
    pub csrf: String,
    pub title: String,
    /// The current path, where the language switch returns to.
    pub path: String,
    /// Where the style sheet is served (a content-hashed address).
    pub css: &'static str,
    pub user_name: Option<String>,
    pub is_admin: bool,
    pub decides_plans: bool,
    /// Sits on a committee that decides the plans of the units under it.
    pub reviews: bool,
    pub is_member: bool,
    /// Offered a personal plan (a member of a cell who is expected to file one).
    pub files_plan: bool,
    /// The top unit the user oversees above the cells (a committee, the province), if any.
    pub units_root: Option<crate::domain::ids::OrgUnitId>,
    pub flash: Option<String>,
    /// A message about the whole page (e.g. a conflict), shown prominently.
    pub alert: Option<String>,
}

impl Page {
    fn new(
        lang: Lang,
        session: &RequestSession,
        user: Option<&CurrentUser>,
        css: &'static str,
        title_id: &str,
        path: impl Into<String>,
    ) -> Self {
        // Only our own messages are shown, whatever a cookie says.
        let flash = session
            .flash
            .as_deref()
            .filter(|id| id.starts_with("flash-") && lang.has(id))
            .map(|id| lang.t(id));
        Page {
            lang,
            csrf: session.csrf_token(),
            title: lang.t(title_id),
            path: path.into(),
            css,
            user_name: user.map(|u| u.display_name.clone()),
            is_admin: user.is_some_and(|u| u.is_admin),
            decides_plans: user.is_some_and(|u| u.decides_plans),
            reviews: user.is_some_and(|u| u.actor.reviews_unit_plans()),
            is_member: user.is_some_and(|u| u.actor.cell_id.is_some()),
            files_plan: user.is_some_and(|u| u.files_plan),
            units_root: user.and_then(|u| {
                u.actor
                    .grants
                    .iter()
                    .find(|g| g.role.oversees() && !g.role.leads_cell())
                    .map(|g| g.unit)
            }),
            flash,
            alert: None,
        }
    }

    /// The text of message `id` in the page's language.
    pub fn t(&self, id: &str) -> String {
        self.lang.t(id)
    }

    /// The text of message `id` with a number `n`.
    pub fn t_n(&self, id: &str, n: impl crate::i18n::Count) -> String {
        self.lang.t_n(id, n)
    }

    /// The label of a domain value (a plan state, a kind of pledge …).
    pub fn label(&self, value: impl crate::i18n::AsLabel) -> String {
        self.lang.t(&value.label_id())
    }

    /// "B4 — Tham nhũng, lãng phí" in the page's language, when an item names a
    /// manifestation.
    pub fn manifestation(&self, item: &crate::domain::pledge::PledgeItem) -> Option<String> {
        let m = item.manifestation.as_ref()?;
        let label = match self.lang {
            Lang::Vi => &m.label_vi,
            Lang::En => &m.label_en,
        };
        Some(format!("{} — {label}", m.code))
    }

    /// The label of an item's kind in a plan of kind `plan`.
    pub fn item_kind(
        &self,
        plan: &crate::domain::plan::PlanKind,
        kind: &crate::domain::pledge::PledgeKind,
    ) -> String {
        self.lang.item_kind(*plan, *kind)
    }

    pub fn date(&self, date: &chrono::NaiveDate) -> String {
        self.lang.date(date)
    }

    pub fn deadline(&self, date: &chrono::NaiveDate) -> String {
        self.lang.deadline(date)
    }

    pub fn datetime(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        self.lang.datetime(at)
    }
}

/// A redirect that leaves a one-time message (a message id) for the page it leads to.
pub fn redirect_with_flash(to: &str, message: &'static str) -> Response {
    let mut response = Redirect::to(to).into_response();
    response.extensions_mut().insert(Flash(message));
    response
}

/// Problems of a form's fields, already in the user's language.
#[derive(Debug, Default, Clone)]
pub struct FormErrors(pub Vec<(String, String)>);

impl FormErrors {
    pub fn from_problems(lang: Lang, problems: &crate::domain::pledge::FieldErrors) -> Self {
        FormErrors(
            problems
                .iter()
                .map(|(field, problem)| ((*field).to_owned(), lang.problem(*problem)))
                .collect(),
        )
    }

    pub fn get(&self, field: impl AsRef<str>) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| f == field.as_ref())
            .map(|(_, m)| m.as_str())
    }

    pub fn has(&self, field: impl AsRef<str>) -> bool {
        self.get(field).is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Where a unit's page is: a cell's page lists its members, any other unit's the units
/// under it.
pub fn unit_url(kind: crate::domain::org::OrgKind, id: crate::domain::ids::OrgUnitId) -> String {
    if kind.holds_members() {
        format!("/cells/{id}")
    } else {
        format!("/units/{id}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_comes_from_the_cookie_and_defaults_to_vietnamese() {
        let mut headers = HeaderMap::new();
        assert_eq!(lang_of(&headers), Lang::Vi);
        headers.insert("cookie", "a=b; lang=en".parse().unwrap());
        assert_eq!(lang_of(&headers), Lang::En);
        headers.insert("cookie", "lang=fr".parse().unwrap());
        assert_eq!(lang_of(&headers), Lang::Vi);
    }
}
