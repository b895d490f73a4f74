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
    /// directly under the province (QĐ 294-QĐ/TW).
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
                | (K::Cell, Some(K::GrassrootsParty | K::BranchParty))
        )
    }
}

/// The name of the committee that leads a unit, as Vietnamese documents write it:
/// "Đảng bộ Phường 1" is led by "Đảng ủy Phường 1", "Đảng bộ bộ phận Khối 1" by "Đảng ủy bộ
/// phận Khối 1", a chi bộ (cơ sở) by its "Chi ủy".
pub fn committee_name(unit_name: &str) -> String {
    if let Some(rest) = unit_name.strip_prefix("Đảng bộ bộ phận ") {
        format!("Đảng ủy bộ phận {rest}")
    } else if let Some(rest) = unit_name.strip_prefix("Đảng bộ ") {
        format!("Đảng ủy {rest}")
    } else if unit_name.starts_with("Chi bộ ") {
        format!("Chi ủy {unit_name}")
    } else {
        format!("Cấp ủy {unit_name}")
    }
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
        assert!(!K::Cell.may_be_under(Some(K::UpperCommittee)));
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
        assert_eq!(
            committee_name("Thành ủy Đông Hà"),
            "Cấp ủy Thành ủy Đông Hà"
        );
    }

    #[test]
    fn exempted_and_suspended_members_file_no_plan() {
        assert!(MemberStatus::Official.files_plan());
        assert!(MemberStatus::Probationary.files_plan());
        assert!(!MemberStatus::Exempted.files_plan());
        assert!(!MemberStatus::Suspended.files_plan());
    }
}
