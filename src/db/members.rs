//! Members as the administrator finds and moves them: search by name, one member with
//! their current cell, the cells one may move them to, and the move itself.

use chrono::NaiveDate;
use sqlx::PgConnection;

use crate::domain::ids::{MemberId, OrgUnitId};
use crate::domain::org::MemberStatus;

#[derive(Debug, Clone)]
pub struct MemberEntry {
    pub id: MemberId,
    pub full_name: String,
    pub status: MemberStatus,
    pub cell_id: Option<OrgUnitId>,
    pub cell_name: Option<String>,
    pub since: Option<NaiveDate>,
}

/// Members whose name contains `query` (compared without tone marks), in official order.
pub async fn search(
    conn: &mut PgConnection,
    query: &str,
    limit: i64,
) -> sqlx::Result<Vec<MemberEntry>> {
    sqlx::query_as!(
        MemberEntry,
        r#"select m.id as "id: MemberId", m.full_name, m.status as "status: MemberStatus",
                  cm.cell_id as "cell_id?: OrgUnitId", u.name as "cell_name?",
                  cm.valid_from as "since?: NaiveDate"
           from members m
           left join cell_memberships cm on cm.member_id = m.id and cm.valid_to is null
           left join org_units u on u.id = cm.cell_id
           where m.name_folded like '%' || fold_vi($1) || '%'
           order by m.given_name collate "vi-VN-x-icu", m.full_name collate "vi-VN-x-icu", m.id
           limit $2"#,
        query,
        limit
    )
    .fetch_all(conn)
    .await
}

pub async fn find(conn: &mut PgConnection, id: MemberId) -> sqlx::Result<Option<MemberEntry>> {
    sqlx::query_as!(
        MemberEntry,
        r#"select m.id as "id: MemberId", m.full_name, m.status as "status: MemberStatus",
                  cm.cell_id as "cell_id?: OrgUnitId", u.name as "cell_name?",
                  cm.valid_from as "since?: NaiveDate"
           from members m
           left join cell_memberships cm on cm.member_id = m.id and cm.valid_to is null
           left join org_units u on u.id = cm.cell_id
           where m.id = $1"#,
        id as MemberId
    )
    .fetch_optional(conn)
    .await
}

/// A cell one may move a member to: its name and the grassroots organisation above it.
#[derive(Debug, Clone)]
pub struct CellChoice {
    pub id: OrgUnitId,
    pub name: String,
    pub parent_name: Option<String>,
}

/// Open cells whose name (or whose parent's name) contains `query`, by name.
pub async fn cells(
    conn: &mut PgConnection,
    query: &str,
    limit: i64,
) -> sqlx::Result<Vec<CellChoice>> {
    sqlx::query_as!(
        CellChoice,
        r#"select u.id as "id: OrgUnitId", u.name, p.name as "parent_name?"
           from org_units u left join org_units p on p.id = u.parent_id
           where u.kind in ('cell', 'grassroots_cell') and u.valid_to is null
             and (fold_vi(u.name) like '%' || fold_vi($1) || '%'
                  or fold_vi(p.name) like '%' || fold_vi($1) || '%')
           order by p.name collate "vi-VN-x-icu", u.name collate "vi-VN-x-icu"
           limit $2"#,
        query,
        limit
    )
    .fetch_all(conn)
    .await
}

/// The member's current membership, locked: (cell, since).
pub async fn lock_membership(
    conn: &mut PgConnection,
    member: MemberId,
) -> sqlx::Result<Option<(OrgUnitId, NaiveDate)>> {
    let row = sqlx::query!(
        r#"select cell_id as "cell_id: OrgUnitId", valid_from from cell_memberships
           where member_id = $1 and valid_to is null for update"#,
        member as MemberId
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.cell_id, r.valid_from)))
}

/// Ends the member's membership of their cell on `on` and starts one in `to` from then.
pub async fn move_membership(
    conn: &mut PgConnection,
    member: MemberId,
    to: OrgUnitId,
    on: NaiveDate,
) -> sqlx::Result<()> {
    sqlx::query!(
        "update cell_memberships set valid_to = $2 where member_id = $1 and valid_to is null",
        member as MemberId,
        on
    )
    .execute(&mut *conn)
    .await?;
    join_cell(conn, member, to, on).await
}

/// Gives a member with no cell now (or whose membership has just ended) a membership of
/// `cell` from `on`.
pub async fn join_cell(
    conn: &mut PgConnection,
    member: MemberId,
    cell: OrgUnitId,
    on: NaiveDate,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into cell_memberships (member_id, cell_id, valid_from) values ($1, $2, $3)",
        member as MemberId,
        cell as OrgUnitId,
        on
    )
    .execute(conn)
    .await?;
    Ok(())
}
