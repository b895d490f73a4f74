//! The editable catalogue of the 27 manifestations.

use serde_json::json;
use sqlx::PgConnection;

use crate::domain::catalogue::ManifestationGroup;
use crate::domain::ids::{AccountId, ManifestationId};

#[derive(Debug, Clone)]
pub struct Manifestation {
    pub id: ManifestationId,
    pub code: String,
    pub group: ManifestationGroup,
    pub label_vi: String,
    pub label_en: String,
}

pub async fn list(conn: &mut PgConnection) -> sqlx::Result<Vec<Manifestation>> {
    sqlx::query_as!(
        Manifestation,
        r#"select id as "id: ManifestationId", code, group_code as "group: ManifestationGroup", label_vi, label_en
           from manifestations order by position"#
    )
    .fetch_all(conn)
    .await
}

pub async fn find(
    conn: &mut PgConnection,
    id: ManifestationId,
) -> sqlx::Result<Option<Manifestation>> {
    sqlx::query_as!(
        Manifestation,
        r#"select id as "id: ManifestationId", code, group_code as "group: ManifestationGroup", label_vi, label_en
           from manifestations where id = $1"#,
        id as ManifestationId
    )
    .fetch_optional(conn)
    .await
}

/// Changes the labels of one entry and records who changed what.
pub async fn update_labels(
    conn: &mut PgConnection,
    actor: AccountId,
    id: ManifestationId,
    label_vi: &str,
    label_en: &str,
) -> sqlx::Result<bool> {
    let before = sqlx::query!(
        "select label_vi, label_en from manifestations where id = $1 for update",
        id as ManifestationId
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(before) = before else {
        return Ok(false);
    };
    sqlx::query!(
        "update manifestations set label_vi = $2, label_en = $3 where id = $1",
        id as ManifestationId,
        label_vi,
        label_en
    )
    .execute(&mut *conn)
    .await?;
    let details = json!({
        "before": { "label_vi": before.label_vi, "label_en": before.label_en },
        "after": { "label_vi": label_vi, "label_en": label_en },
    });
    super::audit::record(conn, actor, "manifestation", id.0, "edit", details).await?;
    Ok(true)
}
