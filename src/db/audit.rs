//! The audit log of changes outside the plan workflow (catalogue edits, member moves):
//! who, when, what. Append-only.

use sqlx::PgConnection;

use crate::domain::ids::AccountId;

pub async fn record(
    conn: &mut PgConnection,
    actor: AccountId,
    entity: &str,
    entity_id: i64,
    action: &str,
    details: serde_json::Value,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into audit_log (actor_id, entity, entity_id, action, details)
         values ($1, $2, $3, $4, $5)",
        actor as AccountId,
        entity,
        entity_id,
        action,
        details
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Records the same action on many entities of a kind in one statement (each with its
/// details).
pub async fn record_many(
    conn: &mut PgConnection,
    actor: AccountId,
    entity: &str,
    action: &str,
    entries: &[(i64, serde_json::Value)],
) -> sqlx::Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = entries.iter().map(|(id, _)| *id).collect();
    let details: Vec<serde_json::Value> = entries.iter().map(|(_, d)| d.clone()).collect();
    sqlx::query!(
        "insert into audit_log (actor_id, entity, entity_id, action, details)
         select $1, $2, e.id, $3, e.details from unnest($4::bigint[], $5::jsonb[]) as e(id, details)",
        actor as AccountId,
        entity,
        action,
        &ids,
        &details
    )
    .execute(conn)
    .await?;
    Ok(())
}
