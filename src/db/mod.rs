//! Every SQL query of the product, as async functions over a connection or transaction.

pub mod accounts;
pub mod audit;
pub mod catalogue;
pub mod dashboard;
pub mod embedded;
pub mod hints;
pub mod imports;
pub mod members;
pub mod orgs;
pub mod plans;
pub mod progress;
pub mod review;
pub mod sessions;
pub mod tree;
pub mod year_end;
pub mod years;

use crate::domain::Named;
use crate::domain::catalogue::ManifestationGroup;
use crate::domain::org::{MemberStatus, OrgKind, Role};
use crate::domain::plan::{EventKind, PlanKind, PlanState};
use crate::domain::pledge::PledgeKind;
use crate::domain::year::{Phase, RatingScheme};

/// Stores the domain's enums as their text names, and refuses to read a name the code
/// does not know (rather than guessing a default).
macro_rules! text_enum {
    ($($t:ty),* $(,)?) => {$(
        impl sqlx::Type<sqlx::Postgres> for $t {
            fn type_info() -> sqlx::postgres::PgTypeInfo {
                <&str as sqlx::Type<sqlx::Postgres>>::type_info()
            }
            fn compatible(ty: &sqlx::postgres::PgTypeInfo) -> bool {
                <&str as sqlx::Type<sqlx::Postgres>>::compatible(ty)
            }
        }

        impl sqlx::postgres::PgHasArrayType for $t {
            fn array_type_info() -> sqlx::postgres::PgTypeInfo {
                <&str as sqlx::postgres::PgHasArrayType>::array_type_info()
            }
            fn array_compatible(ty: &sqlx::postgres::PgTypeInfo) -> bool {
                <&str as sqlx::postgres::PgHasArrayType>::array_compatible(ty)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Postgres> for $t {
            fn decode(
                value: sqlx::postgres::PgValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                let text = <&str as sqlx::Decode<sqlx::Postgres>>::decode(value)?;
                <$t>::parse(text)
                    .ok_or_else(|| format!("unknown {} {text:?}", stringify!($t)).into())
            }
        }

        impl sqlx::Encode<'_, sqlx::Postgres> for $t {
            fn encode_by_ref(
                &self,
                buf: &mut sqlx::postgres::PgArgumentBuffer,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<sqlx::Postgres>>::encode(self.as_str(), buf)
            }
        }
    )*};
}

text_enum!(
    PlanKind,
    PlanState,
    EventKind,
    MemberStatus,
    Role,
    OrgKind,
    PledgeKind,
    ManifestationGroup,
    Phase,
    RatingScheme,
    crate::domain::rating::Level,
    crate::domain::rating::Outcome,
    crate::domain::rating::NotRated,
    crate::domain::assessment::FactKind,
    crate::domain::progress::ProgressStatus
);

/// How the server's pool connects: a short wait for a connection, so that while the
/// database is unreachable requests get a "temporarily unavailable" page quickly instead of
/// hanging; connections come back by themselves when it returns.
pub fn pool_options(
    max_connections: u32,
    acquire_timeout_ms: u64,
) -> sqlx::postgres::PgPoolOptions {
    sqlx::postgres::PgPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(std::time::Duration::from_millis(acquire_timeout_ms))
}

/// Starts a transaction that a cancelled request cannot leave open.
///
/// sqlx 0.8.6 (and 0.9.0) leaves the server-side transaction open when the future of
/// `begin()` is dropped while `BEGIN` is in flight (a client that disconnects, a timeout),
/// and hands that connection to the next borrower (transact-rs/sqlx#4393, fixed upstream
/// by #4394 but not released). Here the `BEGIN` runs in its own task: if the caller goes
/// away, the task still finishes and drops the transaction normally, which queues the
/// `ROLLBACK` before the connection goes back to the pool.
#[allow(clippy::disallowed_methods)]
pub async fn begin(
    pool: &sqlx::PgPool,
) -> sqlx::Result<sqlx::Transaction<'static, sqlx::Postgres>> {
    let pool = pool.clone();
    tokio::spawn(async move { pool.begin().await })
        .await
        .map_err(|_| sqlx::Error::WorkerCrashed)?
}
