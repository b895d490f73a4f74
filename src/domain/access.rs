//! Who may do what: the one permission function, decided from the actor's offices and
//! cell and the resource's place in the org tree, and the two predicates everything else
//! derives from — who *oversees* a unit (reads and comments on what happens in it) and
//! who *decides* a plan (returns or approves it). Queues, menus, home-page links and the
//! SQL of list queries follow these; tests compare them. Handlers ask here and answer
//! "not found" when refused, so nothing leaks across subtrees.

use crate::domain::ids::{AccountId, MemberId, OrgUnitId};
use crate::domain::org::{OrgKind, Role};
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

    /// Whether the actor sits on a committee that decides the plans of the units
    /// directly under it (they get the review page).
    pub fn reviews_unit_plans(&self) -> bool {
        self.grants.iter().any(|g| g.role.decides_unit_plans())
    }

    /// The units on whose committees the actor sits, deciding the plans of the units
    /// directly under them: (for collective plans, for commitments — the province's
    /// reviewers only). The review page's SQL starts from these.
    pub fn reviewing_units(&self) -> Reviewing {
        let units = |pred: fn(Role) -> bool| {
            self.grants
                .iter()
                .filter(|g| pred(g.role))
                .map(|g| g.unit)
                .collect()
        };
        Reviewing {
            collective: units(Role::decides_unit_plans),
            commitments: units(|r| r == Role::ProvincialReviewer),
        }
    }

    /// The units whose own plans the actor writes (as a cell's leader, a grassroots
    /// committee, a standing committee): the review page leaves them out, as nobody
    /// reviews what they write.
    pub fn writing_units(&self) -> Vec<OrgUnitId> {
        self.grants
            .iter()
            .filter(|g| g.role.writes_collective_plan() || g.role.writes_standing_commitment())
            .map(|g| g.unit)
            .collect()
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

/// The committees whose decisions an actor takes part in, by what they decide.
#[derive(Debug, Clone, Default)]
pub struct Reviewing {
    /// Units whose committee decides the collective plans of the units directly under it.
    pub collective: Vec<OrgUnitId>,
    /// Units (the province) whose committee accepts the commitments of the committees
    /// directly under it.
    pub commitments: Vec<OrgUnitId>,
}

/// Whether the actor oversees a unit: holds an office over it or over a unit above it.
pub fn oversees(actor: &Actor, unit_path: &[OrgUnitId]) -> bool {
    actor.holds_over(unit_path, Role::oversees)
}

/// Whether the actor writes this plan: a member their personal plan; the leaders of a
/// cell or the committee of a grassroots organisation its collective plan; the standing
/// committee (the secretary among them) its collective commitment; the secretary their
/// personal commitment.
pub fn writes(actor: &Actor, plan: &PlanScope) -> bool {
    match plan.kind {
        PlanKind::Personal => plan.owner.is_some() && plan.owner == actor.member_id,
        PlanKind::Collective => actor.holds_on(plan.unit, Role::writes_collective_plan),
        PlanKind::UpperCollectiveCommitment => {
            actor.holds_on(plan.unit, Role::writes_standing_commitment)
        }
        PlanKind::UpperSecretaryCommitment => {
            actor.holds_on(plan.unit, |r| r == Role::UpperSecretary)
        }
    }
}

/// Whether the actor decides (returns or approves) this plan. Nobody decides a plan they
/// write. A personal plan is decided by the leaders of its cell, or, when its owner is the
/// cell's only leader, by the committee directly above the cell; a unit's own plan (a
/// collective plan, a commitment) by the committee directly above the unit — for a
/// commitment, the province.
pub fn decides(actor: &Actor, plan: &PlanScope) -> bool {
    if writes(actor, plan) || !plan.year_open {
        return false;
    }
    let above = |pred: fn(Role) -> bool| plan.parent.is_some_and(|p| actor.holds_on(p, pred));
    match plan.kind {
        PlanKind::Personal => {
            actor.holds_on(plan.unit, Role::leads_cell)
                || (!plan.has_other_cell_leader && above(Role::decides_for_lone_leader))
        }
        PlanKind::Collective => above(Role::decides_unit_plans),
        PlanKind::UpperCollectiveCommitment | PlanKind::UpperSecretaryCommitment => {
            above(|r| r == Role::ProvincialReviewer)
        }
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
    /// The unit directly above `unit`: the grassroots committee above a cell, the upper
    /// committee above a grassroots organisation, the province above an upper committee.
    /// It decides a unit's own plans, and a personal plan when the cell cannot.
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
    /// Open years, set their themes, deadlines and scheme, move their phase.
    ManageYears,
    /// Close org units and open their successors.
    Restructure,
    /// Report progress on an item of one's own approved plan.
    RecordProgress,
    /// Acknowledge a progress update (whoever decides the plan).
    AcknowledgeProgress,
    /// Assess one's own approved plan at year-end, item by item.
    AssessOwn,
    /// Assess an approved plan as the one who decides it (the cell for a member's pledge,
    /// the committee above for a unit's plan); record facts about its writer's year.
    AssessAsReviewer,
    /// See the ratings of a unit: its members' (a cell, a grassroots organisation) and
    /// those of the units it decides.
    ViewRatings,
    /// Propose the ratings of a cell's members (the cell's leaders).
    ProposeRatings,
    /// Decide the ratings of the members and units a unit's committee rates.
    DecideRatings,
    /// Read one rating and its explanation.
    ViewRating,
    /// See a cell's items due and overdue, for its meeting (its leaders and those above).
    ViewCellMeeting,
    /// See a unit's dashboard and export its figures: those overseeing it, and a cell's
    /// own leaders (not its members: a small cell's ratings would name people).
    ViewDashboard,
}

#[derive(Debug, Clone)]
pub enum Target {
    Plan(PlanScope),
    /// An org unit's page: the unit and its ancestors.
    Unit {
        unit: OrgUnitId,
        unit_path: Vec<OrgUnitId>,
    },
    /// The ratings a unit proposes or decides.
    Ratings {
        unit: OrgUnitId,
        unit_path: Vec<OrgUnitId>,
        kind: OrgKind,
    },
    /// One rating: of a member (who reads their own) or of a unit, handled in the unit at
    /// the end of `unit_path` (the member's cell, or the rated unit).
    Rating {
        member: Option<MemberId>,
        unit_path: Vec<OrgUnitId>,
    },
    /// Settings of the whole deployment.
    Deployment,
}

/// Decides whether `actor` may do `action` to `target`.
pub fn allows(actor: &Actor, action: Action, target: &Target) -> bool {
    match (action, target) {
        (
            Action::ManageCatalogue
            | Action::ManageMembers
            | Action::ManageYears
            | Action::Restructure,
            Target::Deployment,
        ) => actor.has_role(Role::Administrator),
        (Action::ViewUnit, Target::Unit { unit, unit_path }) => {
            actor.cell_id == Some(*unit) || oversees(actor, unit_path)
        }
        (Action::ViewDashboard, Target::Unit { unit, unit_path }) => {
            actor.cell_id == Some(*unit) && actor.holds_on(*unit, Role::leads_cell)
                || oversees(actor, unit_path)
        }
        (_, Target::Plan(plan)) => allows_on_plan(actor, action, plan),
        (
            Action::ViewRatings,
            Target::Ratings {
                unit, unit_path, ..
            },
        ) => {
            actor.cell_id == Some(*unit) && actor.holds_on(*unit, Role::leads_cell)
                || oversees(actor, unit_path)
        }
        (Action::ProposeRatings, Target::Ratings { unit, kind, .. }) => {
            kind.holds_members() && actor.holds_on(*unit, Role::leads_cell)
        }
        (Action::DecideRatings, Target::Ratings { unit, kind, .. }) => {
            decides_ratings(actor, *unit, *kind)
        }
        (Action::ViewCellMeeting, Target::Unit { unit_path, .. }) => oversees(actor, unit_path),
        (Action::ViewRating, Target::Rating { member, unit_path }) => {
            (member.is_some() && *member == actor.member_id) || oversees(actor, unit_path)
        }
        _ => false,
    }
}

/// Whether a unit's page links to its ratings: a unit that proposes or decides ratings
/// (a cell, a grassroots organisation, a committee above them), from self-assessment on,
/// for those who may see them.
pub fn shows_ratings(
    actor: &Actor,
    unit_path: &[OrgUnitId],
    unit: OrgUnitId,
    kind: OrgKind,
    phase: crate::domain::year::Phase,
) -> bool {
    use crate::domain::org::OrgKind as K;
    use crate::domain::year::Phase;
    matches!(
        kind,
        K::Cell | K::GrassrootsCell | K::GrassrootsParty | K::UpperCommittee
    ) && matches!(phase, Phase::SelfAssessment | Phase::Rating | Phase::Closed)
        && allows(
            actor,
            Action::ViewRatings,
            &Target::Ratings {
                unit,
                unit_path: unit_path.to_vec(),
                kind,
            },
        )
}

/// Whether the actor sits on the body that decides the ratings a unit decides: the
/// committee of a grassroots organisation (or of the commune committee, for the cells
/// directly under it and the grassroots organisations below), the standing committee of a
/// committee above the grassroots, the cell's leaders of a chi bộ cơ sở (which decides
/// its own members' ratings).
pub fn decides_ratings(actor: &Actor, unit: OrgUnitId, kind: OrgKind) -> bool {
    match kind {
        OrgKind::GrassrootsParty => actor.holds_on(unit, |r| r == Role::GrassrootsCommittee),
        OrgKind::GrassrootsCell => {
            actor.holds_on(unit, |r| r == Role::GrassrootsCommittee || r.leads_cell())
        }
        OrgKind::UpperCommittee => actor.holds_on(unit, Role::writes_standing_commitment),
        OrgKind::Province => actor.holds_on(unit, |r| r == Role::ProvincialReviewer),
        OrgKind::BranchParty | OrgKind::Cell => false,
    }
}

/// The same rule for every kind of plan: its writers and those overseeing its unit read
/// it, its history and comment on it; the members of a cell read their cell's plans once
/// approved (a member's plan, the cell's collective plan); only writers edit and only the
/// deciders decide, while the year is open. A commitment is seen by its committee and
/// those above it only: a commune committee never sees another's.
fn allows_on_plan(actor: &Actor, action: Action, plan: &PlanScope) -> bool {
    let writes = writes(actor, plan);
    let oversees = oversees(actor, &plan.unit_path);
    let changes = matches!(
        action,
        Action::EditPlan
            | Action::CommentPlan
            | Action::DecidePlan
            | Action::AssessOwn
            | Action::AssessAsReviewer
            | Action::RecordProgress
            | Action::AcknowledgeProgress
    );
    if changes && !plan.year_open {
        return false;
    }
    let same_cell = actor.cell_id == Some(plan.unit);
    match action {
        Action::ViewPlan => writes || oversees || (same_cell && plan.state == PlanState::Approved),
        Action::ViewHistory | Action::CommentPlan => writes || oversees,
        Action::ViewApprovedRevision => writes || oversees || same_cell,
        Action::EditPlan => writes,
        Action::DecidePlan => decides(actor, plan),
        Action::AssessOwn | Action::RecordProgress => writes && plan.state == PlanState::Approved,
        Action::AcknowledgeProgress => decides(actor, plan) && plan.state == PlanState::Approved,
        Action::AssessAsReviewer => decides(actor, plan) && plan.state == PlanState::Approved,
        Action::ViewRatings
        | Action::ProposeRatings
        | Action::DecideRatings
        | Action::ViewRating
        | Action::ViewCellMeeting
        | Action::ViewUnit
        | Action::ViewDashboard
        | Action::ManageCatalogue
        | Action::ManageMembers
        | Action::ManageYears
        | Action::Restructure => false,
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

    fn unit_plan(kind: PlanKind, unit_path: &[OrgUnitId]) -> Target {
        let unit = *unit_path.last().expect("a unit");
        Target::Plan(PlanScope {
            kind,
            owner: None,
            state: PlanState::Submitted,
            unit,
            unit_path: unit_path.to_vec(),
            parent: unit_path.iter().rev().nth(1).copied(),
            has_other_cell_leader: true,
            year_open: true,
        })
    }

    /// (view, edit, comment, decide) of each actor on `target`.
    fn table(target: &Target, who: &[(&str, Actor)]) -> Vec<(String, [bool; 4])> {
        use Action::*;
        who.iter()
            .map(|(name, a)| {
                let row = [ViewPlan, EditPlan, CommentPlan, DecidePlan]
                    .map(|action| allows(a, action, target));
                ((*name).to_owned(), row)
            })
            .collect()
    }

    #[test]
    fn a_cells_collective_plan_is_written_by_its_leaders_and_approved_by_the_committee_above() {
        let target = unit_plan(PlanKind::Collective, &CELL_PATH);
        let who = [
            (
                "secretary",
                actor(Some(SECRETARY), Some(CELL), &[(Role::CellSecretary, CELL)]),
            ),
            ("member", actor(Some(OWNER), Some(CELL), &[])),
            (
                "secretary of another cell",
                actor(None, Some(OTHER_CELL), &[(Role::CellSecretary, OTHER_CELL)]),
            ),
            (
                "grassroots committee",
                actor(None, None, &[(Role::GrassrootsCommittee, GRASSROOTS)]),
            ),
            (
                "upper secretary",
                actor(None, None, &[(Role::UpperSecretary, UPPER)]),
            ),
            (
                "provincial reviewer",
                actor(None, None, &[(Role::ProvincialReviewer, PROVINCE)]),
            ),
        ];
        let expected = [
            ("secretary", [true, true, true, false]),
            ("member", [false, false, false, false]),
            ("secretary of another cell", [false; 4]),
            ("grassroots committee", [true, false, true, true]),
            ("upper secretary", [true, false, true, false]),
            ("provincial reviewer", [true, false, true, false]),
        ]
        .map(|(n, r)| (n.to_owned(), r));
        assert_eq!(table(&target, &who), expected);
        // members read their cell's collective plan once it is approved
        let Target::Plan(mut approved) = target else {
            unreachable!()
        };
        approved.state = PlanState::Approved;
        assert!(allows(&who[1].1, Action::ViewPlan, &Target::Plan(approved)));
    }

    #[test]
    fn a_grassroots_organisations_plan_is_approved_by_the_committee_above_it() {
        let target = unit_plan(PlanKind::Collective, &[PROVINCE, UPPER, GRASSROOTS]);
        let committee = actor(None, None, &[(Role::GrassrootsCommittee, GRASSROOTS)]);
        let standing = actor(None, None, &[(Role::UpperStandingCommittee, UPPER)]);
        let other = actor(None, None, &[(Role::UpperStandingCommittee, OTHER_UPPER)]);
        assert!(allows(&committee, Action::EditPlan, &target));
        assert!(!allows(&committee, Action::DecidePlan, &target));
        assert!(allows(&standing, Action::DecidePlan, &target));
        assert!(!allows(&standing, Action::EditPlan, &target));
        assert!(!allows(&other, Action::ViewPlan, &target));
        // directly under the province, the province decides
        let direct = unit_plan(PlanKind::Collective, &[PROVINCE, OrgUnitId(11)]);
        let reviewer = actor(None, None, &[(Role::ProvincialReviewer, PROVINCE)]);
        assert!(allows(&reviewer, Action::DecidePlan, &direct));
    }

    #[test]
    fn commitments_are_written_by_the_committee_and_accepted_by_the_province_only() {
        let path = [PROVINCE, UPPER];
        let standing = unit_plan(PlanKind::UpperCollectiveCommitment, &path);
        let personal = unit_plan(PlanKind::UpperSecretaryCommitment, &path);
        let who = [
            (
                "secretary",
                actor(
                    Some(SECRETARY),
                    None,
                    &[
                        (Role::UpperSecretary, UPPER),
                        (Role::UpperStandingCommittee, UPPER),
                    ],
                ),
            ),
            (
                "standing committee member",
                actor(None, None, &[(Role::UpperStandingCommittee, UPPER)]),
            ),
            (
                "another committee",
                actor(None, None, &[(Role::UpperSecretary, OTHER_UPPER)]),
            ),
            (
                "grassroots committee below",
                actor(None, None, &[(Role::GrassrootsCommittee, GRASSROOTS)]),
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
        let expected_standing = [
            ("secretary", [true, true, true, false]),
            ("standing committee member", [true, true, true, false]),
            ("another committee", [false; 4]),
            ("grassroots committee below", [false; 4]),
            ("provincial reviewer", [true, false, true, true]),
            ("administrator", [false; 4]),
        ]
        .map(|(n, r)| (n.to_owned(), r));
        assert_eq!(table(&standing, &who), expected_standing);
        let expected_personal = [
            ("secretary", [true, true, true, false]),
            ("standing committee member", [true, false, true, false]),
            ("another committee", [false; 4]),
            ("grassroots committee below", [false; 4]),
            ("provincial reviewer", [true, false, true, true]),
            ("administrator", [false; 4]),
        ]
        .map(|(n, r)| (n.to_owned(), r));
        assert_eq!(table(&personal, &who), expected_personal);
        // a reviewer who also wrote it (an odd appointment) does not review it
        let both = actor(
            None,
            None,
            &[
                (Role::ProvincialReviewer, PROVINCE),
                (Role::UpperStandingCommittee, UPPER),
            ],
        );
        assert!(!allows(&both, Action::DecidePlan, &standing));
        assert!(allows(&both, Action::DecidePlan, &personal));
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
    fn dashboards_are_for_those_above_and_a_cells_own_leaders() {
        let cell = Target::Unit {
            unit: CELL,
            unit_path: CELL_PATH.to_vec(),
        };
        let other = Target::Unit {
            unit: OTHER_CELL,
            unit_path: OTHER_CELL_PATH.to_vec(),
        };
        let upper_unit = Target::Unit {
            unit: UPPER,
            unit_path: vec![PROVINCE, UPPER],
        };
        let member = actor(Some(OWNER), Some(CELL), &[]);
        let secretary = actor(Some(SECRETARY), Some(CELL), &[(Role::CellSecretary, CELL)]);
        let upper = actor(None, None, &[(Role::UpperSecretary, UPPER)]);
        let admin = actor(None, None, &[(Role::Administrator, PROVINCE)]);
        assert!(!allows(&member, Action::ViewDashboard, &cell));
        assert!(allows(&secretary, Action::ViewDashboard, &cell));
        assert!(!allows(&secretary, Action::ViewDashboard, &other));
        assert!(!allows(&secretary, Action::ViewDashboard, &upper_unit));
        assert!(allows(&upper, Action::ViewDashboard, &cell));
        assert!(allows(&upper, Action::ViewDashboard, &upper_unit));
        assert!(!allows(&admin, Action::ViewDashboard, &cell));
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
