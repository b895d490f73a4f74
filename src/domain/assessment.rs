//! The year-end assessment as typed into its forms: each approved item's outcome (by its
//! writer and by the reviewer, both kept), the writer's proposed level, the reviewer's
//! points for the common criteria, and the facts recorded about a member's or a unit's
//! year. Everything typed comes back as text, so that nothing is lost on a mistake.

use chrono::{Datelike, NaiveDate};

use super::Named;
use super::ids::PlanItemId;
use super::pledge::{FieldProblem, parse_date};
use super::rating::{Level, NotRated, Outcome};
use super::text::{check_length, clean_line, clean_multiline};

pub const EVIDENCE_MAX: usize = 1000;
pub const NOTE_MAX: usize = 4000;
pub const REASON_MAX: usize = 1000;
pub const SHORTCOMINGS_OPEN_MAX: i32 = 100;

named_enum! {
    /// A fact recorded about a year by the cell or a committee.
    pub enum FactKind {
        /// Disciplined in the year (and whether the violation was self-detected and
        /// remedied).
        Disciplined,
        /// Concluded to show degradation, "tự diễn biến", "tự chuyển hóa".
        Degradation,
        /// Violated the things members must not do.
        Prohibited,
        /// Violated the duty to set an example.
        ExampleDuty,
        /// (a unit) a subordinate unit or a member of its leadership was disciplined.
        BelowDisciplined,
        /// Not rated this year, for a reason.
        NotRated,
    }
}

/// Field names of the assessment form: one outcome and one evidence field per item.
pub fn outcome_field(item: PlanItemId) -> String {
    format!("outcome-{}", item.0)
}

pub fn evidence_field(item: PlanItemId) -> String {
    format!("evidence-{}", item.0)
}

/// One item's outcome as assessed.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub item: PlanItemId,
    pub outcome: Outcome,
    pub evidence: String,
}

/// A valid assessment: every item's outcome, and the writer's or the reviewer's part.
#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub verdicts: Vec<Verdict>,
    pub part: Part,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// The writer proposes a level and may add a note.
    Own { level: Option<Level>, note: String },
    /// The reviewer gives the common criteria's points and counts the shortcomings still
    /// open.
    Reviewer {
        common_points: f64,
        shortcomings_open: i32,
    },
}

/// Problems by field name, in the order of the form.
pub type Problems = Vec<(String, FieldProblem)>;

/// The value of a field as posted (the last one, if repeated); empty if absent.
pub fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .rev()
        .find(|(n, _)| n == name)
        .map_or("", |(_, v)| v.as_str())
}

/// A number typed the Vietnamese way ("27,5") or the other ("27.5").
fn parse_points(text: &str) -> Option<f64> {
    let text = clean_line(text).replace(' ', "").replace(',', ".");
    text.parse::<f64>().ok().filter(|p| p.is_finite())
}

/// Reads the assessment of `items` from the posted fields: by the reviewer when
/// `by_reviewer`, whose common points are out of `common_max`.
pub fn parse(
    fields: &[(String, String)],
    items: &[PlanItemId],
    by_reviewer: bool,
    common_max: f64,
) -> Result<Assessment, Problems> {
    let mut problems = Problems::new();
    let mut verdicts = Vec::with_capacity(items.len());
    for &item in items {
        let name = outcome_field(item);
        let outcome = Outcome::parse(field(fields, &name));
        let evidence_name = evidence_field(item);
        let evidence = clean_multiline(field(fields, &evidence_name));
        if outcome.is_none() {
            problems.push((name, FieldProblem::Missing));
        }
        if let Err(e) = check_length(&evidence, false, EVIDENCE_MAX) {
            problems.push((evidence_name, e.into()));
        }
        if let Some(outcome) = outcome {
            verdicts.push(Verdict {
                item,
                outcome,
                evidence,
            });
        }
    }
    let part = if by_reviewer {
        let points = field(fields, "common_points");
        let common_points = match parse_points(points) {
            Some(p) if (0.0..=common_max).contains(&p) => p,
            _ if points.trim().is_empty() => {
                problems.push(("common_points".into(), FieldProblem::Missing));
                0.0
            }
            _ => {
                #[allow(clippy::cast_possible_truncation)]
                let max = common_max as i32;
                problems.push((
                    "common_points".into(),
                    FieldProblem::PointsOutOfRange { max },
                ));
                0.0
            }
        };
        let open = clean_line(field(fields, "shortcomings_open"));
        let shortcomings_open = if open.is_empty() {
            0
        } else {
            match open.parse::<i32>() {
                Ok(n) if (0..=SHORTCOMINGS_OPEN_MAX).contains(&n) => n,
                _ => {
                    problems.push((
                        "shortcomings_open".into(),
                        FieldProblem::NumberOutOfRange {
                            min: 0,
                            max: SHORTCOMINGS_OPEN_MAX,
                        },
                    ));
                    0
                }
            }
        };
        Part::Reviewer {
            common_points,
            shortcomings_open,
        }
    } else {
        let level_text = field(fields, "self_level");
        let level = Level::parse(level_text);
        if level.is_none() && !level_text.is_empty() {
            problems.push(("self_level".into(), FieldProblem::InvalidChoice));
        }
        let note = clean_multiline(field(fields, "self_note"));
        if let Err(e) = check_length(&note, false, NOTE_MAX) {
            problems.push(("self_note".into(), e.into()));
        }
        Part::Own { level, note }
    };
    if problems.is_empty() {
        Ok(Assessment { verdicts, part })
    } else {
        Err(problems)
    }
}

/// A fact as typed.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct FactInput {
    pub fact: String,
    pub self_detected: Option<String>,
    pub not_rated: String,
    pub reason: String,
    pub on_date: String,
}

