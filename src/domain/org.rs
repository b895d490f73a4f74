//! The vocabulary of the org tree: kinds of org units, offices (roles) and member states.

named_enum! {
    /// Kinds of org units. The middle tier is named by what it does: the committee directly
    /// above the grassroots (a district committee before 2025, a commune committee after).
    pub enum OrgKind {
        Province,
        UpperCommittee,
        /// Đảng bộ cơ sở: a grassroots organisation with subordinate cells.
        GrassrootsParty,
        /// Đảng bộ bộ phận: inside a large đảng bộ cơ sở, between it and some of its cells.
        BranchParty,
        /// Chi bộ cơ sở: a grassroots organisation that is itself a cell.
        GrassrootsCell,
        /// Chi bộ trực thuộc: a cell under a grassroots party committee (or its branch).
        Cell,
    }
}

impl OrgKind {
    /// Members belong to cells: a subordinate cell or a grassroots cell.
    pub fn holds_members(self) -> bool {
        matches!(self, OrgKind::Cell | OrgKind::GrassrootsCell)
    }

    /// Grassroots organisations: they decide their members' ratings.
    pub fn is_grassroots(self) -> bool {
        matches!(self, OrgKind::GrassrootsParty | OrgKind::GrassrootsCell)
    }

    /// Whether a unit of this kind may sit directly under a unit of kind `parent`.
    /// Grassroots organisations sit under a committee directly above the grassroots, or
    /// directly under the province (QĐ 294-QĐ/TW). In the two-tier shape (from 1 July
    /// 2025) a commune or ward committee also has residential cells directly under it.
    pub fn may_be_under(self, parent: Option<OrgKind>) -> bool {
        use OrgKind as K;
        matches!(
            (self, parent),
            (K::Province, None)
                | (K::UpperCommittee, Some(K::Province))
                | (
                    K::GrassrootsParty | K::GrassrootsCell,
                    Some(K::UpperCommittee | K::Province)
                )
                | (K::BranchParty, Some(K::GrassrootsParty))
                | (
                    K::Cell,
                    Some(K::GrassrootsParty | K::BranchParty | K::UpperCommittee)
                )
        )
    }
}

/// The name of the committee that leads a unit, as Vietnamese documents write it:
/// "Đảng bộ Phường 1" is led by "Đảng ủy Phường 1", "Đảng bộ bộ phận Khối 1" by "Đảng ủy bộ
/// phận Khối 1", a chi bộ (cơ sở) by its "Chi ủy". A unit named by its committee
/// ("Thành ủy Đông Hà") keeps its name.
pub fn committee_name(unit_name: &str) -> String {
    if is_committee_name(unit_name) {
        unit_name.to_owned()
    } else if let Some(rest) = unit_name.strip_prefix("Đảng bộ bộ phận ") {
        format!("Đảng ủy bộ phận {rest}")
    } else if let Some(rest) = unit_name.strip_prefix("Đảng bộ ") {
        format!("Đảng ủy {rest}")
    } else if unit_name.starts_with("Chi bộ ") {
        format!("Chi ủy {unit_name}")
    } else {
        format!("Cấp ủy {unit_name}")
    }
}

const COMMITTEE_WORDS: [(&str, &str); 5] = [
    ("Tỉnh ủy ", "Đảng bộ tỉnh "),
    ("Thành ủy ", "Đảng bộ thành phố "),
    ("Thị ủy ", "Đảng bộ thị xã "),
    ("Huyện ủy ", "Đảng bộ huyện "),
    ("Đảng ủy ", "Đảng bộ "),
];

fn is_committee_name(name: &str) -> bool {
    COMMITTEE_WORDS.iter().any(|(c, _)| name.starts_with(c))
}

/// The party organisation a unit's name stands for, as the first line of a document's
/// issuing body writes it: "Tỉnh ủy Quảng Trị" is the committee of "Đảng bộ tỉnh Quảng
/// Trị", "Thành ủy Đông Hà" of "Đảng bộ thành phố Đông Hà"; "Đảng bộ Phường 1" and "Chi bộ
/// Khu phố 3" are organisations already.
pub fn organisation_name(unit_name: &str) -> String {
    for (committee, organisation) in COMMITTEE_WORDS {
        if let Some(rest) = unit_name.strip_prefix(committee) {
            return format!("{organisation}{rest}");
        }
    }
    unit_name.to_owned()
}

named_enum! {
    /// Offices held by an account, each scoped to one org unit and everything under it.
    /// Being a member is not an office: it follows from the cell membership.
    pub enum Role {
        CellSecretary,
        CellDeputy,
        GrassrootsCommittee,
        /// The committee of a đảng bộ bộ phận (đảng ủy bộ phận).
        BranchCommittee,
        UpperStandingCommittee,
        UpperSecretary,
        ProvincialReviewer,
        Administrator,
    }
}

impl Role {
    /// Cell leaders comment on, return and approve their members' personal plans.
    pub fn leads_cell(self) -> bool {
        matches!(self, Role::CellSecretary | Role::CellDeputy)
    }

    /// Offices of the committee directly above a cell, which decide a plan when its owner
    /// is the cell's only leader.
    pub fn decides_for_lone_leader(self) -> bool {
        matches!(
            self,
            Role::GrassrootsCommittee
                | Role::BranchCommittee
                | Role::UpperStandingCommittee
                | Role::UpperSecretary
        )
    }

