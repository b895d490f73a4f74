//! Who may do what: the one permission function, decided from the actor's offices and
//! cell and the resource's place in the org tree, and the two predicates everything else
//! derives from — who *oversees* a unit (reads and comments on what happens in it) and
//! who *decides* a plan (returns or approves it). Queues, menus, home-page links and the
//! SQL of list queries follow these; tests compare them. Handlers ask here and answer
//! "not found" when refused, so nothing leaks across subtrees.

use crate::domain::ids::{AccountId, MemberId, OrgUnitId};
use crate::domain::org::Role;
use crate::domain::plan::{PlanKind, PlanState};

/// An office held over one org unit and its subtree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant {
    pub role: Role,
    pub unit: OrgUnitId,
}

/// Who is asking.
#[derive(Debug, Clone)]
pub struct Actor {
    pub account_id: AccountId,
    pub member_id: Option<MemberId>,
    /// The member's current cell.
    pub cell_id: Option<OrgUnitId>,
    pub grants: Vec<Grant>,
}

impl Actor {
    /// Whether the actor holds `role` over a unit on `path` (the target's ancestors).
    fn holds_over(&self, path: &[OrgUnitId], pred: impl Fn(Role) -> bool) -> bool {
        self.grants
            .iter()
            .any(|g| pred(g.role) && path.contains(&g.unit))
    }

    fn holds_on(&self, unit: OrgUnitId, pred: impl Fn(Role) -> bool) -> bool {
        self.grants.iter().any(|g| pred(g.role) && g.unit == unit)
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.grants.iter().any(|g| g.role == role)
    }

    /// Whether the actor holds an office that decides some plans (they get a queue).
    pub fn decides_any(&self) -> bool {
        self.grants
            .iter()
            .any(|g| g.role.leads_cell() || g.role.decides_for_lone_leader())
    }

    /// The cells whose members' plans the actor decides as their leader, and the units
    /// whose committees the actor sits on (deciding for a cell's lone leader directly
    /// below). The queue's SQL starts from these.
    pub fn deciding_units(&self) -> (Vec<OrgUnitId>, Vec<OrgUnitId>) {
        let leads = self
            .grants
            .iter()
            .filter(|g| g.role.leads_cell())
            .map(|g| g.unit)
            .collect();
        let committees = self
            .grants
            .iter()
            .filter(|g| g.role.decides_for_lone_leader())
            .map(|g| g.unit)
            .collect();
        (leads, committees)
    }
}

/// Whether the actor oversees a unit: holds an office over it or over a unit above it.
pub fn oversees(actor: &Actor, unit_path: &[OrgUnitId]) -> bool {
    actor.holds_over(unit_path, Role::oversees)
}

/// Whether the actor decides (returns or approves) this plan: nobody decides their own;
/// a personal plan is decided by the leaders of its cell, or, when its owner is the cell's
/// only leader, by the committee directly above the cell.
pub fn decides(actor: &Actor, plan: &PlanScope) -> bool {
    let is_owner = plan.owner.is_some() && plan.owner == actor.member_id;
    if is_owner || !plan.year_open {
        return false;
    }
    match plan.kind {
        PlanKind::Personal => {
            actor.holds_on(plan.unit, Role::leads_cell)
                || (!plan.has_other_cell_leader
                    && plan
                        .parent
                        .is_some_and(|p| actor.holds_on(p, Role::decides_for_lone_leader)))
        }
        // Collective plans and commitments arrive with their own issues.
        _ => false,
    }
}

/// The facts about a plan that decide who may act on it.
#[derive(Debug, Clone)]
pub struct PlanScope {
    pub kind: PlanKind,
    pub owner: Option<MemberId>,
    pub state: PlanState,
    /// The unit the plan is handled in (the member's cell for a personal plan).
    pub unit: OrgUnitId,
    /// The ancestors of `unit`, from the root down to `unit` itself.
    pub unit_path: Vec<OrgUnitId>,
    /// The unit directly above `unit`: the grassroots committee above a cell, or the
    /// upper committee above a grassroots cell. It decides when the cell cannot.
    pub parent: Option<OrgUnitId>,
    /// Whether someone other than the owner leads the cell now (secretary or deputy).
    pub has_other_cell_leader: bool,
    /// Whether the plan's year is still open; a closed year's plans are read-only.
    pub year_open: bool,
}

