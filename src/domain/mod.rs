//! Pure domain rules: ids, the org tree's vocabulary, text normalisation, pledge items and
//! the plan workflow, login throttling. No axum and no SQL here.

pub mod ids;
pub mod org;
pub mod plan;
pub mod pledge;
pub mod text;
pub mod throttle;
