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
