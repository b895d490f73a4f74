//! The org tree as its pages show it: a unit with its ancestors, its children with the
//! registration counts of a year (SQL aggregates over the subtree's members), and the
//! members behind each count.

use chrono::NaiveDate;
use sqlx::PgConnection;

use crate::domain::ids::{MemberId, OrgUnitId, PlanId};
use crate::domain::org::{MemberStatus, OrgKind};
use crate::domain::plan::PlanState;

/// A unit and the units above it (root first), for the page's trail.
#[derive(Debug, Clone)]
pub struct UnitPath {
    pub id: OrgUnitId,
    pub name: String,
    pub kind: OrgKind,
    /// (id, name) from the root down to the unit's parent.
    pub above: Vec<(OrgUnitId, String)>,
    pub ancestors: Vec<OrgUnitId>,
    /// The day it closed (a restructure), if it did.
    pub valid_to: Option<NaiveDate>,
    pub successor: Option<(OrgUnitId, String)>,
}

impl UnitPath {
    pub fn parent(&self) -> Option<OrgUnitId> {
        self.above.last().map(|(id, _)| *id)
    }
}

pub async fn unit_path(conn: &mut PgConnection, id: OrgUnitId) -> sqlx::Result<Option<UnitPath>> {
    let row = sqlx::query!(
        r#"select u.id as "id: OrgUnitId", u.name, u.kind as "kind: OrgKind",
                  u.ancestors as "ancestors!: Vec<OrgUnitId>", u.valid_to,
                  u.successor_id as "successor_id: OrgUnitId", su.name as "successor_name?",
                  coalesce((select array_agg(a.id order by array_position(u.ancestors, a.id))
                            from org_units a where a.id = any(u.ancestors) and a.id <> u.id),
                           '{}') as "above_ids!: Vec<OrgUnitId>",
                  coalesce((select array_agg(a.name order by array_position(u.ancestors, a.id))
                            from org_units a where a.id = any(u.ancestors) and a.id <> u.id),
                           '{}') as "above_names!: Vec<String>"
           from org_units u left join org_units su on su.id = u.successor_id
           where u.id = $1"#,
        id as OrgUnitId
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| UnitPath {
        id: r.id,
        name: r.name,
        kind: r.kind,
        above: r.above_ids.into_iter().zip(r.above_names).collect(),
        ancestors: r.ancestors,
        valid_to: r.valid_to,
        successor: r.successor_id.zip(r.successor_name),
    }))
}

/// Registration of personal plans for a year among the members who must file one (not
/// exempted, suspended or transferred out).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Members who must file a plan.
    pub expected: i64,
    /// Of them, with a plan submitted or approved (an amendment in progress still counts).
    pub registered: i64,
    pub approved: i64,
    /// Plans waiting for a decision.
    pub waiting: i64,
    /// Members with no plan at all.
    pub not_started: i64,
    /// Not registered, and the registration deadline has passed.
    pub overdue: i64,
    /// Cells and grassroots organisations that must file a collective plan, and of them
    /// those that filed one (submitted or approved).
    pub orgs_expected: i64,
    pub orgs_registered: i64,
    /// Committees directly under the province, and of them those with both commitments
    /// accepted.
    pub committees_expected: i64,
    pub committees_accepted: i64,
}

/// A unit below another, with its counts.
#[derive(Debug, Clone)]
pub struct UnitCounts {
    pub id: OrgUnitId,
    pub name: String,
    pub kind: OrgKind,
    pub counts: Counts,
}

