//! The org tree as its pages show it: a unit with its ancestors, its children with the
//! registration counts of a year (kept per unit by the database), and the
//! members behind each count.

use chrono::NaiveDate;
use futures_util::TryStreamExt;
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

impl std::ops::Add for Counts {
    type Output = Counts;

    fn add(self, other: Counts) -> Counts {
        Counts {
            expected: self.expected + other.expected,
            registered: self.registered + other.registered,
            approved: self.approved + other.approved,
            waiting: self.waiting + other.waiting,
            not_started: self.not_started + other.not_started,
            overdue: self.overdue + other.overdue,
            orgs_expected: self.orgs_expected + other.orgs_expected,
            orgs_registered: self.orgs_registered + other.orgs_registered,
            committees_expected: self.committees_expected + other.committees_expected,
            committees_accepted: self.committees_accepted + other.committees_accepted,
        }
    }
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
/// after later restructures. One row per unit shown, from `unit_counts` (kept by the
/// database in the same transaction as every change); the root has no row of its own and
/// adds up its children.
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
               select c.id, c.name, c.kind, c.id = $1 as is_self, c.parent_id is null as is_root
               from org_units c, day
               where (c.id = $1 or (c.parent_id = $1 and c.valid_from <= day.as_of
                                    and (c.valid_to is null or c.valid_to > day.first)))
           )
           select s.id as "id: OrgUnitId", s.name, s.kind as "kind: OrgKind",
                  s.is_self as "is_self!", s.is_root as "is_root!",
                  coalesce(uc.expected, 0) as "expected!",
                  coalesce(uc.registered, 0) as "registered!",
                  coalesce(uc.approved, 0) as "approved!",
                  coalesce(uc.waiting, 0) as "waiting!",
                  coalesce(uc.not_started, 0) as "not_started!",
                  coalesce($3 > (select plan_deadline from years where year = $2), false)
                      as "past_deadline!",
                  coalesce(uc.orgs_expected, 0) as "orgs_expected!",
                  coalesce(uc.orgs_registered, 0) as "orgs_registered!",
                  coalesce(uc.committees_expected, 0) as "committees_expected!",
                  coalesce(uc.committees_accepted, 0) as "committees_accepted!"
           from scope s left join unit_counts uc on uc.unit_id = s.id and uc.year = $2
           order by s.is_self desc, s.name collate "vi-VN-x-icu""#,
        unit as OrgUnitId,
        year,
        today
    )
    .fetch_all(conn)
    .await?;
    let mut own = Counts::default();
    let mut root = false;
    let mut children = Vec::new();
    for r in rows {
        let counts = Counts {
            expected: r.expected.into(),
            registered: r.registered.into(),
            approved: r.approved.into(),
            waiting: r.waiting.into(),
            not_started: r.not_started.into(),
            overdue: if r.past_deadline {
                i64::from(r.expected) - i64::from(r.registered)
            } else {
                0
            },
            orgs_expected: r.orgs_expected.into(),
            orgs_registered: r.orgs_registered.into(),
            committees_expected: r.committees_expected.into(),
            committees_accepted: r.committees_accepted.into(),
        };
        if r.is_self {
            own = counts;
            root = r.is_root;
        } else {
            children.push(UnitCounts {
                id: r.id,
                name: r.name,
                kind: r.kind,
                counts,
            });
        }
    }
    if root {
        own = children
            .iter()
            .fold(Counts::default(), |sum, c| sum + c.counts);
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

impl MemberFilter {
    pub const ALL: [MemberFilter; 7] = [
        MemberFilter::Expected,
        MemberFilter::Registered,
        MemberFilter::NotRegistered,
        MemberFilter::Approved,
        MemberFilter::Waiting,
        MemberFilter::NotStarted,
        MemberFilter::Overdue,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MemberFilter::Expected => "expected",
            MemberFilter::Registered => "registered",
            MemberFilter::NotRegistered => "not_registered",
            MemberFilter::Approved => "approved",
            MemberFilter::Waiting => "waiting",
            MemberFilter::NotStarted => "not_started",
            MemberFilter::Overdue => "overdue",
        }
    }
}

impl Counts {
    /// How many members are behind `filter`: the length of its list.
    pub fn behind(&self, filter: MemberFilter) -> i64 {
        match filter {
            MemberFilter::Expected => self.expected,
            MemberFilter::Registered => self.registered,
            MemberFilter::NotRegistered => self.expected - self.registered,
            MemberFilter::Approved => self.approved,
            MemberFilter::Waiting => self.waiting,
            MemberFilter::NotStarted => self.not_started,
            MemberFilter::Overdue => self.overdue,
        }
    }
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
/// then full name, Vietnamese collation). How many there are in all is in the unit's
/// counts (`Counts::behind`). A small subtree is sorted; a large one is read in the order
/// of `members_name_order_idx` until the page is full, so the province's list costs a
/// page, not the province.
pub async fn members(
    conn: &mut PgConnection,
    unit: OrgUnitId,
    year: i32,
    today: NaiveDate,
    filter: MemberFilter,
    page: i64,
    per_page: i64,
) -> sqlx::Result<Vec<MemberRow>> {
    members_stream(
        conn,
        unit,
        year,
        today,
        filter,
        Some((page.saturating_mul(per_page), per_page)),
    )
    .try_collect()
    .await
}

/// The members of `unit`'s subtree behind `filter` in the official order, as they are
/// read: all of them, or the `(offset, limit)` asked for. An export reads the whole list
/// this way without holding it.
pub fn members_stream<'c>(
    conn: &'c mut PgConnection,
    unit: OrgUnitId,
    year: i32,
    today: NaiveDate,
    filter: MemberFilter,
    window: Option<(i64, i64)>,
) -> impl futures_util::Stream<Item = sqlx::Result<MemberRow>> + Send + 'c {
    let filter = filter.as_str();
    let (offset, limit) = window.map_or((0, None), |(o, l)| (o, Some(l)));
    sqlx::query!(
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
           )
           select l.id as "member_id!: MemberId", l.full_name as "full_name!",
                  l.status as "status!: MemberStatus", l.cell_id as "cell_id!: OrgUnitId",
                  l.cell_name as "cell_name!", l.plan_id as "plan_id?: PlanId",
                  l.plan_state as "plan_state?: PlanState"
           from listed l
           where l.expected and case $4
               when 'registered' then l.registered
               when 'not_registered' then not l.registered
               when 'approved' then l.plan_state = 'approved'
               when 'waiting' then l.plan_state = 'submitted'
               when 'not_started' then l.plan_id is null
               when 'overdue' then not l.registered
                   and $3 > (select plan_deadline from years where year = $2)
               else true end
           order by l.given_name collate "vi-VN-x-icu", l.full_name collate "vi-VN-x-icu", l.id
           limit $5 offset $6"#,
        unit as OrgUnitId,
        year,
        today,
        filter,
        limit,
        offset
    )
    .fetch(conn)
    .map_ok(|r| MemberRow {
        member_id: r.member_id,
        full_name: r.full_name,
        status: r.status,
        cell_id: r.cell_id,
        cell_name: r.cell_name,
        plan_id: r.plan_id,
        plan_state: r.plan_state,
    })
}