    /// Offices of the committee directly above a unit, which decide the unit's own plans:
    /// a cell's collective plan by its grassroots (or branch) committee, a grassroots
    /// organisation's by the committee above it, a commitment by the province.
    pub fn decides_unit_plans(self) -> bool {
        matches!(
            self,
            Role::GrassrootsCommittee
                | Role::BranchCommittee
                | Role::UpperStandingCommittee
                | Role::UpperSecretary
                | Role::ProvincialReviewer
        )
    }

    /// Offices that write a unit's collective plan: the leaders of a cell, the committee
    /// of a grassroots organisation.
    pub fn writes_collective_plan(self) -> bool {
        matches!(
            self,
            Role::CellSecretary | Role::CellDeputy | Role::GrassrootsCommittee
        )
    }

    /// Offices that write the standing committee's commitment: its members, the
    /// secretary among them.
    pub fn writes_standing_commitment(self) -> bool {
        matches!(self, Role::UpperStandingCommittee | Role::UpperSecretary)
    }

    /// Offices that oversee plans in their subtree (read and comment).
    pub fn oversees(self) -> bool {
        !matches!(self, Role::Administrator)
    }
}

named_enum! {
    /// Member states; exempted and suspended members are not rated.
    pub enum MemberStatus {
        Official,
        Probationary,
        Exempted,
        Suspended,
        TransferredOut,
    }
}

impl MemberStatus {
    /// Whether the member is expected to file a personal plan.
    pub fn files_plan(self) -> bool {
        matches!(self, MemberStatus::Official | MemberStatus::Probationary)
    }
}

/// The longest name, code and place of a unit, as the unit pages and the import accept
/// them.
pub const UNIT_NAME_MAX: usize = 200;
pub const UNIT_CODE_MAX: usize = 60;
pub const UNIT_PLACE_MAX: usize = 100;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Named;

    #[test]
    fn kinds_and_roles_round_trip_through_their_names() {
        for kind in OrgKind::all() {
            assert_eq!(OrgKind::parse(kind.as_str()), Some(*kind));
        }
        for role in Role::all() {
            assert_eq!(Role::parse(role.as_str()), Some(*role));
        }
        assert_eq!(Role::parse("member"), None);
        assert_eq!(OrgKind::BranchParty.as_str(), "branch_party");
        assert_eq!(MemberStatus::TransferredOut.as_str(), "transferred_out");
    }

    #[test]
    fn the_tree_allows_the_real_shapes_and_nothing_else() {
        use OrgKind as K;
        assert!(K::Province.may_be_under(None));
        assert!(K::UpperCommittee.may_be_under(Some(K::Province)));
        assert!(K::GrassrootsCell.may_be_under(Some(K::UpperCommittee)));
        assert!(K::Cell.may_be_under(Some(K::GrassrootsParty)));
        // a đảng bộ bộ phận between a đảng bộ cơ sở and its cells
        assert!(K::BranchParty.may_be_under(Some(K::GrassrootsParty)));
        assert!(K::Cell.may_be_under(Some(K::BranchParty)));
        // grassroots organisations directly under the province (QĐ 294)
        assert!(K::GrassrootsParty.may_be_under(Some(K::Province)));
        assert!(K::GrassrootsCell.may_be_under(Some(K::Province)));
        // residential cells directly under a commune committee (two-tier shape)
        assert!(K::Cell.may_be_under(Some(K::UpperCommittee)));
        assert!(!K::Cell.may_be_under(Some(K::Province)));
        assert!(!K::Cell.may_be_under(Some(K::GrassrootsCell)));
        assert!(!K::BranchParty.may_be_under(Some(K::UpperCommittee)));
        assert!(!K::UpperCommittee.may_be_under(None));
        assert!(!K::Province.may_be_under(Some(K::Province)));
    }

    #[test]
    fn committees_are_named_after_their_units() {
        assert_eq!(committee_name("Đảng bộ Phường 1"), "Đảng ủy Phường 1");
        assert_eq!(
            committee_name("Đảng bộ bộ phận Khối 1"),
            "Đảng ủy bộ phận Khối 1"
        );
        assert_eq!(
            committee_name("Chi bộ Trường THCS Nguyễn Trãi"),
            "Chi ủy Chi bộ Trường THCS Nguyễn Trãi"
        );
        assert_eq!(committee_name("Thành ủy Đông Hà"), "Thành ủy Đông Hà");
        assert_eq!(
            committee_name("Đảng bộ phường Đông Hà"),
            "Đảng ủy phường Đông Hà"
        );
    }

    #[test]
    fn documents_name_the_organisation_above() {
        assert_eq!(
            organisation_name("Tỉnh ủy Quảng Trị"),
            "Đảng bộ tỉnh Quảng Trị"
        );
        assert_eq!(
            organisation_name("Thành ủy Đông Hà"),
            "Đảng bộ thành phố Đông Hà"
        );
        assert_eq!(
            organisation_name("Huyện ủy Vĩnh Linh"),
            "Đảng bộ huyện Vĩnh Linh"
        );
        assert_eq!(
            organisation_name("Thị ủy Quảng Trị"),
            "Đảng bộ thị xã Quảng Trị"
        );
        assert_eq!(organisation_name("Đảng bộ Phường 1"), "Đảng bộ Phường 1");
        assert_eq!(organisation_name("Chi bộ Khu phố 3"), "Chi bộ Khu phố 3");
    }

    #[test]
    fn exempted_and_suspended_members_file_no_plan() {
        assert!(MemberStatus::Official.files_plan());
        assert!(MemberStatus::Probationary.files_plan());
        assert!(!MemberStatus::Exempted.files_plan());
        assert!(!MemberStatus::Suspended.files_plan());
    }
}
