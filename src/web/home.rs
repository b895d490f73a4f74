//! The home page: what needs the user's action, first. Decisions waiting (for those who
//! decide), their own plan with its single next step, their cells' members who have not
//! registered, and the units they oversee with their counts.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use chrono::NaiveDate;

use crate::db;
use crate::db::plans::{EarlierPlan, PlanSummary};
use crate::db::review::{Filter, Show, Sort, Summary};
use crate::db::tree::Counts;
use crate::db::tree::UnitPath;
use crate::db::years::Year;
use crate::domain::Named;
use crate::domain::deadline::{DeadlineStatus, status, today_in_vietnam};
use crate::domain::ids::OrgUnitId;
use crate::domain::org::{OrgKind, Role};
use crate::domain::plan::PlanState;
use crate::error::AppResult;
use crate::state::AppState;
use crate::web::page::{Ctx, Page};
use crate::web::units::{Document, percent};

/// A unit the user leads or oversees, with its counts.
pub struct UnitTask {
    pub id: OrgUnitId,
    pub name: String,
    pub kind: OrgKind,
    pub counts: Counts,
}

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub struct HomeTemplate {
    page: Page,
    greeting: String,
    year: Option<Year>,
    /// For members who file a plan: theirs, if started.
    files_plan: bool,
    /// A member's account whose member belongs to no cell now.
    member_without_cell: bool,
    my_plan: Option<PlanSummary>,
    /// The member's personal plans of other years, newest first.
    earlier_plans: Vec<EarlierPlan>,
    deadline: Option<DeadlineStatus>,
    decides: bool,
    queue_count: usize,
    /// Cells the user leads, and units above cells that they oversee.
    cells: Vec<UnitTask>,
    units: Vec<UnitTask>,
    offices: Vec<String>,
    /// The units whose own plans the user writes, with those plans.
    documents: Vec<(UnitPath, Vec<Document>)>,
    /// Sits on a committee that decides units' plans: how many wait.
    reviews: bool,
    review: Summary,
    /// At year-end (self-assessment, rating): what the user assesses, proposes, decides
    /// or reads, as (message id, link, element id).
    year_end: Vec<(&'static str, String, String)>,
}

impl HomeTemplate {
    fn is(&self, state: &PlanState, name: &str) -> bool {
        state.as_str() == name
    }

    fn link(&self, unit: &UnitTask) -> String {
        if unit.kind.holds_members() {
            format!("/cells/{}", unit.id)
        } else {
            format!("/units/{}", unit.id)
        }
    }

    fn rate(&self, counts: &Counts) -> String {
        percent(counts.registered, counts.expected)
    }

    fn deadline_text(&self) -> Option<String> {
        let deadline = self.year.as_ref()?.plan_deadline?;
        let lang = self.page.lang;
        Some(match self.deadline? {
            DeadlineStatus::DaysLeft(0) => lang.t_args(
                msg!("home-due_today"),
                &[("date", lang.date(&deadline).into())],
            ),
            DeadlineStatus::DaysLeft(n) => lang.t_args(
                msg!("home-days_left"),
                &[
                    ("date", lang.date(&deadline).into()),
                    ("n", n.into()),
                    ("days", lang.number(n).into()),
                ],
            ),
            DeadlineStatus::Overdue(n) => lang.t_args(
                msg!("home-overdue"),
                &[
                    ("date", lang.date(&deadline).into()),
                    ("n", n.into()),
                    ("days", lang.number(n).into()),
                ],
            ),
        })
    }

    fn is_overdue(&self) -> bool {
        matches!(self.deadline, Some(DeadlineStatus::Overdue(_)))
    }

    /// A unit's own plans need the user: one is not filed or was returned.
    fn documents_todo(&self, documents: &[Document]) -> bool {
        documents.iter().any(|d| {
            d.can_start || matches!(d.plan, Some((_, PlanState::Draft | PlanState::Returned)))
        })
    }
}

pub async fn home(State(state): State<AppState>, ctx: Ctx) -> AppResult<HomeTemplate> {
    let page = ctx.page(msg!("home-title"), "/");
    let actor = ctx.actor();
    let greeting = match actor.member_id {
        Some(_) => ctx.lang.t_args(
            msg!("home-greeting_member"),
            &[("name", ctx.user.display_name.clone().into())],
        ),
        None => ctx.lang.t_args(
            msg!("home-greeting"),
            &[("name", ctx.user.display_name.clone().into())],
        ),
    };
    let mut conn = state.pool.acquire().await?;
    let year = db::years::current(&mut conn).await?;
    let today = today_in_vietnam();
    let mut my_plan = None;
    let mut earlier_plans = Vec::new();
    let mut deadline = None;
    let mut queue_count = 0;
    let mut cells = Vec::new();
    let mut units = Vec::new();
    let mut documents = Vec::new();
    let mut review = Summary::default();
    let mut year_end = Vec::new();
    if let Some(year) = &year {
        let mut written: Vec<OrgUnitId> = Vec::new();
        for grant in &actor.grants {
            let writes =
                grant.role.writes_collective_plan() || grant.role.writes_standing_commitment();
            if !writes || written.contains(&grant.unit) {
                continue;
            }
            written.push(grant.unit);
            let Some(unit) = db::tree::unit_path(&mut conn, grant.unit).await? else {
                continue;
            };
            let docs = crate::web::units::documents(&mut conn, &ctx, &unit, year).await?;
            let mine: Vec<Document> = docs
                .into_iter()
                .filter(|d| d.can_open || d.can_start)
                .collect();
            if !mine.is_empty() {
                documents.push((unit, mine));
            }
        }
        if actor.reviews_unit_plans() {
            let filter = Filter {
                show: Show::All,
                name: String::new(),
                sort: Sort::Name,
                page: 0,
                per_page: 1,
            };
            review = db::review::rows(
                &mut conn,
                &actor.reviewing_units(),
                &actor.writing_units(),
                year.year,
                today,
                &filter,
            )
            .await?
            .2;
        }
        if let (Some(member), true) = (actor.member_id, ctx.user.files_plan) {
            my_plan = db::plans::summary(&mut conn, year.year, member).await?;
            earlier_plans = db::plans::earlier_personal(&mut conn, year.year, member).await?;
            let registered = my_plan
                .as_ref()
                .is_some_and(|p| matches!(p.state, PlanState::Submitted | PlanState::Approved));
            if !registered {
                deadline = year.plan_deadline.map(|d: NaiveDate| status(d, today));
            }
            if let Some(plan) = my_plan.as_ref().filter(|p| p.state == PlanState::Approved)
                && crate::web::year_end::assessing(year.phase)
            {
                year_end.push((
                    msg!("home-ye_assess"),
                    format!("/plans/{}/assessment", plan.id),
                    "ye-assess".to_owned(),
                ));
            }
            if let Some((rating, _)) =
                db::year_end::member_rating_id(&mut conn, year.year, member).await?
            {
                year_end.push((
                    msg!("home-ye_rating"),
                    format!("/ratings/{rating}"),
                    "ye-rating".to_owned(),
                ));
            }
        }
        if ctx.user.decides_plans {
            queue_count = db::orgs::decision_queue(&mut conn, actor, year.year)
                .await?
                .len();
        }
        let mut seen: Vec<OrgUnitId> = Vec::new();
        for grant in &actor.grants {
            if !grant.role.oversees() || seen.contains(&grant.unit) {
                continue;
            }
            seen.push(grant.unit);
            let Some(unit) = db::tree::unit_path(&mut conn, grant.unit).await? else {
                continue;
            };
            if crate::web::year_end::assessing(year.phase) {
                let path = format!("/units/{}/ratings?year={}", unit.id, year.year);
                if crate::domain::access::decides_ratings(actor, unit.id, unit.kind) {
                    year_end.push((
                        msg!("home-ye_decide"),
                        path,
                        format!("ye-decide-{}", unit.id),
                    ));
                } else if unit.kind.holds_members()
                    && actor
                        .grants
                        .iter()
                        .any(|g| g.unit == unit.id && g.role.leads_cell())
                {
                    year_end.push((msg!("home-ye_cell"), path, format!("ye-cell-{}", unit.id)));
                }
            }
            let (counts, _) = db::tree::counts(&mut conn, unit.id, year.year, today).await?;
            let task = UnitTask {
                id: unit.id,
                name: unit.name,
                kind: unit.kind,
                counts,
            };
            if task.kind.holds_members() {
                cells.push(task);
            } else {
                units.push(task);
            }
        }
    }
    let names = db::orgs::unit_names(
        &mut conn,
        &actor.grants.iter().map(|g| g.unit).collect::<Vec<_>>(),
    )
    .await?;
    let offices = actor
        .grants
        .iter()
        .map(|g| {
            let unit = names
                .iter()
                .find(|(id, _)| *id == g.unit)
                .map(|(_, n)| n.as_str())
                .unwrap_or_default();
            if g.role == Role::Administrator {
                ctx.lang.t(msg!("office-administrator"))
            } else {
                ctx.lang.office(g.role, unit)
            }
        })
        .collect();
    Ok(HomeTemplate {
        page,
        greeting,
        year,
        files_plan: ctx.user.files_plan,
        member_without_cell: actor.member_id.is_some() && actor.cell_id.is_none(),
        my_plan,
        earlier_plans,
        deadline,
        decides: ctx.user.decides_plans,
        queue_count,
        cells,
        units,
        offices,
        documents,
        reviews: actor.reviews_unit_plans(),
        review,
        year_end,
    })
}
