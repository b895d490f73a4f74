//! Distinct id types, so that one kind of id cannot be passed for another.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, sqlx::Type)]
        #[sqlx(transparent)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

id_type!(
    /// An org unit (province committee, upper committee, grassroots organisation, cell).
    OrgUnitId,
    /// A party member.
    MemberId,
    /// A login account.
    AccountId,
    /// A plan or commitment.
    PlanId,
    /// A pledge item of a plan.
    PlanItemId,
    /// An entry of the manifestations catalogue.
    ManifestationId,
);
