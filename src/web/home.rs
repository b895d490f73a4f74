//! The home page: the year, the user's own plan and what waits for their action.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;

use crate::db;
use crate::db::years::Year;
use crate::domain::Named;
use crate::domain::ids::PlanId;
use crate::domain::plan::PlanState;
use crate::error::AppResult;
use crate::i18n::Labelled;
use crate::state::AppState;
use crate::web::page::{Ctx, Page};

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

pub async fn home(State(state): State<AppState>, ctx: Ctx) -> AppResult<HomeTemplate> {
    let page = ctx.page(msg!("home-title"), "/");
    let mut conn = state.pool.acquire().await?;
    let year = db::years::current(&mut conn).await?;
    let mut my_plan = None;
    let mut queue_count = 0;
    if let Some(year) = &year {
        if let Some(member) = ctx.actor().member_id {
            my_plan = db::plans::find_personal(&mut conn, year.year, member).await?;
        }
        if ctx.user.decides_plans {
            queue_count = db::orgs::decision_queue(&mut conn, ctx.actor(), year.year)
                .await?
                .len();
        }
    }
    let unit_names = db::orgs::unit_names(
        &mut conn,
        &ctx.actor()
            .grants
            .iter()
            .map(|g| g.unit)
            .collect::<Vec<_>>(),
    )
    .await?;
    let offices = ctx
        .actor()
        .grants
        .iter()
        .map(|g| {
            let unit = unit_names
                .iter()
                .find(|(id, _)| *id == g.unit)
                .map(|(_, n)| n.clone())
                .unwrap_or_default();
            (ctx.lang.t(&g.role.message_id()), unit)
        })
        .collect();
    Ok(HomeTemplate {
        page,
        year,
        my_plan,
        is_member: ctx.user.files_plan,
        queue_count,
        offices,
    })
}
