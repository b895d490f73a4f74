//! Sessions of logged-in accounts (loaded with their user in one query) and the keys the
//! server processes of a deployment share.

use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sqlx::PgPool;

use crate::domain::ids::{AccountId, MemberId, OrgUnitId};
use crate::domain::org::{MemberStatus, Role};

/// The user behind a live session: account, member, current cell and current offices
/// (as two parallel arrays, in the order they were granted).
#[derive(Debug, Clone)]
pub struct SessionUser {
    pub account_id: AccountId,
    pub expires_at: DateTime<Utc>,
    pub login: String,
    pub display_name: String,
    pub member_id: Option<MemberId>,
    pub cell_id: Option<OrgUnitId>,
    pub status: Option<MemberStatus>,
    pub roles: Vec<Role>,
    pub units: Vec<OrgUnitId>,
}

/// The session with this secret hash and its user, when the session has not expired and
/// the account is still active.
pub async fn load(pool: &PgPool, hash: &[u8; 32]) -> sqlx::Result<Option<SessionUser>> {
    sqlx::query_as!(
        SessionUser,
        r#"select a.id as "account_id: AccountId", s.expires_at as "expires_at: DateTime<Utc>",
                  a.login, a.display_name, a.member_id as "member_id: MemberId",
                  cm.cell_id as "cell_id?: OrgUnitId", m.status as "status?: MemberStatus",
                  coalesce(g.roles, '{}') as "roles!: Vec<Role>",
                  coalesce(g.units, '{}') as "units!: Vec<OrgUnitId>"
           from sessions s
           join accounts a on a.id = s.account_id and a.is_active
           left join members m on m.id = a.member_id
           left join cell_memberships cm on cm.member_id = a.member_id and cm.valid_to is null
           left join lateral (
               select array_agg(ra.role order by ra.id) as roles,
                      array_agg(ra.org_unit_id order by ra.id) as units
               from role_assignments ra
               where ra.account_id = a.id and ra.valid_from <= vn_today()
                 and (ra.valid_to is null or ra.valid_to > vn_today())
           ) g on true
           where s.id_hash = $1 and s.expires_at > now()"#,
        &hash[..]
    )
    .fetch_optional(pool)
    .await
}

/// Starts a session for an account.
pub async fn create(
    pool: &PgPool,
    account: AccountId,
    hash: &[u8; 32],
    ip: &str,
    lifetime: Duration,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into sessions (id_hash, account_id, expires_at, ip)
         values ($1, $2, now() + make_interval(secs => $3), $4)",
        &hash[..],
        account as AccountId,
        lifetime.num_seconds() as f64,
        ip
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// Moves the end of a session forward. Only an update: a session deleted meanwhile (by
/// logout) stays deleted.
pub async fn extend(pool: &PgPool, hash: &[u8; 32], lifetime: Duration) -> sqlx::Result<()> {
    sqlx::query!(
        "update sessions set expires_at = now() + make_interval(secs => $2) where id_hash = $1",
        &hash[..],
        lifetime.num_seconds() as f64
    )
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn delete(pool: &PgPool, hash: &[u8; 32]) -> sqlx::Result<()> {
    sqlx::query!("delete from sessions where id_hash = $1", &hash[..])
        .execute(pool)
        .await?;
    Ok(())
}

/// Forgets expired sessions.
pub async fn purge_expired(pool: &PgPool) -> sqlx::Result<u64> {
    let done = sqlx::query!("delete from sessions where expires_at <= now()")
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

/// The deployment's key called `name` (64 bytes), made the first time it is asked for.
pub async fn server_key(pool: &PgPool, name: &str) -> sqlx::Result<Vec<u8>> {
    let mut fresh = vec![0u8; 64];
    rand::rngs::OsRng.fill_bytes(&mut fresh);
    sqlx::query!(
        "insert into server_keys (name, key) values ($1, $2) on conflict (name) do nothing",
        name,
        fresh
    )
    .execute(pool)
    .await?;
    sqlx::query_scalar!("select key from server_keys where name = $1", name)
        .fetch_one(pool)
        .await
}
