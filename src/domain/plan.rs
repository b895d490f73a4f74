//! The workflow shared by every kind of plan and commitment:
//! draft → submitted → returned (with comments) → submitted … → approved, and
//! approved → draft again as an amendment that must be approved anew.
//! The database mirrors these moves in the `plans_transition` trigger; a test checks that
//! the two agree for every state and action.

use super::org::OrgKind;
use super::pledge::{ItemRules, PledgeKind};

named_enum! {
    /// What a plan is: a member's personal plan, an org unit's collective plan, or one of the
    /// two yearly commitments of an upper committee.
    pub enum PlanKind {
        Personal,
        Collective,
        UpperCollectiveCommitment,
        UpperSecretaryCommitment,
    }
}

impl PlanKind {
    /// The kinds of items a plan of this kind holds, in the order its form offers them.
    /// The secretary's commitment has four parts: setting an example, study, overcoming
    /// own limitations, specific tasks.
    pub fn item_kinds(self) -> &'static [PledgeKind] {
        use PledgeKind as K;
        match self {
            PlanKind::Personal | PlanKind::Collective => &[
                K::AssignedDuty,
                K::Study,
                K::Example,
                K::Remedy,
                K::ThemeAction,
            ],
            PlanKind::UpperCollectiveCommitment => &[K::PressingIssue, K::ThemeAction],
            PlanKind::UpperSecretaryCommitment => {
                &[K::Example, K::Study, K::Remedy, K::AssignedDuty]
            }
        }
    }

    /// What this kind asks of each of its items, for parsing a form.
    pub fn item_rules(self) -> ItemRules {
        ItemRules {
            kinds: self.item_kinds(),
            has_key_items: self.has_key_items(),
            names_who_is_responsible: self.names_who_is_responsible(),
        }
    }

    /// Which units file plans of this kind (mirrored by `plan_kind_fits_unit` in SQL):
    /// members file personal plans in cells; cells and grassroots organisations file
    /// collective plans; the committees directly under the province sign commitments.
    pub fn filed_by(self, unit: OrgKind) -> bool {
        match self {
            PlanKind::Personal => unit.holds_members(),
            PlanKind::Collective => {
                matches!(
                    unit,
                    OrgKind::Cell | OrgKind::GrassrootsCell | OrgKind::GrassrootsParty
                )
            }
            PlanKind::UpperCollectiveCommitment | PlanKind::UpperSecretaryCommitment => {
                unit == OrgKind::UpperCommittee
            }
        }
    }

    /// The plans an org unit files itself (not its members), in the order pages list them.
    pub fn of_unit(unit: OrgKind) -> Vec<PlanKind> {
        [
            PlanKind::Collective,
            PlanKind::UpperCollectiveCommitment,
            PlanKind::UpperSecretaryCommitment,
        ]
        .into_iter()
        .filter(|k| k.filed_by(unit))
        .collect()
    }

    pub fn is_commitment(self) -> bool {
        matches!(
            self,
            PlanKind::UpperCollectiveCommitment | PlanKind::UpperSecretaryCommitment
        )
    }

    /// Personal and collective plans also state the shortcomings to be fixed.
    pub fn has_shortcomings(self) -> bool {
        matches!(self, PlanKind::Personal | PlanKind::Collective)
    }

    /// Items of a collective plan or of the standing committee's commitment say who is
    /// responsible; in a personal plan or the secretary's own commitment it is the author.
    pub fn names_who_is_responsible(self) -> bool {
        matches!(
            self,
            PlanKind::Collective | PlanKind::UpperCollectiveCommitment
        )
    }

    /// A collective plan marks a few items as the year's key contents.
    pub fn has_key_items(self) -> bool {
        self == PlanKind::Collective
    }
}

named_enum! {
    pub enum PlanState {
        Draft,
        Submitted,
        Returned,
        Approved,
    }
}

impl PlanState {
    /// Items and the shortcomings text may be changed only in these states; an approved
    /// plan is locked until it is amended.
    pub fn is_editable(self) -> bool {
        matches!(self, PlanState::Draft | PlanState::Returned)
    }
}

named_enum! {
    /// What someone can do to a plan as a whole.
    pub enum PlanAction {
        /// The owner sends the plan for approval.
        Submit,
        /// The owner takes a submitted plan back to change it.
        Withdraw,
        /// The approver sends it back; a comment saying why is required.
        Return,
        Approve,
        /// The owner reopens an approved plan; the approved version stays on record.
        Amend,
        /// A comment without a change of state.
        Comment,
    }
}

