//! Accounts, their offices, and failed-login bookkeeping.

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

use crate::auth::permission::{Actor, Grant};
use crate::auth::session::CurrentUser;
use crate::domain::ids::{AccountId, MemberId, OrgUnitId};
use crate::domain::org::{MemberStatus, Role};

/// What the login form needs to know about an account.
pub struct LoginRecord {
    pub id: AccountId,
    pub password_hash: String,
}

pub async fn find_for_login(pool: &PgPool, login: &str) -> sqlx::Result<Option<LoginRecord>> {
    sqlx::query_as!(
        LoginRecord,
        r#"select id as "id: AccountId", password_hash
           from accounts where login = $1 and is_active"#,
        login
    )
    .fetch_optional(pool)
    .await
}

pub async fn record_login(pool: &PgPool, id: AccountId) -> sqlx::Result<()> {
    sqlx::query!(
        "update accounts set last_login_at = now() where id = $1",
        id as AccountId
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Records a login attempt before it is checked, so that parallel attempts cannot all
/// slip under the limit; a successful login clears the login's attempts.
pub async fn record_attempt(pool: &PgPool, login: &str, ip: &str) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into login_failures (login, ip) values ($1, $2)",
        login,
        ip
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Attempts not known to have succeeded since `since`: for the login, and from the address.
pub async fn attempts_since(
    pool: &PgPool,
    login: &str,
    ip: &str,
    since: DateTime<Utc>,
) -> sqlx::Result<(i64, i64)> {
    let row = sqlx::query!(
        r#"select (select count(*) from login_failures where login = $1 and failed_at > $3) as "by_login!",
                  (select count(*) from login_failures where ip = $2 and failed_at > $3) as "by_ip!""#,
        login,
        ip,
        since as _
    )
    .fetch_one(pool)
    .await?;
    Ok((row.by_login, row.by_ip))
}

pub async fn clear_attempts(pool: &PgPool, login: &str) -> sqlx::Result<()> {
    sqlx::query!("delete from login_failures where login = $1", login)
        .execute(pool)
        .await?;
    Ok(())
}

/// Forgets attempts older than a day.
pub async fn purge_old_attempts(pool: &PgPool) -> sqlx::Result<u64> {
    let done =
        sqlx::query!("delete from login_failures where failed_at < now() - interval '1 day'")
            .execute(pool)
            .await?;
    Ok(done.rows_affected())
}

/// Loads the user behind a session: account, member, current cell and current offices.
pub async fn load_current_user(
    conn: &mut PgConnection,
    id: AccountId,
) -> sqlx::Result<Option<CurrentUser>> {
    let Some(account) = sqlx::query!(
        r#"select a.login, a.display_name, a.member_id as "member_id: MemberId",
                  cm.cell_id as "cell_id?: OrgUnitId", m.status as "status?: MemberStatus"
           from accounts a
           left join members m on m.id = a.member_id
           left join cell_memberships cm on cm.member_id = a.member_id and cm.valid_to is null
           where a.id = $1 and a.is_active"#,
        id as AccountId
    )
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let grants: Vec<Grant> = sqlx::query_as!(
        Grant,
        r#"select role as "role: Role", org_unit_id as "unit: OrgUnitId"
           from role_assignments
           where account_id = $1 and valid_from <= vn_today()
             and (valid_to is null or valid_to > vn_today())"#,
        id as AccountId
    )
    .fetch_all(&mut *conn)
    .await?;
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
        files_plan: account.cell_id.is_some()
            && account.status.is_some_and(MemberStatus::files_plan),
    }))
}
