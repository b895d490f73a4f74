//! The workflow shared by every kind of plan and commitment:
//! draft → submitted → returned (with comments) → submitted … → approved, and
//! approved → draft again as an amendment that must be approved anew.
//! The database mirrors these moves in the `plans_transition` trigger.

use serde::{Deserialize, Serialize};

/// What a plan is: a member's personal plan, an org unit's collective plan, or one of the
/// two yearly commitments of an upper committee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanKind {
    Personal,
    Collective,
    UpperCollectiveCommitment,
    UpperSecretaryCommitment,
}

impl PlanKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PlanKind::Personal => "personal",
            PlanKind::Collective => "collective",
            PlanKind::UpperCollectiveCommitment => "upper_collective_commitment",
            PlanKind::UpperSecretaryCommitment => "upper_secretary_commitment",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "personal" => PlanKind::Personal,
            "collective" => PlanKind::Collective,
            "upper_collective_commitment" => PlanKind::UpperCollectiveCommitment,
            "upper_secretary_commitment" => PlanKind::UpperSecretaryCommitment,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanState {
    Draft,
    Submitted,
    Returned,
    Approved,
}

impl PlanState {
    pub const ALL: [PlanState; 4] = [
        PlanState::Draft,
        PlanState::Submitted,
        PlanState::Returned,
        PlanState::Approved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PlanState::Draft => "draft",
            PlanState::Submitted => "submitted",
            PlanState::Returned => "returned",
            PlanState::Approved => "approved",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Items and the shortcomings text may be changed only in these states; an approved
    /// plan is locked until it is amended.
    pub fn is_editable(self) -> bool {
        matches!(self, PlanState::Draft | PlanState::Returned)
    }
}

/// What someone can do to a plan as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

impl PlanAction {
    pub const ALL: [PlanAction; 6] = [
        PlanAction::Submit,
        PlanAction::Withdraw,
        PlanAction::Return,
        PlanAction::Approve,
        PlanAction::Amend,
        PlanAction::Comment,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PlanAction::Submit => "submit",
            PlanAction::Withdraw => "withdraw",
            PlanAction::Return => "return",
            PlanAction::Approve => "approve",
            PlanAction::Amend => "amend",
            PlanAction::Comment => "comment",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == text)
    }

    pub fn requires_comment(self) -> bool {
        matches!(self, PlanAction::Return | PlanAction::Comment)
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

/// The state a plan moves to when `action` is applied, or why it cannot be.
pub fn transition(
    facts: PlanFacts,
    action: PlanAction,
    comment: &str,
) -> Result<PlanState, TransitionError> {
    use PlanAction as A;
    use PlanState as S;
    let to = match (facts.state, action) {
        (S::Draft | S::Returned, A::Submit) => S::Submitted,
        (S::Submitted, A::Withdraw) => S::Draft,
        (S::Submitted, A::Return) => S::Returned,
        (S::Submitted, A::Approve) => S::Approved,
        (S::Approved, A::Amend) => S::Draft,
        (state, A::Comment) => state,
        (from, action) => return Err(TransitionError::NotAllowed { from, action }),
    };
    if action == A::Submit && facts.item_count == 0 {
        return Err(TransitionError::NoItems);
    }
    if action.requires_comment() && comment.trim().is_empty() {
        return Err(TransitionError::CommentRequired);
    }
    Ok(to)
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
        let s = transition(facts(S::Draft), A::Submit, "").unwrap();
        assert_eq!(s, S::Submitted);
        let s = transition(facts(s), A::Return, "Cần cụ thể hơn").unwrap();
        assert_eq!(s, S::Returned);
        let s = transition(facts(s), A::Submit, "").unwrap();
        assert_eq!(s, S::Submitted);
        let s = transition(facts(s), A::Approve, "").unwrap();
        assert_eq!(s, S::Approved);
        let s = transition(facts(s), A::Amend, "").unwrap();
        assert_eq!(s, S::Draft);
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
            let got = transition(facts(state), action, "lý do").ok();
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
    fn names_round_trip() {
        for s in S::ALL {
            assert_eq!(S::parse(s.as_str()), Some(s));
        }
        for a in A::ALL {
            assert_eq!(A::parse(a.as_str()), Some(a));
        }
        for k in [
            PlanKind::Personal,
            PlanKind::Collective,
            PlanKind::UpperCollectiveCommitment,
            PlanKind::UpperSecretaryCommitment,
        ] {
            assert_eq!(PlanKind::parse(k.as_str()), Some(k));
        }
    }
}