/// The unit itself (first) and its child units with their counts for `year`, as the tree
/// stood at the end of that year (or today, for the current year): units open then, and
/// the members their cells had on that day — so a past year's figures stay as they were
/// after later restructures. One aggregate query over the subtree's cells, whose figures
/// `cell_counts` keeps (a cell's members are counted as of the end of the year, or today).
pub async fn counts(
    conn: &mut PgConnection,
    unit: OrgUnitId,
    year: i32,
    today: NaiveDate,
) -> sqlx::Result<(Counts, Vec<UnitCounts>)> {
    let rows = sqlx::query!(
        r#"with day as (
               select least(make_date($2, 12, 31), $3::date) as as_of,
                      make_date($2, 1, 1) as first
           ),
           scope as (
               select c.id, c.name, c.kind, c.id = $1 as is_self
               from org_units c, day
               where (c.id = $1 or (c.parent_id = $1 and c.valid_from <= day.as_of
                                    and (c.valid_to is null or c.valid_to > day.first)))
           ),
           below as (
               select s.id as scope_id, u.id, u.kind
               from scope s
               join org_units u on u.ancestors @> array[s.id]
               cross join day
               where u.valid_from <= day.as_of and (u.valid_to is null or u.valid_to > day.as_of)
           ),
           unit_docs as (
               select b.scope_id as unit_id,
                      count(*) filter (where b.kind in ('cell', 'grassroots_cell', 'grassroots_party'))
                          as orgs_expected,
                      count(*) filter (where b.kind in ('cell', 'grassroots_cell', 'grassroots_party')
                          and exists (select 1 from plans p
                                      where p.kind = 'collective' and p.year = $2
                                        and p.org_unit_id = b.id
                                        and (p.state in ('submitted', 'approved') or p.revision > 1)))
                          as orgs_registered,
                      count(*) filter (where b.kind = 'upper_committee') as committees_expected,
                      count(*) filter (where b.kind = 'upper_committee'
                          and (select count(*) from plans p
                               where p.kind in ('upper_collective_commitment',
                                                'upper_secretary_commitment')
                                 and p.year = $2 and p.org_unit_id = b.id
                                 and (p.state = 'approved' or p.revision > 1)) = 2)
                          as committees_accepted
               from below b group by b.scope_id
           ),
           people as (
               select s.id, s.name, s.kind, s.is_self,
                      coalesce(sum(cc.expected), 0)::bigint as expected,
                      coalesce(sum(cc.registered), 0)::bigint as registered,
                      coalesce(sum(cc.approved), 0)::bigint as approved,
                      coalesce(sum(cc.waiting), 0)::bigint as waiting,
                      coalesce(sum(cc.not_started), 0)::bigint as not_started
               from scope s
               left join below b on b.scope_id = s.id and b.kind in ('cell', 'grassroots_cell')
               left join cell_counts cc on cc.cell_id = b.id and cc.year = $2
               group by s.id, s.name, s.kind, s.is_self
           )
           select p.id as "id: OrgUnitId", p.name, p.kind as "kind: OrgKind", p.is_self as "is_self!",
                  p.expected as "expected!", p.registered as "registered!",
                  p.approved as "approved!", p.waiting as "waiting!",
                  p.not_started as "not_started!",
                  case when $3 > (select plan_deadline from years where year = $2)
                       then p.expected - p.registered else 0 end as "overdue!",
                  coalesce(d.orgs_expected, 0) as "orgs_expected!",
                  coalesce(d.orgs_registered, 0) as "orgs_registered!",
                  coalesce(d.committees_expected, 0) as "committees_expected!",
                  coalesce(d.committees_accepted, 0) as "committees_accepted!"
           from people p left join unit_docs d on d.unit_id = p.id
           order by p.is_self desc, p.name collate "vi-VN-x-icu""#,
        unit as OrgUnitId,
        year,
        today
    )
    .fetch_all(conn)
    .await?;
    let mut own = Counts::default();
    let mut children = Vec::new();
    for r in rows {
        let counts = Counts {
            expected: r.expected,
            registered: r.registered,
            approved: r.approved,
            waiting: r.waiting,
            not_started: r.not_started,
            overdue: r.overdue,
            orgs_expected: r.orgs_expected,
            orgs_registered: r.orgs_registered,
            committees_expected: r.committees_expected,
            committees_accepted: r.committees_accepted,
        };
        if r.is_self {
            own = counts;
        } else {
            children.push(UnitCounts {
                id: r.id,
                name: r.name,
                kind: r.kind,
                counts,
            });
        }
    }
    Ok((own, children))
}