/// Everything that can be asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    ViewPlan,
    /// See the review discussion and every change: comments, returns, edits.
    ViewHistory,
    /// Change items and shortcomings, submit, withdraw, amend.
    EditPlan,
    CommentPlan,
    /// Return or approve.
    DecidePlan,
    /// See an approved version of a plan.
    ViewApprovedRevision,
    /// See a unit's page: its members (a cell) or the units below it, with their counts.
    ViewUnit,
    ManageCatalogue,
    /// Move members between cells.
    ManageMembers,
}

#[derive(Debug, Clone)]
pub enum Target {
    Plan(PlanScope),
    /// An org unit's page: the unit and its ancestors.
    Unit {
        unit: OrgUnitId,
        unit_path: Vec<OrgUnitId>,
    },
    /// Settings of the whole deployment.
    Deployment,
}

/// Decides whether `actor` may do `action` to `target`.
pub fn allows(actor: &Actor, action: Action, target: &Target) -> bool {
    match (action, target) {
        (Action::ManageCatalogue | Action::ManageMembers, Target::Deployment) => {
            actor.has_role(Role::Administrator)
        }
        (Action::ViewUnit, Target::Unit { unit, unit_path }) => {
            actor.cell_id == Some(*unit) || oversees(actor, unit_path)
        }
        (_, Target::Plan(plan)) => allows_on_plan(actor, action, plan),
        _ => false,
    }
}

