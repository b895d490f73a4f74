//! Sessions of logged-in accounts (loaded with their user in one query) and the keys the
//! server processes of a deployment share.

use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sqlx::PgPool;

use crate::db::accounts::UserRow;
use crate::domain::ids::{AccountId, MemberId, OrgUnitId};
use crate::domain::org::{MemberStatus, Role};

/// The session with this secret hash and its user, when the session has not expired and
/// the account is still active.
pub async fn load(pool: &PgPool, hash: &[u8; 32]) -> sqlx::Result<Option<UserRow>> {
    sqlx::query_as!(
        UserRow,
        r#"select u.account_id as "account_id!: AccountId", u.login as "login!",
                  u.display_name as "display_name!", u.member_id as "member_id: MemberId",
                  u.cell_id as "cell_id: OrgUnitId", u.status as "status: MemberStatus",
                  u.roles as "roles!: Vec<Role>", u.units as "units!: Vec<OrgUnitId>",
                  s.expires_at as "expires_at?: DateTime<Utc>",
                  u.must_change_password as "must_change_password!"
           from sessions s join account_users u on u.account_id = s.account_id
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

/// Ends every session of the account but the one with hash `keep`.
pub async fn delete_others(
    conn: &mut sqlx::PgConnection,
    account: AccountId,
    keep: Option<[u8; 32]>,
) -> sqlx::Result<()> {
    let keep = keep.map(|hash| hash.to_vec()).unwrap_or_default();
    sqlx::query!(
        "delete from sessions where account_id = $1 and id_hash <> $2",
        account as AccountId,
        keep
    )
    .execute(conn)
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
