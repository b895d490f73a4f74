//! The home page: the year, the user's own plan and what waits for their action.

use crate::web::page::Session;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use crate::auth::permission::{Action, Target, allows};
use crate::auth::session::CurrentUser;
use crate::db;
use crate::db::years::Year;
use crate::domain::ids::PlanId;
use crate::domain::plan::PlanState;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::i18n::Lang;
use crate::web::page::Page;

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomeTemplate {
    page: Page,
    year: Option<Year>,
    my_plan: Option<(PlanId, PlanState)>,
    is_member: bool,
    queue_count: usize,
    offices: Vec<(String, String)>,
}

pub async fn home(
    State(state): State<AppState>,
    lang: Lang,
    session: Session,
    user: CurrentUser,
) -> AppResult<HomeTemplate> {
    let page = Page::new(lang, &session, Some(&user), "home.title", "/").await?;
    let mut conn = state.pool.acquire().await?;
    let year = db::years::current(&mut conn).await?;
    let mut my_plan = None;
    let mut queue_count = 0;
    if let Some(year) = &year {
        if let Some(member) = user.actor.member_id {
            my_plan = db::plans::find_personal_state(&mut conn, year.year, member).await?;
        }
        if user.decides_plans {
            queue_count = db::orgs::decision_queue(&mut conn, &user.actor, year.year)
                .await?
                .iter()
                .filter(|e| allows(&user.actor, Action::DecidePlan, &Target::Plan(e.scope())))
                .count();
        }
    }
    let unit_names = db::orgs::unit_names(
        &mut conn,
        &user.actor.grants.iter().map(|g| g.unit).collect::<Vec<_>>(),
    )
    .await?;
    let offices = user
        .actor
        .grants
        .iter()
        .map(|g| {
            let unit = unit_names
                .iter()
                .find(|(id, _)| *id == g.unit)
                .map(|(_, n)| n.clone())
                .unwrap_or_default();
            (
                lang.t(&format!("role.{}", g.role.as_str())).to_owned(),
                unit,
            )
        })
        .collect();
    Ok(HomeTemplate {
        page,
        year,
        my_plan,
        is_member: user.files_plan,
        queue_count,
        offices,
    })
}