/// Which members a list shows: those behind one of the counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberFilter {
    Expected,
    Registered,
    NotRegistered,
    Approved,
    Waiting,
    NotStarted,
    Overdue,
}

/// A member in a list of the subtree.
#[derive(Debug, Clone)]
pub struct MemberRow {
    pub member_id: MemberId,
    pub full_name: String,
    pub status: MemberStatus,
    pub cell_id: OrgUnitId,
    pub cell_name: String,
    pub plan_id: Option<PlanId>,
    pub plan_state: Option<PlanState>,
}

/// A page of the members of `unit`'s subtree behind `filter` (official order: given name,
/// then full name, Vietnamese collation), and how many there are in all.
pub async fn members(
    conn: &mut PgConnection,
    unit: OrgUnitId,
    year: i32,
    today: NaiveDate,
    filter: MemberFilter,
    page: i64,
    per_page: i64,
) -> sqlx::Result<(Vec<MemberRow>, i64)> {
    let filter = match filter {
        MemberFilter::Expected => "expected",
        MemberFilter::Registered => "registered",
        MemberFilter::NotRegistered => "not_registered",
        MemberFilter::Approved => "approved",
        MemberFilter::Waiting => "waiting",
        MemberFilter::NotStarted => "not_started",
        MemberFilter::Overdue => "overdue",
    };
    let rows = sqlx::query!(
        r#"with day as (select least(make_date($2, 12, 31), $3::date) as as_of),
           listed as (
               select m.id, m.full_name, m.given_name, m.status, cell.id as cell_id,
                      cell.name as cell_name, p.id as plan_id, p.state as plan_state,
                      m.status in ('official', 'probationary') as expected,
                      coalesce(p.state in ('submitted', 'approved') or p.revision > 1, false)
                          as registered
               from org_units cell
               cross join day
               join cell_memberships cm on cm.cell_id = cell.id and cm.valid_from <= day.as_of
                                       and (cm.valid_to is null or cm.valid_to > day.as_of)
               join members m on m.id = cm.member_id
               left join plans p on p.member_id = m.id and p.kind = 'personal' and p.year = $2
               where cell.ancestors @> array[$1::bigint]
                 and cell.kind in ('cell', 'grassroots_cell')
           ),
           chosen as (
               select * from listed l
               where l.expected and case $4
                   when 'registered' then l.registered
                   when 'not_registered' then not l.registered
                   when 'approved' then l.plan_state = 'approved'
                   when 'waiting' then l.plan_state = 'submitted'
                   when 'not_started' then l.plan_id is null
                   when 'overdue' then not l.registered
                       and $3 > (select plan_deadline from years where year = $2)
                   else true end
           )
           select c.id as "member_id!: MemberId", c.full_name as "full_name!",
                  c.status as "status!: MemberStatus", c.cell_id as "cell_id!: OrgUnitId",
                  c.cell_name as "cell_name!", c.plan_id as "plan_id?: PlanId",
                  c.plan_state as "plan_state?: PlanState",
                  count(*) over () as "total!"
           from chosen c
           order by c.given_name collate "vi-VN-x-icu", c.full_name collate "vi-VN-x-icu", c.id
           limit $5 offset $6"#,
        unit as OrgUnitId,
        year,
        today,
        filter,
        per_page,
        page * per_page
    )
    .fetch_all(conn)
    .await?;
    let total = rows.first().map_or(0, |r| r.total);
    Ok((
        rows.into_iter()
            .map(|r| MemberRow {
                member_id: r.member_id,
                full_name: r.full_name,
                status: r.status,
                cell_id: r.cell_id,
                cell_name: r.cell_name,
                plan_id: r.plan_id,
                plan_state: r.plan_state,
            })
            .collect(),
        total,
    ))
}