impl PlanAction {
    pub fn requires_comment(self) -> bool {
        matches!(self, PlanAction::Return | PlanAction::Comment)
    }
}

named_enum! {
    /// What an entry of a plan's history records: a workflow action, or an edit.
    pub enum EventKind {
        Create,
        Submit,
        Withdraw,
        Return,
        Approve,
        Amend,
        Comment,
        /// The shortcomings text changed.
        Edit,
        AddItem,
        EditItem,
        RemoveItem,
        MoveItem,
        /// The owner moved to another cell, and the plan with them.
        Transfer,
        /// The plan's unit closed in a restructure and the plan moved to its successor.
        Restructure,
        /// The year-end assessment of the items was saved (by the writer or the reviewer).
        Assess,
    }
}

impl From<PlanAction> for EventKind {
    fn from(action: PlanAction) -> Self {
        match action {
            PlanAction::Submit => EventKind::Submit,
            PlanAction::Withdraw => EventKind::Withdraw,
            PlanAction::Return => EventKind::Return,
            PlanAction::Approve => EventKind::Approve,
            PlanAction::Amend => EventKind::Amend,
            PlanAction::Comment => EventKind::Comment,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("a plan in state {from:?} cannot be {action:?}")]
    NotAllowed { from: PlanState, action: PlanAction },
    #[error("a plan with no pledge items cannot be submitted")]
    NoItems,
    #[error("this action needs a comment")]
    CommentRequired,
}

/// The facts about a plan that the workflow rules look at.
#[derive(Debug, Clone, Copy)]
pub struct PlanFacts {
    pub state: PlanState,
    pub item_count: usize,
}

/// What else happens when a plan moves, besides its new state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    None,
    /// The version just submitted is recorded, so that the reviewer can later see what
    /// changed before the next submission.
    RecordSubmittedVersion,
    /// The version just approved is kept on record as it is.
    KeepApprovedVersion,
    /// Work starts on a new revision; the approved one stays on record.
    OpenRevision,
}

/// A move the workflow allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    pub to: PlanState,
    pub effect: Effect,
}

/// The move `action` makes from the plan's state, or why it cannot be made.
pub fn transition(
    facts: PlanFacts,
    action: PlanAction,
    comment: &str,
) -> Result<Transition, TransitionError> {
    use PlanAction as A;
    use PlanState as S;
    let (to, effect) = match (facts.state, action) {
        (S::Draft | S::Returned, A::Submit) => (S::Submitted, Effect::RecordSubmittedVersion),
        (S::Submitted, A::Withdraw) => (S::Draft, Effect::None),
        (S::Submitted, A::Return) => (S::Returned, Effect::None),
        (S::Submitted, A::Approve) => (S::Approved, Effect::KeepApprovedVersion),
        (S::Approved, A::Amend) => (S::Draft, Effect::OpenRevision),
        (state, A::Comment) => (state, Effect::None),
        (from, action) => return Err(TransitionError::NotAllowed { from, action }),
    };
    if action == A::Submit && facts.item_count == 0 {
        return Err(TransitionError::NoItems);
    }
    if action.requires_comment() && comment.trim().is_empty() {
        return Err(TransitionError::CommentRequired);
    }
    Ok(Transition { to, effect })
}

