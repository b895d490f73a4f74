//! Every SQL query of the product, as async functions over a connection or transaction.

pub mod accounts;
pub mod catalogue;
pub mod demo;
pub mod embedded;
pub mod orgs;
pub mod plans;
pub mod years;

/// Whether a database error is the violation of the named constraint.
pub fn is_constraint(error: &sqlx::Error, name: &str) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.constraint() == Some(name))
}
