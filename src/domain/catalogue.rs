//! The catalogue of the 27 manifestations of degradation (NQ TW4 khóa XII): its groups.

named_enum! {
    /// The three groups of nine manifestations.
    pub enum ManifestationGroup {
        /// Political ideology.
        TuTuongChinhTri,
        /// Ethics and lifestyle.
        DaoDucLoiSong,
        /// Self-evolution and self-transformation.
        TuDienBienTuChuyenHoa,
    }
}
