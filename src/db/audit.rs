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

/// Records the members an import added: one entry for the import, naming them (the
/// import's staged rows say what each was given).
pub async fn record_members_imported(
    conn: &mut PgConnection,
    actor: AccountId,
    import: i64,
    accounts: &[crate::db::accounts::NewAccount],
) -> sqlx::Result<()> {
    let members: Vec<i64> = accounts.iter().map(|a| a.member.0).collect();
    sqlx::query!(
        "insert into audit_log (actor_id, entity, entity_id, action, details)
         values ($1, 'import', $2, 'members_added', jsonb_build_object('members', $3::bigint[]))",
        actor as AccountId,
        import,
        &members
    )
    .execute(conn)
    .await?;
    Ok(())
}
