//! The review page: the units directly under the committees an actor sits on, each with
//! the plans it files itself for a year (a collective plan; a committee's two
//! commitments) and their state — filtered, sorted and paged in SQL, so that a province
//! with a hundred or more signing committees pages as fast as a district with ten.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgConnection;

use crate::domain::access::Reviewing;
use crate::domain::ids::{OrgUnitId, PlanId};
use crate::domain::org::OrgKind;
use crate::domain::plan::{PlanKind, PlanState};

/// Which units the page lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Show {
    #[default]
    All,
    /// A document waits for a decision.
    Waiting,
    /// A document was returned and not yet sent again.
    Returned,
    /// A document is not started.
    NotStarted,
    /// Every document is approved or accepted.
    Done,
    /// The registration deadline passed with a document not filed.
    Overdue,
}

impl Show {
    pub fn as_str(self) -> &'static str {
        match self {
            Show::All => "all",
            Show::Waiting => "waiting",
            Show::Returned => "returned",
            Show::NotStarted => "not_started",
            Show::Done => "done",
            Show::Overdue => "overdue",
        }
    }

    pub fn parse(text: &str) -> Option<Show> {
        [
            Show::All,
            Show::Waiting,
            Show::Returned,
            Show::NotStarted,
            Show::Done,
            Show::Overdue,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Waiting first, oldest submission first; then the rest by name.
    #[default]
    Waiting,
    Name,
}

#[derive(Debug, Clone)]
pub struct Filter {
    pub show: Show,
    pub name: String,
    pub sort: Sort,
    pub page: i64,
    pub per_page: i64,
}

/// One document of a unit.
#[derive(Debug, Clone)]
pub struct Doc {
    pub kind: PlanKind,
    pub plan: Option<PlanId>,
    pub state: Option<PlanState>,
    /// Approved once: an amendment in progress stays registered.
    pub registered: bool,
    pub submitted_at: Option<DateTime<Utc>>,
}

/// A unit and its documents.
#[derive(Debug, Clone)]
pub struct Row {
    pub unit: OrgUnitId,
    pub name: String,
    pub kind: OrgKind,
    pub ancestors: Vec<OrgUnitId>,
    pub parent: Option<OrgUnitId>,
    pub docs: Vec<Doc>,
    /// The registration deadline passed with a document not filed.
    pub overdue: bool,
}

/// How the units stand, over the whole list (before filtering).
#[derive(Debug, Clone, Copy, Default)]
pub struct Summary {
    pub units: i64,
    /// Units with a document waiting, and the documents waiting.
    pub waiting: i64,
    pub documents_waiting: i64,
    pub returned: i64,
    pub not_started: i64,
    pub done: i64,
    pub overdue: i64,
}

/// The units under `committees` whose own plans those committees decide, for `year`,
/// as the tree stood at the end of that year (or `today`) — leaving out the units in
/// `own`, whose plans the actor writes (`domain::access::decides`, in SQL; a test compares).
pub async fn rows(
    conn: &mut PgConnection,
    committees: &Reviewing,
    own: &[OrgUnitId],
    year: i32,
    today: NaiveDate,
    filter: &Filter,
) -> sqlx::Result<(Vec<Row>, i64, Summary)> {
    let collective: Vec<i64> = committees.collective.iter().map(|u| u.0).collect();
    let commitments: Vec<i64> = committees.commitments.iter().map(|u| u.0).collect();
    let own_units: Vec<i64> = own.iter().map(|u| u.0).collect();
    let rows = sqlx::query!(
        r#"with day as (
               select least(make_date($2, 12, 31), $3::date) as as_of, make_date($2, 1, 1) as first,
                      (select plan_deadline from years where year = $2) as deadline
           ),
           units as (
               select u.id, u.name, u.kind, u.ancestors, u.parent_id
               from org_units u cross join day
               where u.id <> all($9)
                 and ((u.parent_id = any($1)
                       and u.kind in ('cell', 'grassroots_cell', 'grassroots_party'))
                      or (u.parent_id = any($10) and u.kind = 'upper_committee'))
                 and u.valid_from <= day.as_of and (u.valid_to is null or u.valid_to > day.first)
           ),
           docs as (
               select un.id as unit_id, k.kind, k.ord, p.id as plan_id, p.state,
                      coalesce(p.state in ('submitted', 'approved') or p.revision > 1, false)
                          as registered,
                      (select max(e.at) from plan_events e
                       where e.plan_id = p.id and e.action = 'submit') as submitted_at
               from units un
               cross join lateral unnest(
                   case when un.kind = 'upper_committee'
                        then array['upper_collective_commitment', 'upper_secretary_commitment']
                        else array['collective'] end) with ordinality as k(kind, ord)
               left join plans p on p.org_unit_id = un.id and p.year = $2 and p.kind = k.kind
           ),
           per_unit as (
               select un.id, un.name, un.kind, un.ancestors, un.parent_id,
                      array_agg(d.kind order by d.ord) as kinds,
                      array_agg(coalesce(d.plan_id, 0) order by d.ord) as plan_ids,
                      array_agg(coalesce(d.state, '') order by d.ord) as states,
                      array_agg(d.registered order by d.ord) as registered,
                      array_agg(d.submitted_at order by d.ord) as submitted,
                      bool_or(d.state = 'submitted') as waiting,
                      bool_or(d.state = 'returned') as returned,
                      bool_or(d.plan_id is null) as not_started,
                      bool_and(d.state = 'approved') as done,
                      coalesce(bool_or(not d.registered) and $3 > (select deadline from day), false)
                          as overdue,
                      min(d.submitted_at) filter (where d.state = 'submitted') as first_waiting
               from units un join docs d on d.unit_id = un.id
               group by un.id, un.name, un.kind, un.ancestors, un.parent_id
           ),
           chosen as (
               select * from per_unit u
               where ($4 = '' or fold_vi(u.name) like '%' || fold_vi($4) || '%')
                 and case $5
                     when 'waiting' then u.waiting
                     when 'returned' then u.returned
                     when 'not_started' then u.not_started
                     when 'done' then u.done
                     when 'overdue' then u.overdue
                     else true end
           )
           select c.id as "id!: OrgUnitId", c.name as "name!", c.kind as "kind!: OrgKind",
                  c.ancestors as "ancestors!: Vec<OrgUnitId>",
                  c.parent_id as "parent_id: OrgUnitId",
                  c.kinds as "kinds!: Vec<PlanKind>", c.plan_ids as "plan_ids!: Vec<i64>",
                  c.states as "states!: Vec<String>", c.registered as "registered!: Vec<bool>",
                  c.submitted as "submitted!: Vec<Option<DateTime<Utc>>>",
                  c.overdue as "overdue!",
                  count(*) over () as "total!",
                  (select count(*) from per_unit) as "units!",
                  (select count(*) filter (where waiting) from per_unit) as "s_waiting!",
                  (select count(*) from docs d join per_unit pu on pu.id = d.unit_id
                   where d.state = 'submitted') as "s_documents_waiting!",
                  (select count(*) filter (where returned) from per_unit) as "s_returned!",
                  (select count(*) filter (where not_started) from per_unit) as "s_not_started!",
                  (select count(*) filter (where done) from per_unit) as "s_done!",
                  (select count(*) filter (where overdue) from per_unit) as "s_overdue!"
           from chosen c
           order by case when $6 then null else not c.waiting end,
                    case when $6 then null else c.first_waiting end,
                    c.name collate "vi-VN-x-icu", c.id
           limit $7 offset $8"#,
        &collective,
        year,
        today,
        filter.name,
        filter.show.as_str(),
        filter.sort == Sort::Name,
        filter.per_page,
        filter.page.saturating_mul(filter.per_page),
        &own_units,
        &commitments
    )
    .fetch_all(&mut *conn)
    .await?;
    let total = rows.first().map_or(0, |r| r.total);
    let summary = match rows.first() {
        Some(r) => Summary {
            units: r.units,
            waiting: r.s_waiting,
            documents_waiting: r.s_documents_waiting,
            returned: r.s_returned,
            not_started: r.s_not_started,
            done: r.s_done,
            overdue: r.s_overdue,
        },
        // Nothing at all to list: nothing to sum up either.
        None if filter.show == Show::All && filter.name.is_empty() => Summary::default(),
        None => summary(conn, committees, own, year, today).await?,
    };
    let rows = rows
        .into_iter()
        .map(|r| {
            let docs = r
                .kinds
                .iter()
                .enumerate()
                .map(|(i, kind)| {
                    let id = r.plan_ids.get(i).copied().unwrap_or(0);
                    Doc {
                        kind: *kind,
                        plan: (id > 0).then_some(PlanId(id)),
                        state: r.states.get(i).and_then(|s| crate::domain::Named::parse(s)),
                        registered: r.registered.get(i).copied().unwrap_or(false),
                        submitted_at: r.submitted.get(i).copied().flatten(),
                    }
                })
                .collect();
            Row {
                unit: r.id,
                name: r.name,
                kind: r.kind,
                ancestors: r.ancestors,
                parent: r.parent_id,
                docs,
                overdue: r.overdue,
            }
        })
        .collect();
    Ok((rows, total, summary))
}

/// The summary alone, when the filter leaves no row to carry it.
async fn summary(
    conn: &mut PgConnection,
    committees: &Reviewing,
    own: &[OrgUnitId],
    year: i32,
    today: NaiveDate,
) -> sqlx::Result<Summary> {
    let filter = Filter {
        show: Show::All,
        name: String::new(),
        sort: Sort::Name,
        page: 0,
        per_page: 1,
    };
    let (_, _, summary) = Box::pin(rows(conn, committees, own, year, today, &filter)).await?;
    Ok(summary)
}
