//! Accounts and the bookkeeping of login attempts.

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

use crate::domain::ids::{AccountId, MemberId, OrgUnitId};
use crate::domain::org::{MemberStatus, Role};
use crate::domain::throttle::RecentAttempts;

/// An active account with its member, current cell and current offices (as two parallel
/// arrays, in the order they were granted).
#[derive(Debug, Clone)]
pub struct UserRow {
    pub account_id: AccountId,
    pub login: String,
    pub display_name: String,
    pub member_id: Option<MemberId>,
    pub cell_id: Option<OrgUnitId>,
    pub status: Option<MemberStatus>,
    pub roles: Vec<Role>,
    pub units: Vec<OrgUnitId>,
    /// When the session it was loaded through ends (None when loaded directly).
    pub expires_at: Option<DateTime<Utc>>,
    /// Made by an import with a one-time password: must choose its own before anything else.
    pub must_change_password: bool,
}

/// An active account as a user, to act as them (the demo seeder, tests).
pub async fn user(conn: &mut PgConnection, account: AccountId) -> sqlx::Result<Option<UserRow>> {
    sqlx::query_as!(
        UserRow,
        r#"select u.account_id as "account_id!: AccountId", u.login as "login!",
                  u.display_name as "display_name!", u.member_id as "member_id: MemberId",
                  u.cell_id as "cell_id: OrgUnitId", u.status as "status: MemberStatus",
                  u.roles as "roles!: Vec<Role>", u.units as "units!: Vec<OrgUnitId>",
                  null::timestamptz as "expires_at?: DateTime<Utc>",
                  u.must_change_password as "must_change_password!"
           from account_users u where u.account_id = $1"#,
        account as AccountId
    )
    .fetch_optional(conn)
    .await
}

/// What the login form needs to know about an account.
pub struct LoginRecord {
    pub id: AccountId,
    pub password_hash: String,
    /// Its password is a one-time one drawn more than `ONE_TIME_DAYS` days ago (it works
    /// to the end of that day, in Vietnam, as its list says).
    pub one_time_expired: bool,
}

pub async fn find_for_login(pool: &PgPool, login: &str) -> sqlx::Result<Option<LoginRecord>> {
    sqlx::query_as!(
        LoginRecord,
        r#"select id as "id: AccountId", password_hash,
                  coalesce(must_change_password
                           and ((one_time_issued_at at time zone 'UTC') + interval '7 hours')::date
                               + $2::int < vn_today(),
                           false) as "one_time_expired!"
           from accounts where login = $1 and is_active"#,
        login,
        crate::auth::password::ONE_TIME_DAYS
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

/// Recent attempts for a login from an address, and from the address for any login.
pub async fn recent_attempts(
    conn: &mut PgConnection,
    login: &str,
    ip: &str,
    since: DateTime<Utc>,
) -> sqlx::Result<RecentAttempts> {
    let row = sqlx::query!(
        r#"select
             count(*) filter (where outcome = 'failed') as "pair_failed!",
             count(*) filter (where outcome = 'pending' and at > now() - interval '1 minute')
                 as "pair_pending!",
             max(at) filter (where outcome = 'failed') as "pair_last_failure: DateTime<Utc>",
             (select count(*) from login_attempts
               where ip = $2 and outcome = 'failed' and at > $3) as "address_failed!",
             (select max(at) from login_attempts
               where ip = $2 and outcome = 'failed' and at > $3)
                 as "address_last_failure: DateTime<Utc>"
           from login_attempts where login = $1 and ip = $2 and at > $3"#,
        login,
        ip,
        since as _
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(RecentAttempts {
        pair_failed: row.pair_failed,
        pair_pending: row.pair_pending,
        pair_last_failure: row.pair_last_failure,
        address_failed: row.address_failed,
        address_last_failure: row.address_last_failure,
    })
}

/// Serialises the check-and-record of attempts for one login from one address, across
/// every server process, until the transaction ends.
pub async fn lock_attempts(conn: &mut PgConnection, login: &str, ip: &str) -> sqlx::Result<()> {
    sqlx::query!(
        "select pg_advisory_xact_lock(hashtextextended($1 || '|' || $2, 0))",
        login,
        ip
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Records an attempt whose password is about to be checked.
pub async fn start_attempt(conn: &mut PgConnection, login: &str, ip: &str) -> sqlx::Result<i64> {
    sqlx::query_scalar!(
        "insert into login_attempts (login, ip) values ($1, $2) returning id",
        login,
        ip
    )
    .fetch_one(conn)
    .await
}

/// Marks an attempt as failed, at the moment it failed.
pub async fn fail_attempt(pool: &PgPool, id: i64) -> sqlx::Result<()> {
    sqlx::query!(
        "update login_attempts set outcome = 'failed', at = now() where id = $1",
        id
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// After a successful login, forgets the attempts of this login from this address.
pub async fn clear_attempts(pool: &PgPool, login: &str, ip: &str) -> sqlx::Result<()> {
    sqlx::query!(
        "delete from login_attempts where login = $1 and ip = $2",
        login,
        ip
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Forgets attempts older than a day.
pub async fn purge_old_attempts(pool: &PgPool) -> sqlx::Result<u64> {
    let done = sqlx::query!("delete from login_attempts where at < now() - interval '1 day'")
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

/// The stored password hash of an active account.
pub async fn password_hash(pool: &PgPool, id: AccountId) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar!(
        "select password_hash from accounts where id = $1 and is_active",
        id as AccountId
    )
    .fetch_optional(pool)
    .await
}

/// Sets a password of the account's own choosing (the one-time password stops working).
pub async fn set_password(conn: &mut PgConnection, id: AccountId, hash: &str) -> sqlx::Result<()> {
    sqlx::query!(
        "update accounts set password_hash = $2, must_change_password = false where id = $1",
        id as AccountId,
        hash
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Gives accounts new one-time passwords (their hashes); only those still waiting for
/// their first login are changed.
pub async fn issue_one_time(
    conn: &mut PgConnection,
    accounts: &[(AccountId, String)],
) -> sqlx::Result<()> {
    let ids: Vec<i64> = accounts.iter().map(|(id, _)| id.0).collect();
    let hashes: Vec<&str> = accounts.iter().map(|(_, h)| h.as_str()).collect();
    sqlx::query!(
        "update accounts a set password_hash = t.hash, one_time_issued_at = now()
         from unnest($1::bigint[], $2::text[]) as t(id, hash)
         where a.id = t.id and a.must_change_password",
        &ids,
        &hashes as &[&str]
    )
    .execute(conn)
    .await?;
    Ok(())
}
