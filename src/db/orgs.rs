//! The org tree: units, their members, and the plans waiting for a decision.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use crate::domain::Named;
use crate::domain::access::{Actor, PlanScope};
use crate::domain::ids::{MemberId, OrgUnitId, PlanId};
use crate::domain::org::{MemberStatus, OrgKind, Role};
use crate::domain::plan::{PlanKind, PlanState};

#[derive(Debug, Clone)]
pub struct Unit {
    pub id: OrgUnitId,
    pub name: String,
    pub kind: OrgKind,
    pub ancestors: Vec<OrgUnitId>,
    pub parent_id: Option<OrgUnitId>,
    pub parent_name: Option<String>,
}

pub async fn find_unit(conn: &mut PgConnection, id: OrgUnitId) -> sqlx::Result<Option<Unit>> {
    let row = sqlx::query!(
        r#"select u.id as "id: OrgUnitId", u.name, u.kind as "kind: OrgKind", u.ancestors,
                  u.parent_id as "parent_id: OrgUnitId", p.name as "parent_name?"
           from org_units u left join org_units p on p.id = u.parent_id
           where u.id = $1"#,
        id as OrgUnitId
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| Unit {
        id: r.id,
        name: r.name,
        kind: r.kind,
        ancestors: r.ancestors.into_iter().map(OrgUnitId).collect(),
        parent_id: r.parent_id,
        parent_name: r.parent_name,
    }))
}

/// A member of a cell with the state of their personal plan for a year.
#[derive(Debug, Clone)]
pub struct CellMember {
    pub member_id: MemberId,
    pub full_name: String,
    pub status: MemberStatus,
    pub offices: Vec<Role>,
    pub plan_id: Option<PlanId>,
    pub plan_state: Option<PlanState>,
    pub item_count: i64,
    /// Whether a version of the plan was approved (it stays registered while amended).
    pub has_approved_revision: bool,
    /// Whether someone other than this member leads the cell.
    pub has_other_leader: bool,
}

/// The current members of a cell in official order (given name, then full name, with
/// Vietnamese collation), each with their plan for `year`.
pub async fn cell_members(
    conn: &mut PgConnection,
    cell: OrgUnitId,
    year: i32,
) -> sqlx::Result<Vec<CellMember>> {
    sqlx::query_as!(
        CellMember,
        r#"select m.id as "member_id: MemberId", m.full_name, m.status as "status: MemberStatus",
                  coalesce((select array_agg(ra.role order by ra.role)
                            from accounts a join role_assignments ra on ra.account_id = a.id
                            where a.member_id = m.id and ra.org_unit_id = cm.cell_id
                              and ra.valid_from <= vn_today()
                              and (ra.valid_to is null or ra.valid_to > vn_today())),
                           '{}') as "offices!: Vec<Role>",
                  p.id as "plan_id?: PlanId", p.state as "plan_state?: PlanState",
                  (select count(*) from plan_items i where i.plan_id = p.id) as "item_count!",
                  exists (select 1 from plan_revisions r where r.plan_id = p.id) as "has_approved_revision!",
                  cell_has_other_leader(cm.cell_id, m.id) as "has_other_leader!"
           from cell_memberships cm
           join members m on m.id = cm.member_id
           left join plans p on p.member_id = m.id and p.kind = 'personal' and p.year = $2
           where cm.cell_id = $1 and cm.valid_to is null
           order by m.given_name collate "vi-VN-x-icu", m.full_name collate "vi-VN-x-icu""#,
        cell as OrgUnitId,
        year
    )
    .fetch_all(conn)
    .await
}

/// A submitted plan waiting for someone's decision.
#[derive(Debug, Clone)]
pub struct QueueEntry {
    pub plan_id: PlanId,
    pub owner_name: String,
    pub cell_id: OrgUnitId,
    pub cell_name: String,
    pub state: PlanState,
    pub submitted_at: Option<DateTime<Utc>>,
    pub item_count: i64,
    pub unit_ancestors: Vec<i64>,
    pub parent_id: Option<OrgUnitId>,
    pub member_id: MemberId,
    pub has_other_cell_leader: bool,
}

impl QueueEntry {
    /// The facts the permission function decides on.
    pub fn scope(&self) -> PlanScope {
        PlanScope {
            kind: PlanKind::Personal,
            owner: Some(self.member_id),
            state: self.state,
            unit: self.cell_id,
            unit_path: self.unit_ancestors.iter().copied().map(OrgUnitId).collect(),
            parent: self.parent_id,
            has_other_cell_leader: self.has_other_cell_leader,
            year_open: true,
        }
    }
}

/// What the queue shows: plans in one state (submitted by default), of one cell or all,
/// whose owner's name contains some text, in one order, one page at a time.
#[derive(Debug, Clone)]
pub struct QueueFilter {
    pub state: Option<PlanState>,
    pub cell: Option<OrgUnitId>,
    pub name: String,
    pub by_name: bool,
    pub page: i64,
    pub per_page: i64,
}

impl Default for QueueFilter {
    fn default() -> Self {
        QueueFilter {
            state: Some(PlanState::Submitted),
            cell: None,
            name: String::new(),
            by_name: false,
            page: 0,
            per_page: i64::MAX,
        }
    }
}

