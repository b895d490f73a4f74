//! Progress on an approved item during the year: what its writer reports (a status or a
//! percentage, a note, an optional evidence reference such as a decision number or a
//! link), and when an item is overdue.

use chrono::NaiveDate;

use super::Named;
use super::pledge::FieldProblem;
use super::text::{check_length, clean_line, clean_multiline};

pub const NOTE_MAX: usize = 2000;
pub const EVIDENCE_MAX: usize = 500;

named_enum! {
    pub enum ProgressStatus {
        NotStarted,
        InProgress,
        Done,
    }
}

/// An update as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct ProgressInput {
    pub status: String,
    pub percent: String,
    pub note: String,
    pub evidence: String,
}

/// A valid update.
#[derive(Debug, Clone, PartialEq)]
pub struct NewProgress {
    pub status: ProgressStatus,
    pub percent: Option<i32>,
    pub note: String,
    pub evidence: String,
}

impl NewProgress {
    /// Reads an update: a status, and a percentage from 0 to 100 if given ("60", "60%");
    /// done is 100 %.
    pub fn parse(input: &ProgressInput) -> Result<NewProgress, Vec<(&'static str, FieldProblem)>> {
        let mut problems = Vec::new();
        let status = ProgressStatus::parse(input.status.trim());
        if status.is_none() {
            problems.push(("status", FieldProblem::Missing));
        }
        let percent_text = clean_line(&input.percent);
        let percent_text = percent_text.trim_end_matches('%').trim();
        let percent = if percent_text.is_empty() {
            None
        } else {
            match percent_text.parse::<i32>() {
                Ok(p) if (0..=100).contains(&p) => Some(p),
                _ => {
                    problems.push((
                        "percent",
                        FieldProblem::NumberOutOfRange { min: 0, max: 100 },
                    ));
                    None
                }
            }
        };
        let note = clean_multiline(&input.note);
        if let Err(e) = check_length(&note, false, NOTE_MAX) {
            problems.push(("note", e.into()));
        }
        let evidence = clean_line(&input.evidence);
        if let Err(e) = check_length(&evidence, false, EVIDENCE_MAX) {
            problems.push(("evidence", e.into()));
        }
        match status {
            Some(status) if problems.is_empty() => Ok(NewProgress {
                status,
                percent: if status == ProgressStatus::Done {
                    Some(100)
                } else {
                    percent
                },
                note,
                evidence,
            }),
            _ => Err(problems),
        }
    }
}

/// Whether an item is overdue on `today`: its deadline has passed and it is not reported
/// done.
pub fn is_overdue(deadline: NaiveDate, today: NaiveDate, latest: Option<ProgressStatus>) -> bool {
    deadline < today && latest != Some(ProgressStatus::Done)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(status: &str, percent: &str) -> ProgressInput {
        ProgressInput {
            status: status.into(),
            percent: percent.into(),
            ..ProgressInput::default()
        }
    }

    #[test]
    fn an_update_needs_a_status_and_a_percentage_in_range() {
        assert!(NewProgress::parse(&input("", "")).is_err());
        assert!(NewProgress::parse(&input("in_progress", "101")).is_err());
        assert!(NewProgress::parse(&input("in_progress", "ba mươi")).is_err());
        let p = NewProgress::parse(&input("in_progress", " 60 % ")).unwrap();
        assert_eq!(p.percent, Some(60));
        let done = NewProgress::parse(&input("done", "")).unwrap();
        assert_eq!(done.percent, Some(100), "done is all of it");
    }

    #[test]
    fn overdue_is_past_the_deadline_and_not_done() {
        let d = NaiveDate::from_ymd_opt(2026, 6, 30).unwrap();
        let next = NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        assert!(!is_overdue(d, d, None), "due today is not overdue yet");
        assert!(is_overdue(d, next, None));
        assert!(is_overdue(d, next, Some(ProgressStatus::InProgress)));
        assert!(!is_overdue(d, next, Some(ProgressStatus::Done)));
    }
}
