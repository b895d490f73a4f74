//! The cell page: every member in official order with the state of their plan.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::response::Redirect;

use crate::db;
use crate::db::orgs::{CellMember, Unit};
use crate::db::years::Year;
use crate::domain::Named;
use crate::domain::access::{Action, PlanScope, Target, allows};
use crate::domain::deadline::today_in_vietnam;
use crate::domain::ids::{OrgUnitId, PlanId};
use crate::domain::plan::{PlanKind, PlanState};
use crate::error::{AppError, AppResult};
use crate::i18n::Labelled;
use crate::state::AppState;
use crate::web::page::{Ctx, Page};
use crate::web::units::{Document, Trail, YearQuery, documents, percent, trail};

pub struct MemberRow {
    member: CellMember,
    offices: Vec<String>,
    /// The plan link, when the viewer may open it.
    plan_link: Option<PlanId>,
    expected: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "cells/show.html")]
pub struct CellTemplate {
    page: Page,
    trail: Trail,
    cell: Unit,
    year: Year,
    years: Vec<i32>,
    rows: Vec<MemberRow>,
    expected: usize,
    registered: usize,
    counts: Vec<(PlanState, usize)>,
    documents: Vec<Document>,
    /// Those overseeing the cell print all its approved plans at once.
    can_print_all: bool,
    /// The year-end ratings page, from self-assessment on, for the cell's leaders and those
    /// overseeing it.
    ratings_link: bool,
    /// The cell's dashboard: its leaders and those above.
    dashboard_link: bool,
}

impl CellTemplate {
    fn unit_id(&self) -> OrgUnitId {
        self.cell.id
    }

    fn year_action(&self) -> String {
        format!("/cells/{}", self.cell.id)
    }

    fn rate(&self) -> String {
        percent(
            i64::try_from(self.registered).unwrap_or(0),
            i64::try_from(self.expected).unwrap_or(0),
        )
    }
}

pub async fn my_cell(ctx: Ctx) -> AppResult<Redirect> {
    let cell = ctx.actor().cell_id.ok_or(AppError::NotFound)?;
    Ok(Redirect::to(&format!("/cells/{cell}")))
}

pub async fn show(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<i64>,
    Query(query): Query<YearQuery>,
) -> AppResult<CellTemplate> {
    let mut conn = state.pool.acquire().await?;
    let cell = db::orgs::find_unit(&mut conn, OrgUnitId(id))
        .await?
        .ok_or(AppError::NotFound)?;
    let target = Target::Unit {
        unit: cell.id,
        unit_path: cell.ancestors.clone(),
    };
    if !cell.kind.holds_members() || !allows(ctx.actor(), Action::ViewUnit, &target) {
        return Err(AppError::NotFound);
    }
    let year = match query.year {
        Some(y) => db::years::find(&mut conn, y).await?,
        None => db::years::current(&mut conn).await?,
    }
    .ok_or(AppError::NotFound)?;
    let years = db::years::all(&mut conn).await?;
    let unit_path = db::tree::unit_path(&mut conn, cell.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let members = db::orgs::cell_members(&mut conn, cell.id, year.year, today_in_vietnam()).await?;
    let documents = documents(&mut conn, &ctx, &unit_path, &year).await?;
    let mut counts: Vec<(PlanState, usize)> = PlanState::all().iter().map(|s| (*s, 0)).collect();
    let mut expected = 0;
    let mut registered = 0;
    let rows = members
        .into_iter()
        .map(|member| {
            let is_expected = member.status.files_plan();
            // Submitted or approved once: an amendment in progress stays registered.
            let is_registered = member.has_approved_revision
                || matches!(
                    member.plan_state,
                    Some(PlanState::Submitted | PlanState::Approved)
                );
            if is_expected {
                expected += 1;
                if is_registered {
                    registered += 1;
                }
            }
            if let Some(state) = member.plan_state
                && let Some(c) = counts.iter_mut().find(|(s, _)| *s == state)
            {
                c.1 += 1;
            }
            let plan_link = match (member.plan_id, member.plan_state) {
                (Some(plan_id), Some(state)) => {
                    let scope = PlanScope {
                        kind: PlanKind::Personal,
                        owner: Some(member.member_id),
                        state,
                        unit: cell.id,
                        unit_path: cell.ancestors.clone(),
                        parent: cell.parent_id,
                        has_other_cell_leader: member.has_other_leader,
                        year_open: year.is_open(),
                    };
                    allows(ctx.actor(), Action::ViewPlan, &Target::Plan(scope)).then_some(plan_id)
                }
                _ => None,
            };
            let offices = member
                .offices
                .iter()
                .map(|o| ctx.lang.t(&o.message_id()))
                .collect();
            MemberRow {
                member,
                offices,
                plan_link,
                expected: is_expected,
            }
        })
        .collect();
    let can_print_all = crate::domain::access::oversees(ctx.actor(), &cell.ancestors);
    let ratings_link = crate::domain::access::shows_ratings(
        ctx.actor(),
        &cell.ancestors,
        cell.id,
        cell.kind,
        year.phase,
    );
    let dashboard_link = crate::domain::access::allows(
        ctx.actor(),
        crate::domain::access::Action::ViewDashboard,
        &crate::domain::access::Target::Unit {
            unit: cell.id,
            unit_path: cell.ancestors.clone(),
        },
    );
    let path = format!("/cells/{}", cell.id);
    let mut page = ctx.page(msg!("cell-title"), path);
    page.title = cell.name.clone();
    Ok(CellTemplate {
        page,
        trail: trail(&ctx, &unit_path),
        cell,
        year,
        years,
        rows,
        expected,
        registered,
        counts,
        documents,
        can_print_all,
        ratings_link,
        dashboard_link,
    })
}