/// Submitted personal plans of `year` that `actor` decides, oldest submission first.
pub async fn decision_queue(
    conn: &mut PgConnection,
    actor: &Actor,
    year: i32,
) -> sqlx::Result<Vec<QueueEntry>> {
    Ok(queue(conn, actor, year, &QueueFilter::default()).await?.0)
}

/// Personal plans of `year` that `actor` decides (`domain::access::decides`, in SQL):
/// those in the cells the actor leads, and those of a cell's only leader in cells directly
/// under a committee the actor sits on; narrowed by `filter`. Also how many match in all.
/// A test compares the SQL with the Rust predicate on generated trees.
pub async fn queue(
    conn: &mut PgConnection,
    actor: &Actor,
    year: i32,
    filter: &QueueFilter,
) -> sqlx::Result<(Vec<QueueEntry>, i64)> {
    let (leads, committees) = actor.deciding_units();
    if leads.is_empty() && committees.is_empty() {
        return Ok((Vec::new(), 0));
    }
    let leads: Vec<i64> = leads.iter().map(|u| u.0).collect();
    let committees: Vec<i64> = committees.iter().map(|u| u.0).collect();
    let own_member = actor.member_id.map(|m| m.0);
    let rows = sqlx::query!(
        r#"with cells as (
               select id, bool_or(led) as led from (
                   select id, true as led from org_units where id = any($2)
                   union all
                   select id, false from org_units
                   where parent_id = any($3) and kind in ('cell', 'grassroots_cell')
               ) c group by id
           )
           select p.id as "plan_id: PlanId", m.full_name as owner_name,
                  u.id as "cell_id: OrgUnitId", u.name as cell_name,
                  p.state as "state: PlanState",
                  (select max(e.at) from plan_events e
                    where e.plan_id = p.id and e.action = 'submit') as "submitted_at: DateTime<Utc>",
                  (select count(*) from plan_items i where i.plan_id = p.id) as "item_count!",
                  u.ancestors as unit_ancestors,
                  u.parent_id as "parent_id: OrgUnitId",
                  p.member_id as "member_id!: MemberId",
                  cell_has_other_leader(p.org_unit_id, p.member_id) as "has_other_cell_leader!",
                  count(*) over () as "total!"
           from cells c
           join plans p on p.org_unit_id = c.id
           join years y on y.year = p.year and y.phase <> 'closed'
           join members m on m.id = p.member_id
           join org_units u on u.id = p.org_unit_id
           where p.kind = 'personal' and p.year = $1
             and ($5::text is null or p.state = $5)
             and ($6::bigint is null or p.org_unit_id = $6)
             and ($7 = '' or m.name_folded like '%' || fold_vi($7) || '%')
             and p.member_id is distinct from $4
             and (c.led or not cell_has_other_leader(p.org_unit_id, p.member_id))
           order by case when $8 then m.given_name end collate "vi-VN-x-icu",
                    6 nulls last, m.given_name collate "vi-VN-x-icu", p.id
           limit $9 offset $10"#,
        year,
        &leads,
        &committees,
        own_member,
        filter.state.map(|s| s.as_str()),
        filter.cell.map(|c| c.0),
        filter.name,
        filter.by_name,
        filter.per_page,
        filter.page.saturating_mul(filter.per_page)
    )
    .fetch_all(conn)
    .await?;
    let total = rows.first().map_or(0, |r| r.total);
    Ok((
        rows.into_iter()
            .map(|r| QueueEntry {
                plan_id: r.plan_id,
                owner_name: r.owner_name,
                cell_id: r.cell_id,
                cell_name: r.cell_name,
                state: r.state,
                submitted_at: r.submitted_at,
                item_count: r.item_count,
                unit_ancestors: r.unit_ancestors,
                parent_id: r.parent_id,
                member_id: r.member_id,
                has_other_cell_leader: r.has_other_cell_leader,
            })
            .collect(),
        total,
    ))
}

/// The cells whose plans the actor decides (all of them, or only their lone leaders'), by
/// name: what the queue can be narrowed to.
pub async fn deciding_cells(
    conn: &mut PgConnection,
    actor: &Actor,
) -> sqlx::Result<Vec<(OrgUnitId, String)>> {
    let (leads, committees) = actor.deciding_units();
    let leads: Vec<i64> = leads.iter().map(|u| u.0).collect();
    let committees: Vec<i64> = committees.iter().map(|u| u.0).collect();
    let rows = sqlx::query!(
        r#"select id as "id: OrgUnitId", name from org_units
           where (id = any($1) or (parent_id = any($2) and kind in ('cell', 'grassroots_cell')))
             and valid_to is null
           order by name collate "vi-VN-x-icu""#,
        &leads,
        &committees
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.name)).collect())
}

/// Names of the given units.
pub async fn unit_names(
    conn: &mut PgConnection,
    ids: &[OrgUnitId],
) -> sqlx::Result<Vec<(OrgUnitId, String)>> {
    let ids: Vec<i64> = ids.iter().map(|i| i.0).collect();
    let rows = sqlx::query!(
        r#"select id as "id: OrgUnitId", name from org_units where id = any($1)"#,
        &ids
    )
    .fetch_all(conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.name)).collect())
}
