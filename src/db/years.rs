//! Years: theme, deadlines, rating scheme and phase.

use chrono::NaiveDate;
use sqlx::PgConnection;

use crate::domain::Named;
use crate::domain::year::{Phase, RatingScheme, YearSettings};

#[derive(Debug, Clone)]
pub struct Year {
    pub year: i32,
    pub theme: String,
    pub phase: Phase,
    pub plan_deadline: Option<NaiveDate>,
    pub midyear_deadline: Option<NaiveDate>,
    pub self_assessment_deadline: Option<NaiveDate>,
    pub rating_deadline: Option<NaiveDate>,
    pub rating_scheme: RatingScheme,
    pub version: i32,
}

impl Year {
    pub fn is_open(&self) -> bool {
        self.phase.is_open()
    }
}

/// The year people work on now: the earliest one not closed, else the latest one.
pub async fn current(conn: &mut PgConnection) -> sqlx::Result<Option<Year>> {
    sqlx::query_as!(
        Year,
        r#"select year, theme, phase as "phase: Phase",
                  plan_deadline, midyear_deadline, self_assessment_deadline, rating_deadline,
                  rating_scheme as "rating_scheme: RatingScheme", version
           from years
           order by (phase = 'closed'), case when phase = 'closed' then -year else year end
           limit 1"#
    )
    .fetch_optional(conn)
    .await
}

pub async fn find(conn: &mut PgConnection, year: i32) -> sqlx::Result<Option<Year>> {
    sqlx::query_as!(
        Year,
        r#"select year, theme, phase as "phase: Phase",
                  plan_deadline, midyear_deadline, self_assessment_deadline, rating_deadline,
                  rating_scheme as "rating_scheme: RatingScheme", version
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

/// Every year with its settings, newest first.
pub async fn list(conn: &mut PgConnection) -> sqlx::Result<Vec<Year>> {
    sqlx::query_as!(
        Year,
        r#"select year, theme, phase as "phase: Phase",
                  plan_deadline, midyear_deadline, self_assessment_deadline, rating_deadline,
                  rating_scheme as "rating_scheme: RatingScheme", version
           from years order by year desc"#
    )
    .fetch_all(conn)
    .await
}

/// Opens a year in the planning phase; false when it exists already.
pub async fn open(conn: &mut PgConnection, settings: &YearSettings) -> sqlx::Result<bool> {
    let inserted = sqlx::query!(
        "insert into years (year, theme, plan_deadline, midyear_deadline,
                            self_assessment_deadline, rating_deadline, rating_scheme)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (year) do nothing",
        settings.year,
        settings.theme,
        settings.plan_deadline,
        settings.midyear_deadline,
        settings.self_assessment_deadline,
        settings.rating_deadline,
        settings.rating_scheme.as_str()
    )
    .execute(conn)
    .await?;
    Ok(inserted.rows_affected() == 1)
}

/// Why a year's settings were not changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotChanged {
    /// Someone changed the year since the form was made (or it is gone).
    Stale,
    /// The year is closed.
    Closed,
}

/// The year as it is now, locked, checked against the version the form was made from.
async fn lock(
    conn: &mut PgConnection,
    year: i32,
    version: i32,
) -> sqlx::Result<Result<Year, NotChanged>> {
    let found = sqlx::query_as!(
        Year,
        r#"select year, theme, phase as "phase: Phase",
                  plan_deadline, midyear_deadline, self_assessment_deadline, rating_deadline,
                  rating_scheme as "rating_scheme: RatingScheme", version
           from years where year = $1 for update"#,
        year
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match found {
        None => Err(NotChanged::Stale),
        Some(y) if !y.is_open() => Err(NotChanged::Closed),
        Some(y) if y.version != version => Err(NotChanged::Stale),
        Some(y) => Ok(y),
    })
}

/// Changes a year's settings; returns the year as it was.
pub async fn update(
    conn: &mut PgConnection,
    settings: &YearSettings,
    version: i32,
) -> sqlx::Result<Result<Year, NotChanged>> {
    let before = match lock(conn, settings.year, version).await? {
        Ok(y) => y,
        Err(e) => return Ok(Err(e)),
    };
    sqlx::query!(
        "update years set theme = $2, plan_deadline = $3, midyear_deadline = $4,
                self_assessment_deadline = $5, rating_deadline = $6, rating_scheme = $7,
                version = version + 1
         where year = $1",
        settings.year,
        settings.theme,
        settings.plan_deadline,
        settings.midyear_deadline,
        settings.self_assessment_deadline,
        settings.rating_deadline,
        settings.rating_scheme.as_str()
    )
    .execute(conn)
    .await?;
    Ok(Ok(before))
}

/// Moves a year to another phase; returns the year as it was.
pub async fn set_phase(
    conn: &mut PgConnection,
    year: i32,
    version: i32,
    phase: Phase,
) -> sqlx::Result<Result<Year, NotChanged>> {
    let before = match lock(conn, year, version).await? {
        Ok(y) => y,
        Err(e) => return Ok(Err(e)),
    };
    sqlx::query!(
        "update years set phase = $2, version = version + 1 where year = $1",
        year,
        phase.as_str()
    )
    .execute(conn)
    .await?;
    Ok(Ok(before))
}

/// The parameters stored with a year, if any (else its scheme's defaults apply).
pub async fn rating_params(
    conn: &mut PgConnection,
    year: i32,
) -> sqlx::Result<Option<serde_json::Value>> {
    Ok(
        sqlx::query_scalar!("select rating_params from years where year = $1", year)
            .fetch_optional(conn)
            .await?
            .flatten(),
    )
}

/// Stores a year's rating parameters if the year is open and still at `version`; returns
/// the year as it was.
pub async fn set_rating_params(
    conn: &mut PgConnection,
    year: i32,
    version: i32,
    params: &serde_json::Value,
) -> sqlx::Result<Result<Year, NotChanged>> {
    let before = match lock(conn, year, version).await? {
        Ok(y) => y,
        Err(e) => return Ok(Err(e)),
    };
    sqlx::query!(
        "update years set rating_params = $2, version = version + 1 where year = $1",
        year,
        params
    )
    .execute(conn)
    .await?;
    Ok(Ok(before))
}