/// Whether `action` is possible in `state` at all (ignoring comment and items), used to
/// offer only the buttons that can work.
pub fn is_possible(state: PlanState, action: PlanAction) -> bool {
    let facts = PlanFacts {
        state,
        item_count: 1,
    };
    transition(facts, action, "x").is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Named;
    use PlanAction as A;
    use PlanState as S;

    fn facts(state: PlanState) -> PlanFacts {
        PlanFacts {
            state,
            item_count: 2,
        }
    }

    #[test]
    fn the_full_loop_draft_submit_return_resubmit_approve_works() {
        let t = transition(facts(S::Draft), A::Submit, "").unwrap();
        assert_eq!(t.to, S::Submitted);
        let t = transition(facts(t.to), A::Return, "Cần cụ thể hơn").unwrap();
        assert_eq!(t.to, S::Returned);
        let t = transition(facts(t.to), A::Submit, "").unwrap();
        assert_eq!(t.to, S::Submitted);
        let t = transition(facts(t.to), A::Approve, "").unwrap();
        assert_eq!(
            t,
            Transition {
                to: S::Approved,
                effect: Effect::KeepApprovedVersion
            }
        );
        let t = transition(facts(t.to), A::Amend, "").unwrap();
        assert_eq!(
            t,
            Transition {
                to: S::Draft,
                effect: Effect::OpenRevision
            }
        );
    }

    #[test]
    fn every_state_and_action_pair_gives_the_expected_result() {
        // (state, action, expected state or None when refused)
        let table = [
            (S::Draft, A::Submit, Some(S::Submitted)),
            (S::Draft, A::Withdraw, None),
            (S::Draft, A::Return, None),
            (S::Draft, A::Approve, None),
            (S::Draft, A::Amend, None),
            (S::Draft, A::Comment, Some(S::Draft)),
            (S::Submitted, A::Submit, None),
            (S::Submitted, A::Withdraw, Some(S::Draft)),
            (S::Submitted, A::Return, Some(S::Returned)),
            (S::Submitted, A::Approve, Some(S::Approved)),
            (S::Submitted, A::Amend, None),
            (S::Submitted, A::Comment, Some(S::Submitted)),
            (S::Returned, A::Submit, Some(S::Submitted)),
            (S::Returned, A::Withdraw, None),
            (S::Returned, A::Return, None),
            (S::Returned, A::Approve, None),
            (S::Returned, A::Amend, None),
            (S::Returned, A::Comment, Some(S::Returned)),
            (S::Approved, A::Submit, None),
            (S::Approved, A::Withdraw, None),
            (S::Approved, A::Return, None),
            (S::Approved, A::Approve, None),
            (S::Approved, A::Amend, Some(S::Draft)),
            (S::Approved, A::Comment, Some(S::Approved)),
        ];
        for (state, action, expected) in table {
            let got = transition(facts(state), action, "lý do").ok().map(|t| t.to);
            assert_eq!(got, expected, "{state:?} + {action:?}");
            assert_eq!(is_possible(state, action), expected.is_some());
        }
    }

    #[test]
    fn an_empty_plan_cannot_be_submitted() {
        let empty = PlanFacts {
            state: S::Draft,
            item_count: 0,
        };
        assert_eq!(
            transition(empty, A::Submit, ""),
            Err(TransitionError::NoItems)
        );
    }

    #[test]
    fn returning_needs_a_reason() {
        assert_eq!(
            transition(facts(S::Submitted), A::Return, "  "),
            Err(TransitionError::CommentRequired)
        );
        assert_eq!(
            transition(facts(S::Draft), A::Comment, ""),
            Err(TransitionError::CommentRequired)
        );
    }

    #[test]
    fn only_draft_and_returned_plans_are_editable() {
        assert!(S::Draft.is_editable());
        assert!(S::Returned.is_editable());
        assert!(!S::Submitted.is_editable());
        assert!(!S::Approved.is_editable());
    }

    #[test]
    fn each_kind_of_unit_files_its_own_plans() {
        use OrgKind as O;
        assert_eq!(PlanKind::of_unit(O::Cell), vec![PlanKind::Collective]);
        assert_eq!(
            PlanKind::of_unit(O::GrassrootsParty),
            vec![PlanKind::Collective]
        );
        assert_eq!(
            PlanKind::of_unit(O::UpperCommittee),
            vec![
                PlanKind::UpperCollectiveCommitment,
                PlanKind::UpperSecretaryCommitment
            ]
        );
        assert!(PlanKind::of_unit(O::Province).is_empty());
        assert!(PlanKind::of_unit(O::BranchParty).is_empty());
        assert!(PlanKind::Personal.filed_by(O::GrassrootsCell));
        assert!(!PlanKind::Personal.filed_by(O::GrassrootsParty));
    }

    #[test]
    fn names_round_trip() {
        for s in S::all() {
            assert_eq!(S::parse(s.as_str()), Some(*s));
        }
        for a in A::all() {
            assert_eq!(A::parse(a.as_str()), Some(*a));
        }
        assert_eq!(A::Approve.as_str(), "approve");
        assert_eq!(
            PlanKind::UpperSecretaryCommitment.as_str(),
            "upper_secretary_commitment"
        );
        assert_eq!(S::parse("Approved"), None);
    }
}