fn allows_on_plan(actor: &Actor, action: Action, plan: &PlanScope) -> bool {
    let is_owner = plan.owner.is_some() && plan.owner == actor.member_id;
    let oversees = oversees(actor, &plan.unit_path);
    let changes = matches!(
        action,
        Action::EditPlan | Action::CommentPlan | Action::DecidePlan
    );
    if changes && !plan.year_open {
        return false;
    }
    match plan.kind {
        PlanKind::Personal => {
            let same_cell = actor.cell_id == Some(plan.unit);
            match action {
                Action::ViewPlan => {
                    is_owner || oversees || (same_cell && plan.state == PlanState::Approved)
                }
                Action::ViewHistory => is_owner || oversees,
                Action::ViewApprovedRevision => is_owner || oversees || same_cell,
                Action::EditPlan => is_owner,
                Action::CommentPlan => is_owner || oversees,
                Action::DecidePlan => decides(actor, plan),
                Action::ViewUnit | Action::ManageCatalogue | Action::ManageMembers => false,
            }
        }
        // Collective plans and commitments arrive with their own issues; until then only
        // those overseeing the unit may read them.
        _ => matches!(action, Action::ViewPlan | Action::ViewApprovedRevision) && oversees,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The tree: province 1 → upper 2 → grassroots party 3 → cells 4 and 5;
    // upper 6 → grassroots cell 7. Another upper 8 with grassroots 9 → cell 10.
    const PROVINCE: OrgUnitId = OrgUnitId(1);
    const UPPER: OrgUnitId = OrgUnitId(2);
    const GRASSROOTS: OrgUnitId = OrgUnitId(3);
    const CELL: OrgUnitId = OrgUnitId(4);
    const OTHER_CELL: OrgUnitId = OrgUnitId(5);
    const OTHER_UPPER: OrgUnitId = OrgUnitId(8);
    const CELL_PATH: [OrgUnitId; 4] = [PROVINCE, UPPER, GRASSROOTS, CELL];
    const OTHER_CELL_PATH: [OrgUnitId; 4] = [PROVINCE, UPPER, GRASSROOTS, OTHER_CELL];

    const OWNER: MemberId = MemberId(100);
    const SECRETARY: MemberId = MemberId(101);

    fn actor(
        member: Option<MemberId>,
        cell: Option<OrgUnitId>,
        grants: &[(Role, OrgUnitId)],
    ) -> Actor {
        Actor {
            account_id: AccountId(member.map_or(999, |m| m.0)),
            member_id: member,
            cell_id: cell,
            grants: grants
                .iter()
                .map(|&(role, unit)| Grant { role, unit })
                .collect(),
        }
    }

    fn plan(owner: MemberId, state: PlanState, has_other_leader: bool) -> PlanScope {
        PlanScope {
            kind: PlanKind::Personal,
            owner: Some(owner),
            state,
            unit: CELL,
            unit_path: CELL_PATH.to_vec(),
            parent: Some(GRASSROOTS),
            has_other_cell_leader: has_other_leader,
            year_open: true,
        }
    }

    #[test]
    fn role_action_scope_table_for_a_members_submitted_plan() {
        use Action::*;
        let p = plan(OWNER, PlanState::Submitted, true);
        let who: Vec<(&str, Actor)> = vec![
            ("owner", actor(Some(OWNER), Some(CELL), &[])),
            ("cell mate", actor(Some(MemberId(102)), Some(CELL), &[])),
            (
                "member of another cell",
                actor(Some(MemberId(103)), Some(OTHER_CELL), &[]),
            ),
            (
                "secretary",
                actor(Some(SECRETARY), Some(CELL), &[(Role::CellSecretary, CELL)]),
            ),
            (
                "deputy",
                actor(Some(MemberId(104)), Some(CELL), &[(Role::CellDeputy, CELL)]),
            ),
            (
                "secretary of another cell",
                actor(
                    Some(MemberId(105)),
                    Some(OTHER_CELL),
                    &[(Role::CellSecretary, OTHER_CELL)],
                ),
            ),
            (
                "grassroots committee",
                actor(None, None, &[(Role::GrassrootsCommittee, GRASSROOTS)]),
            ),
            (
                "upper standing committee",
                actor(None, None, &[(Role::UpperStandingCommittee, UPPER)]),
            ),
            (
                "other upper secretary",
                actor(None, None, &[(Role::UpperSecretary, OTHER_UPPER)]),
            ),
            (
                "provincial reviewer",
                actor(None, None, &[(Role::ProvincialReviewer, PROVINCE)]),
            ),
            (
                "administrator",
                actor(None, None, &[(Role::Administrator, PROVINCE)]),
            ),
        ];
        // view, edit, comment, decide, view approved revision, view history
        let expected: [(&str, [bool; 6]); 11] = [
            ("owner", [true, true, true, false, true, true]),
            ("cell mate", [false, false, false, false, true, false]),
            ("member of another cell", [false; 6]),
            ("secretary", [true, false, true, true, true, true]),
            ("deputy", [true, false, true, true, true, true]),
            ("secretary of another cell", [false; 6]),
            (
                "grassroots committee",
                [true, false, true, false, true, true],
            ),
            (
                "upper standing committee",
                [true, false, true, false, true, true],
            ),
            ("other upper secretary", [false; 6]),
            (
                "provincial reviewer",
                [true, false, true, false, true, true],
            ),
            ("administrator", [false; 6]),
        ];
        for ((name, a), (ename, row)) in who.iter().zip(expected) {
            assert_eq!(*name, ename);
            let target = Target::Plan(p.clone());
            let got = [
                ViewPlan,
                EditPlan,
                CommentPlan,
                DecidePlan,
                ViewApprovedRevision,
                ViewHistory,
            ]
            .map(|action| allows(a, action, &target));
            assert_eq!(got, row, "{name}");
        }
    }

    #[test]
    fn cell_mates_see_approved_plans_only() {
        let mate = actor(Some(MemberId(102)), Some(CELL), &[]);
        for (state, visible) in [
            (PlanState::Draft, false),
            (PlanState::Submitted, false),
            (PlanState::Returned, false),
            (PlanState::Approved, true),
        ] {
            let t = Target::Plan(plan(OWNER, state, true));
            assert_eq!(allows(&mate, Action::ViewPlan, &t), visible, "{state:?}");
        }
    }

    #[test]
    fn nobody_decides_their_own_plan() {
        let secretary = actor(Some(SECRETARY), Some(CELL), &[(Role::CellSecretary, CELL)]);
        let own = Target::Plan(plan(SECRETARY, PlanState::Submitted, true));
        assert!(!allows(&secretary, Action::DecidePlan, &own));
        assert!(allows(&secretary, Action::EditPlan, &own));
    }

    #[test]
    fn a_secretarys_plan_goes_to_the_deputy_or_else_the_grassroots_committee() {
        let deputy = actor(Some(MemberId(104)), Some(CELL), &[(Role::CellDeputy, CELL)]);
        let committee = actor(None, None, &[(Role::GrassrootsCommittee, GRASSROOTS)]);
        let with_deputy = Target::Plan(plan(SECRETARY, PlanState::Submitted, true));
        assert!(allows(&deputy, Action::DecidePlan, &with_deputy));
        assert!(!allows(&committee, Action::DecidePlan, &with_deputy));
        let without_deputy = Target::Plan(plan(SECRETARY, PlanState::Submitted, false));
        assert!(allows(&committee, Action::DecidePlan, &without_deputy));
        // a committee of another grassroots organisation never does
        let stranger = actor(None, None, &[(Role::GrassrootsCommittee, OrgUnitId(9))]);
        assert!(!allows(&stranger, Action::DecidePlan, &without_deputy));
    }

    #[test]
    fn a_lone_leader_of_a_grassroots_cell_is_decided_by_the_upper_committee() {
        const GRASSROOTS_CELL: OrgUnitId = OrgUnitId(7);
        let upper = actor(None, None, &[(Role::UpperSecretary, OrgUnitId(6))]);
        let other_upper = actor(None, None, &[(Role::UpperSecretary, UPPER)]);
        let scope = PlanScope {
            kind: PlanKind::Personal,
            owner: Some(SECRETARY),
            state: PlanState::Submitted,
            unit: GRASSROOTS_CELL,
            unit_path: vec![PROVINCE, OrgUnitId(6), GRASSROOTS_CELL],
            parent: Some(OrgUnitId(6)),
            has_other_cell_leader: false,
            year_open: true,
        };
        assert!(allows(
            &upper,
            Action::DecidePlan,
            &Target::Plan(scope.clone())
        ));
        assert!(!allows(
            &other_upper,
            Action::DecidePlan,
            &Target::Plan(scope)
        ));
    }

    #[test]
    fn a_closed_years_plans_can_be_read_but_not_changed() {
        let owner = actor(Some(OWNER), Some(CELL), &[]);
        let secretary = actor(Some(SECRETARY), Some(CELL), &[(Role::CellSecretary, CELL)]);
        let mut scope = plan(OWNER, PlanState::Submitted, true);
        scope.year_open = false;
        let target = Target::Plan(scope);
        assert!(allows(&owner, Action::ViewPlan, &target));
        assert!(!allows(&owner, Action::EditPlan, &target));
        assert!(!allows(&owner, Action::CommentPlan, &target));
        assert!(!allows(&secretary, Action::DecidePlan, &target));
        assert!(allows(&secretary, Action::ViewHistory, &target));
    }

    #[test]
    fn cell_pages_are_for_the_cells_members_and_those_above() {
        let cell = Target::Unit {
            unit: CELL,
            unit_path: CELL_PATH.to_vec(),
        };
        let other = Target::Unit {
            unit: OTHER_CELL,
            unit_path: OTHER_CELL_PATH.to_vec(),
        };
        let member = actor(Some(OWNER), Some(CELL), &[]);
        let secretary = actor(Some(SECRETARY), Some(CELL), &[(Role::CellSecretary, CELL)]);
        let upper = actor(None, None, &[(Role::UpperSecretary, UPPER)]);
        let admin = actor(None, None, &[(Role::Administrator, PROVINCE)]);
        assert!(allows(&member, Action::ViewUnit, &cell));
        assert!(!allows(&member, Action::ViewUnit, &other));
        assert!(allows(&secretary, Action::ViewUnit, &cell));
        assert!(!allows(&secretary, Action::ViewUnit, &other));
        assert!(allows(&upper, Action::ViewUnit, &other));
        assert!(!allows(&admin, Action::ViewUnit, &cell));
    }

    #[test]
    fn only_administrators_manage_the_catalogue() {
        let admin = actor(None, None, &[(Role::Administrator, PROVINCE)]);
        let reviewer = actor(None, None, &[(Role::ProvincialReviewer, PROVINCE)]);
        assert!(allows(&admin, Action::ManageCatalogue, &Target::Deployment));
        assert!(!allows(
            &reviewer,
            Action::ManageCatalogue,
            &Target::Deployment
        ));
        // and an action never matches a target it does not belong to
        assert!(!allows(&admin, Action::ViewUnit, &Target::Deployment));
    }
}
