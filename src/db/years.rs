//! Years: theme, deadlines and phase.

use chrono::NaiveDate;
use sqlx::PgConnection;

#[derive(Debug, Clone)]
pub struct Year {
    pub year: i32,
    pub theme: String,
    pub phase: String,
    pub plan_deadline: Option<NaiveDate>,
}

/// The year people work on now: the earliest one not closed, else the latest one.
pub async fn current(conn: &mut PgConnection) -> sqlx::Result<Option<Year>> {
    sqlx::query_as!(
        Year,
        r#"select year, theme, phase, plan_deadline as "plan_deadline: NaiveDate" from years
           order by (phase = 'closed'), case when phase = 'closed' then -year else year end
           limit 1"#
    )
    .fetch_optional(conn)
    .await
}

pub async fn find(conn: &mut PgConnection, year: i32) -> sqlx::Result<Option<Year>> {
    sqlx::query_as!(
        Year,
        r#"select year, theme, phase, plan_deadline as "plan_deadline: NaiveDate"
           from years where year = $1"#,
        year
    )
    .fetch_optional(conn)
    .await
}

/// Every year, newest first.
pub async fn all(conn: &mut PgConnection) -> sqlx::Result<Vec<i32>> {
    sqlx::query_scalar!("select year from years order by year desc")
        .fetch_all(conn)
        .await
}
