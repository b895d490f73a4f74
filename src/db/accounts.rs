//! Accounts, their offices, and failed-login bookkeeping.

use chrono::{DateTime, Utc};
use sqlx::PgConnection;

use crate::auth::permission::{Actor, Grant};
use crate::auth::session::CurrentUser;
use crate::domain::ids::{AccountId, MemberId, OrgUnitId};
use crate::domain::org::Role;

/// What the login form needs to know about an account.
pub struct LoginRecord {
    pub id: AccountId,
    pub password_hash: String,
}

pub async fn find_for_login(
    conn: &mut PgConnection,
    login: &str,
) -> sqlx::Result<Option<LoginRecord>> {
    sqlx::query_as!(
        LoginRecord,
        r#"select id as "id: AccountId", password_hash
           from accounts where login = $1 and is_active"#,
        login
    )
    .fetch_optional(conn)
    .await
}

pub async fn record_login(conn: &mut PgConnection, id: AccountId) -> sqlx::Result<()> {
    sqlx::query!(
        "update accounts set last_login_at = now() where id = $1",
        id as AccountId
    )
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn record_failure(conn: &mut PgConnection, login: &str) -> sqlx::Result<()> {
    sqlx::query!("insert into login_failures (login) values ($1)", login)
        .execute(conn)
        .await?;
    Ok(())
}

/// Failed attempts for a login since `since`.
pub async fn failures_since(
    conn: &mut PgConnection,
    login: &str,
    since: DateTime<Utc>,
) -> sqlx::Result<i64> {
    let count = sqlx::query_scalar!(
        r#"select count(*) as "count!" from login_failures where login = $1 and failed_at > $2"#,
        login,
        since as _
    )
    .fetch_one(conn)
    .await?;
    Ok(count)
}

pub async fn clear_failures(conn: &mut PgConnection, login: &str) -> sqlx::Result<()> {
    sqlx::query!("delete from login_failures where login = $1", login)
        .execute(conn)
        .await?;
    Ok(())
}

/// Loads the user behind a session: account, member, current cell and current offices.
pub async fn load_current_user(
    conn: &mut PgConnection,
    id: AccountId,
) -> sqlx::Result<Option<CurrentUser>> {
    let Some(account) = sqlx::query!(
        r#"select a.login, a.display_name, a.member_id as "member_id: MemberId",
                  cm.cell_id as "cell_id?: OrgUnitId"
           from accounts a
           left join cell_memberships cm on cm.member_id = a.member_id and cm.valid_to is null
           where a.id = $1 and a.is_active"#,
        id as AccountId
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let grants: Vec<Grant> = sqlx::query!(
        r#"select role, org_unit_id as "unit: OrgUnitId"
           from role_assignments
           where account_id = $1 and valid_from <= current_date
             and (valid_to is null or valid_to > current_date)"#,
        id as AccountId
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .filter_map(|r| Role::parse(&r.role).map(|role| Grant { role, unit: r.unit }))
    .collect();
    let is_admin = grants.iter().any(|g| g.role == Role::Administrator);
    let decides_plans = grants
        .iter()
        .any(|g| g.role.leads_cell() || g.role == Role::GrassrootsCommittee);
    Ok(Some(CurrentUser {
        actor: Actor {
            account_id: id,
            member_id: account.member_id,
            cell_id: account.cell_id,
            grants,
        },
        login: account.login,
        display_name: account.display_name,
        is_admin,
        decides_plans,
    }))
}