/// A valid fact, ready to be recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct NewFact {
    pub kind: FactKind,
    pub self_detected: bool,
    pub not_rated: Option<NotRated>,
    pub reason: String,
    pub on_date: NaiveDate,
}

impl NewFact {
    /// Reads a fact about `year`: its kind (and, when not rated, why), its reason, and a
    /// date in the year.
    pub fn parse(input: &FactInput, year: i32, for_member: bool) -> Result<NewFact, Problems> {
        let mut problems = Problems::new();
        let kind = FactKind::parse(input.fact.trim()).filter(|k| {
            if for_member {
                *k != FactKind::BelowDisciplined
            } else {
                !matches!(
                    k,
                    FactKind::NotRated | FactKind::Prohibited | FactKind::ExampleDuty
                )
            }
        });
        if kind.is_none() {
            let problem = if input.fact.trim().is_empty() {
                FieldProblem::Missing
            } else {
                FieldProblem::InvalidChoice
            };
            problems.push(("fact".into(), problem));
        }
        let not_rated = if kind == Some(FactKind::NotRated) {
            let reason = NotRated::parse(input.not_rated.trim());
            if reason.is_none() {
                problems.push(("not_rated".into(), FieldProblem::Missing));
            }
            reason
        } else {
            None
        };
        let reason = clean_multiline(&input.reason);
        if let Err(e) = check_length(&reason, true, REASON_MAX) {
            problems.push(("reason".into(), e.into()));
        }
        let on_date = match parse_date(&input.on_date) {
            Ok(Some(d)) if d.year() == year => Some(d),
            Ok(Some(_)) => {
                problems.push(("on_date".into(), FieldProblem::DateOutsideYear { year }));
                None
            }
            Ok(None) => {
                problems.push(("on_date".into(), FieldProblem::Missing));
                None
            }
            Err(p) => {
                problems.push(("on_date".into(), p));
                None
            }
        };
        match (kind, on_date) {
            (Some(kind), Some(on_date)) if problems.is_empty() => Ok(NewFact {
                kind,
                self_detected: kind == FactKind::Disciplined && input.self_detected.is_some(),
                not_rated,
                reason,
                on_date,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    const ITEMS: [PlanItemId; 2] = [PlanItemId(7), PlanItemId(8)];

    #[test]
    fn every_item_needs_an_outcome_and_the_reviewer_points_in_range() {
        let posted = fields(&[
            ("outcome-7", "exceeded"),
            ("outcome-8", ""),
            ("common_points", "31"),
            ("shortcomings_open", "-1"),
        ]);
        let problems = parse(&posted, &ITEMS, true, 30.0).unwrap_err();
        let names: Vec<&str> = problems.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["outcome-8", "common_points", "shortcomings_open"]);
        assert_eq!(problems[1].1, FieldProblem::PointsOutOfRange { max: 30 });
    }

    #[test]
    fn a_reviewer_assessment_reads_vietnamese_decimals() {
        let posted = fields(&[
            ("outcome-7", "on_time"),
            ("outcome-8", "late"),
            ("evidence-8", "  Quyết định số 12-QĐ/ĐU  "),
            ("common_points", "27,5"),
        ]);
        let a = parse(&posted, &ITEMS, true, 30.0).unwrap();
        assert_eq!(
            a.part,
            Part::Reviewer {
                common_points: 27.5,
                shortcomings_open: 0
            }
        );
        assert_eq!(a.verdicts[1].evidence, "Quyết định số 12-QĐ/ĐU");
        assert_eq!(a.verdicts[1].outcome, Outcome::Late);
    }

    #[test]
    fn the_writer_proposes_a_known_level_or_none() {
        let ok = fields(&[
            ("outcome-7", "on_time"),
            ("outcome-8", "not_done"),
            ("self_level", "HTTNV"),
        ]);
        let a = parse(&ok, &ITEMS, false, 30.0).unwrap();
        assert!(matches!(
            a.part,
            Part::Own {
                level: Some(Level::Good),
                ..
            }
        ));
        let bad = fields(&[
            ("outcome-7", "on_time"),
            ("outcome-8", "sometimes"),
            ("self_level", "best"),
        ]);
        let problems = parse(&bad, &ITEMS, false, 30.0).unwrap_err();
        assert_eq!(problems.len(), 2);
    }

    #[test]
    fn a_fact_needs_its_reason_and_a_date_in_the_year() {
        let input = FactInput {
            fact: "not_rated".into(),
            not_rated: String::new(),
            reason: " ".into(),
            on_date: "03/02/2025".into(),
            ..FactInput::default()
        };
        let problems = NewFact::parse(&input, 2026, true).unwrap_err();
        let names: Vec<&str> = problems.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["not_rated", "reason", "on_date"]);

        let input = FactInput {
            fact: "disciplined".into(),
            self_detected: Some("on".into()),
            reason: "Khiển trách, Quyết định số 05-QĐ/UBKT".into(),
            on_date: "15/06/2026".into(),
            ..FactInput::default()
        };
        let fact = NewFact::parse(&input, 2026, true).unwrap();
        assert!(fact.self_detected);
        assert_eq!(fact.kind, FactKind::Disciplined);
        // A unit is not "not rated"; a member has no units below.
        let unit = FactInput {
            fact: "not_rated".into(),
            not_rated: "leave".into(),
            ..input.clone()
        };
        assert!(NewFact::parse(&unit, 2026, false).is_err());
        let member = FactInput {
            fact: "below_disciplined".into(),
            ..input
        };
        assert!(NewFact::parse(&member, 2026, true).is_err());
    }
}
