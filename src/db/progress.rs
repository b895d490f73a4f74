//! Progress updates on approved items: the latest of each item of a plan, an item's
//! history, adding and acknowledging, and a cell's items due or overdue for its meeting.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgConnection;

use crate::domain::ids::{AccountId, MemberId, OrgUnitId, PlanId, PlanItemId};
use crate::domain::progress::{NewProgress, ProgressStatus};

/// One update.
#[derive(Debug, Clone)]
pub struct Update {
    pub id: i64,
    pub item_id: PlanItemId,
    pub status: ProgressStatus,
    pub percent: Option<i32>,
    pub note: String,
    pub evidence: String,
    pub by: String,
    pub at: DateTime<Utc>,
    pub acknowledged_by: Option<String>,
    pub acknowledged_at: Option<DateTime<Utc>>,
}

/// The latest update of each item of a plan.
pub async fn latest(conn: &mut PgConnection, plan: PlanId) -> sqlx::Result<Vec<Update>> {
    sqlx::query_as!(
        Update,
        r#"select distinct on (p.item_id) p.id, p.item_id as "item_id: PlanItemId",
                  p.status as "status: ProgressStatus", p.percent, p.note, p.evidence,
                  a.display_name as by, p.at, k.display_name as "acknowledged_by?",
                  p.acknowledged_at
           from item_progress p
           join accounts a on a.id = p.actor_id
           left join accounts k on k.id = p.acknowledged_by
           where p.plan_id = $1
           order by p.item_id, p.id desc"#,
        plan as PlanId
    )
    .fetch_all(conn)
    .await
}

/// Every update of an item, newest first.
pub async fn history(
    conn: &mut PgConnection,
    plan: PlanId,
    item: PlanItemId,
) -> sqlx::Result<Vec<Update>> {
    sqlx::query_as!(
        Update,
        r#"select p.id, p.item_id as "item_id: PlanItemId",
                  p.status as "status: ProgressStatus", p.percent, p.note, p.evidence,
                  a.display_name as by, p.at, k.display_name as "acknowledged_by?",
                  p.acknowledged_at
           from item_progress p
           join accounts a on a.id = p.actor_id
           left join accounts k on k.id = p.acknowledged_by
           where p.plan_id = $1 and p.item_id = $2
           order by p.id desc"#,
        plan as PlanId,
        item as PlanItemId
    )
    .fetch_all(conn)
    .await
}

pub async fn add(
    conn: &mut PgConnection,
    plan: PlanId,
    item: PlanItemId,
    actor: AccountId,
    update: &NewProgress,
) -> sqlx::Result<i64> {
    sqlx::query_scalar!(
        "insert into item_progress (plan_id, item_id, status, percent, note, evidence, actor_id)
         values ($1, $2, $3, $4, $5, $6, $7) returning id",
        plan as PlanId,
        item as PlanItemId,
        crate::domain::Named::as_str(update.status),
        update.percent,
        update.note,
        update.evidence,
        actor as AccountId
    )
    .fetch_one(conn)
    .await
}

/// Acknowledges an update of this plan's item not yet acknowledged; false otherwise.
pub async fn acknowledge(
    conn: &mut PgConnection,
    plan: PlanId,
    item: PlanItemId,
    update: i64,
    actor: AccountId,
) -> sqlx::Result<bool> {
    Ok(sqlx::query!(
        "update item_progress set acknowledged_by = $1, acknowledged_at = now()
         where id = $2 and plan_id = $3 and item_id = $4 and acknowledged_by is null",
        actor as AccountId,
        update,
        plan as PlanId,
        item as PlanItemId
    )
    .execute(conn)
    .await?
    .rows_affected()
        == 1)
}

/// An item of a cell member's approved plan, due soon or overdue, for the cell meeting.
#[derive(Debug, Clone)]
pub struct MeetingItem {
    pub member_id: MemberId,
    pub member_name: String,
    pub plan_id: PlanId,
    pub item_id: PlanItemId,
    pub position: i32,
    pub content: String,
    pub deadline: NaiveDate,
    pub status: Option<ProgressStatus>,
    pub percent: Option<i32>,
    pub note: Option<String>,
    pub at: Option<DateTime<Utc>>,
}

/// The items of the approved personal plans handled in a cell in `year` that are not done
/// and due by `until`, earliest deadline first, then by member in official order.
pub async fn cell_meeting(
    conn: &mut PgConnection,
    cell: OrgUnitId,
    year: i32,
    until: NaiveDate,
) -> sqlx::Result<Vec<MeetingItem>> {
    sqlx::query_as!(
        MeetingItem,
        r#"select m.id as "member_id: MemberId", m.full_name as member_name,
                  p.id as "plan_id: PlanId", i.id as "item_id: PlanItemId", i.position,
                  i.content, i.deadline as "deadline!",
                  lp.status as "status?: ProgressStatus", lp.percent as "percent?",
                  lp.note as "note?", lp.at as "at?"
           from plans p
           join members m on m.id = p.member_id
           join plan_items i on i.plan_id = p.id
           left join lateral (
               select ip.status, ip.percent, ip.note, ip.at from item_progress ip
               where ip.plan_id = p.id and ip.item_id = i.id
               order by ip.id desc limit 1) lp on true
           where p.kind = 'personal' and p.org_unit_id = $1 and p.year = $2
             and p.state = 'approved'
             and i.deadline <= $3 and lp.status is distinct from 'done'
           order by i.deadline, m.given_name collate "vi-VN-x-icu",
                    m.full_name collate "vi-VN-x-icu", i.position"#,
        cell as OrgUnitId,
        year,
        until
    )
    .fetch_all(conn)
    .await
}
