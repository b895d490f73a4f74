//! Pure domain rules: ids, the org tree's vocabulary, text normalisation, pledge items and
//! the plan workflow, login throttling. No axum and no SQL here.

/// Declares an enum whose values are stored, sent and shown by their snake_case names
/// (derived by strum and serde; see [`Named`]).
macro_rules! named_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($body:tt)* }) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
            strum::IntoStaticStr, strum::EnumString, strum::VariantArray,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        $vis enum $name { $($body)* }
    };
}

pub mod access;
pub mod assessment;
pub mod catalogue;
pub mod changes;
pub mod clarity;
pub mod deadline;
pub mod document;
pub mod ids;
pub mod import;
pub mod legacy_text;
pub mod org;
pub mod plan;
pub mod pledge;
pub mod progress;
pub mod rating;
pub mod rating_input;
pub mod text;
pub mod throttle;
pub mod year;

/// Enums that are stored and sent as their snake_case names. The names come from strum's
/// derives (`IntoStaticStr`, `EnumString`, `VariantArray`); this gives them one vocabulary.
pub trait Named:
    Sized + Copy + Into<&'static str> + std::str::FromStr + strum::VariantArray + 'static
{
    fn as_str(self) -> &'static str {
        self.into()
    }

    fn parse(text: &str) -> Option<Self> {
        text.parse().ok()
    }

    fn all() -> &'static [Self] {
        Self::VARIANTS
    }
}

impl<T> Named for T where
    T: Sized + Copy + Into<&'static str> + std::str::FromStr + strum::VariantArray + 'static
{
}
