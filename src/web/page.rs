//! What every page shows around its content: language, the logged-in user, the CSRF
//! token for its forms, and a one-time message.

use axum::response::{IntoResponse, Redirect, Response};

use crate::auth::session::{CurrentUser, Flash, RequestSession};
use crate::error::AppResult;
use crate::web::i18n::Lang;

/// What the session layer learnt about the request (user, form secret, message).
pub type Session = RequestSession;

/// A redirect that leaves a one-time message (a message id) for the page it leads to.
pub fn redirect_with_flash(to: &str, message: &'static str) -> Response {
    let mut response = Redirect::to(to).into_response();
    response.extensions_mut().insert(Flash(message));
    response
}

/// The navigation and chrome of a page.
pub struct Page {
    pub lang: Lang,
    pub csrf: String,
    pub title: String,
    /// The current path, where the language switch returns to.
    pub path: String,
    pub user_name: Option<String>,
    pub is_admin: bool,
    pub decides_plans: bool,
    pub is_member: bool,
    /// Offered a personal plan (a member of a cell who is expected to file one).
    pub files_plan: bool,
    pub flash: Option<String>,
    /// A message about the whole page (e.g. a conflict), shown prominently.
    pub alert: Option<String>,
}

impl Page {
    pub async fn new(
        lang: Lang,
        session: &Session,
        user: Option<&CurrentUser>,
        title_key: &str,
        path: &str,
    ) -> AppResult<Self> {
        let csrf = session.csrf_token();
        // Only our own messages are shown, whatever a cookie says.
        let flash = session
            .flash
            .as_deref()
            .filter(|key| key.starts_with("flash."))
            .and_then(|key| lang.lookup(key))
            .map(str::to_owned);
        Ok(Page {
            lang,
            csrf,
            title: lang.t(title_key).to_owned(),
            path: path.to_owned(),
            user_name: user.map(|u| u.display_name.clone()),
            is_admin: user.is_some_and(|u| u.is_admin),
            decides_plans: user.is_some_and(|u| u.decides_plans),
            is_member: user.is_some_and(|u| u.actor.cell_id.is_some()),
            files_plan: user.is_some_and(|u| u.files_plan),
            flash,
            alert: None,
        })
    }

    /// The text for `key` in the page's language.
    pub fn t(&self, key: &str) -> &'static str {
        self.lang.t(key)
    }

    /// The text for a key made of a prefix and a value, e.g. `state.` + `approved`.
    pub fn tk(&self, prefix: &str, value: &str) -> &'static str {
        self.lang.t(&format!("{prefix}{value}"))
    }

    pub fn date(&self, date: &chrono::NaiveDate) -> String {
        self.lang.date(date)
    }

    pub fn datetime(&self, at: &chrono::DateTime<chrono::Utc>) -> String {
        self.lang.datetime(at)
    }
}

/// Problems of a form's fields, already in the user's language.
#[derive(Debug, Default, Clone)]
pub struct FormErrors(pub Vec<(&'static str, String)>);

impl FormErrors {
    pub fn from_problems(lang: Lang, problems: &crate::domain::pledge::FieldErrors) -> Self {
        FormErrors(
            problems
                .iter()
                .map(|(field, problem)| (*field, lang.problem(*problem)))
                .collect(),
        )
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
    }

    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
