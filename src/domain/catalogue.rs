//! The catalogue of the 27 manifestations of degradation (NQ TW4 khóa XII): its groups.

use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray};

/// The three groups of nine manifestations.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    IntoStaticStr,
    EnumString,
    VariantArray,
)]
#[strum(serialize_all = "snake_case")]
pub enum ManifestationGroup {
    /// Political ideology.
    TuTuongChinhTri,
    /// Ethics and lifestyle.
    DaoDucLoiSong,
    /// Self-evolution and self-transformation.
    TuDienBienTuChuyenHoa,
}
