//! The vocabulary of the org tree: kinds of org units, offices (roles) and year phases.

use serde::{Deserialize, Serialize};

/// Kinds of org units. The middle tier is named by what it does: the committee directly
/// above the grassroots (a district committee before 2025, a commune committee after).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OrgKind {
    Province,
    UpperCommittee,
    /// Đảng bộ cơ sở: a grassroots organisation with subordinate cells.
    GrassrootsParty,
    /// Chi bộ cơ sở: a grassroots organisation that is itself a cell.
    GrassrootsCell,
    /// Chi bộ trực thuộc: a cell under a grassroots party committee.
    Cell,
}

impl OrgKind {
    pub const ALL: [OrgKind; 5] = [
        OrgKind::Province,
        OrgKind::UpperCommittee,
        OrgKind::GrassrootsParty,
        OrgKind::GrassrootsCell,
        OrgKind::Cell,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Province => "province",
            OrgKind::UpperCommittee => "upper_committee",
            OrgKind::GrassrootsParty => "grassroots_party",
            OrgKind::GrassrootsCell => "grassroots_cell",
            OrgKind::Cell => "cell",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Members belong to cells: a subordinate cell or a grassroots cell.
    pub fn holds_members(self) -> bool {
        matches!(self, OrgKind::Cell | OrgKind::GrassrootsCell)
    }

    /// Whether a unit of this kind may sit directly under a unit of kind `parent`.
    pub fn may_be_under(self, parent: Option<OrgKind>) -> bool {
        matches!(
            (self, parent),
            (OrgKind::Province, None)
                | (OrgKind::UpperCommittee, Some(OrgKind::Province))
                | (
                    OrgKind::GrassrootsParty | OrgKind::GrassrootsCell,
                    Some(OrgKind::UpperCommittee)
                )
                | (OrgKind::Cell, Some(OrgKind::GrassrootsParty))
        )
    }
}

/// Offices held by an account, each scoped to one org unit and everything under it.
/// Being a member is not an office: it follows from the cell membership.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    CellSecretary,
    CellDeputy,
    GrassrootsCommittee,
    UpperStandingCommittee,
    UpperSecretary,
    ProvincialReviewer,
    Administrator,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::CellSecretary,
        Role::CellDeputy,
        Role::GrassrootsCommittee,
        Role::UpperStandingCommittee,
        Role::UpperSecretary,
        Role::ProvincialReviewer,
        Role::Administrator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::CellSecretary => "cell_secretary",
            Role::CellDeputy => "cell_deputy",
            Role::GrassrootsCommittee => "grassroots_committee",
            Role::UpperStandingCommittee => "upper_standing_committee",
            Role::UpperSecretary => "upper_secretary",
            Role::ProvincialReviewer => "provincial_reviewer",
            Role::Administrator => "administrator",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// Cell leaders comment on, return and approve their members' personal plans.
    pub fn leads_cell(self) -> bool {
        matches!(self, Role::CellSecretary | Role::CellDeputy)
    }

    /// Offices of the committee directly above a cell, which decide a plan when its owner
    /// is the cell's only leader.
    pub fn decides_for_lone_leader(self) -> bool {
        matches!(
            self,
            Role::GrassrootsCommittee | Role::UpperStandingCommittee | Role::UpperSecretary
        )
    }

    /// Offices that oversee plans in their subtree (read and comment).
    pub fn oversees(self) -> bool {
        !matches!(self, Role::Administrator)
    }
}

/// Member states; exempted and suspended members are not rated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MemberStatus {
    Official,
    Probationary,
    Exempted,
    Suspended,
    TransferredOut,
}

impl MemberStatus {
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "official" => MemberStatus::Official,
            "probationary" => MemberStatus::Probationary,
            "exempted" => MemberStatus::Exempted,
            "suspended" => MemberStatus::Suspended,
            "transferred_out" => MemberStatus::TransferredOut,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MemberStatus::Official => "official",
            MemberStatus::Probationary => "probationary",
            MemberStatus::Exempted => "exempted",
            MemberStatus::Suspended => "suspended",
            MemberStatus::TransferredOut => "transferred_out",
        }
    }

    /// Whether the member is expected to file a personal plan.
    pub fn files_plan(self) -> bool {
        matches!(self, MemberStatus::Official | MemberStatus::Probationary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_roles_round_trip_through_their_names() {
        for kind in OrgKind::ALL {
            assert_eq!(OrgKind::parse(kind.as_str()), Some(kind));
        }
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("member"), None);
    }

    #[test]
    fn the_tree_allows_only_the_official_shapes() {
        assert!(OrgKind::Province.may_be_under(None));
        assert!(OrgKind::UpperCommittee.may_be_under(Some(OrgKind::Province)));
        assert!(OrgKind::GrassrootsCell.may_be_under(Some(OrgKind::UpperCommittee)));
        assert!(OrgKind::Cell.may_be_under(Some(OrgKind::GrassrootsParty)));
        assert!(!OrgKind::Cell.may_be_under(Some(OrgKind::UpperCommittee)));
        assert!(!OrgKind::Cell.may_be_under(Some(OrgKind::GrassrootsCell)));
        assert!(!OrgKind::UpperCommittee.may_be_under(None));
    }

    #[test]
    fn exempted_and_suspended_members_file_no_plan() {
        assert!(MemberStatus::Official.files_plan());
        assert!(MemberStatus::Probationary.files_plan());
        assert!(!MemberStatus::Exempted.files_plan());
        assert!(!MemberStatus::Suspended.files_plan());
    }
}
