//! The working year: its theme, its four deadlines, the rating scheme that will judge it,
//! and its phase (planning → in progress → self-assessment → rating → closed). A closed
//! year is read-only, for good.

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use super::Named;
use super::pledge::{FieldErrors, FieldProblem, parse_date};
use super::text::{check_length, clean_line};

pub const THEME_MAX: usize = 300;
pub const YEAR_MIN: i32 = 2000;
pub const YEAR_MAX: i32 = 2100;

named_enum! {
    pub enum Phase {
        Planning,
        InProgress,
        SelfAssessment,
        Rating,
        Closed,
    }
}

impl Phase {
    pub fn is_open(self) -> bool {
        self != Phase::Closed
    }

    /// The phases a year in this phase may be moved to: any other while it is open (an
    /// administrator corrects a step taken too early), none once closed.
    pub fn may_move_to(self, to: Phase) -> bool {
        self.is_open() && to != self
    }
}

named_enum! {
    /// The rules that turn a year's results into quality ratings (../shared/domain.md §5).
    pub enum RatingScheme {
        /// Hướng dẫn 27-HD/BTCTW (2014): years up to 2017.
        #[strum(serialize = "hd27-2014")]
        #[serde(rename = "hd27-2014")]
        Hd27,
        /// Quy định 132-QĐ/TW (2018): 2018–2022.
        #[strum(serialize = "qd132-2018")]
        #[serde(rename = "qd132-2018")]
        Qd132,
        /// Quy định 124-QĐ/TW (2023): 2023–2024, the same shape as 132.
        #[strum(serialize = "qd124-2023")]
        #[serde(rename = "qd124-2023")]
        Qd124,
        /// Quy định 366-QĐ/TW (30/8/2025): 2025 on.
        #[strum(serialize = "qd366-2025")]
        #[serde(rename = "qd366-2025")]
        Qd366,
    }
}

impl RatingScheme {
    /// The scheme in force for a year, offered when a year is opened.
    pub fn in_force(year: i32) -> RatingScheme {
        match year {
            ..=2017 => RatingScheme::Hd27,
            2018..=2022 => RatingScheme::Qd132,
            2023..=2024 => RatingScheme::Qd124,
            _ => RatingScheme::Qd366,
        }
    }
}

/// A year's settings as typed into the form; text, so that nothing is lost on a mistake.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct YearInput {
    pub year: String,
    pub theme: String,
    pub plan_deadline: String,
    pub midyear_deadline: String,
    pub self_assessment_deadline: String,
    pub rating_deadline: String,
    pub rating_scheme: String,
}

/// A year's settings, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearSettings {
    pub year: i32,
    pub theme: String,
    pub plan_deadline: Option<NaiveDate>,
    pub midyear_deadline: Option<NaiveDate>,
    pub self_assessment_deadline: Option<NaiveDate>,
    pub rating_deadline: Option<NaiveDate>,
    pub rating_scheme: RatingScheme,
}

impl YearSettings {
    /// Checks a form. `year` is the year being edited, or None when one is being opened
    /// (then the form's year field names it). Deadlines fall in the year or, for the
    /// self-assessment and the rating, early in the next one (the year ends before they
    /// do); each comes no earlier than the one before it.
    pub fn parse(input: &YearInput, year: Option<i32>) -> Result<YearSettings, FieldErrors> {
        let mut errors = FieldErrors::new();
        let year_given = year.is_some();
        let year = match year {
            Some(year) => year,
            None => match clean_line(&input.year).parse::<i32>() {
                Ok(y) if (YEAR_MIN..=YEAR_MAX).contains(&y) => y,
                _ => {
                    errors.push((
                        "year",
                        FieldProblem::NumberOutOfRange {
                            min: YEAR_MIN,
                            max: YEAR_MAX,
                        },
                    ));
                    YEAR_MIN
                }
            },
        };
        // Deadlines are checked against the year only once the year is known.
        let year_ok = year_given || errors.is_empty();
        let theme = clean_line(&input.theme);
        if let Err(e) = check_length(&theme, false, THEME_MAX) {
            errors.push(("theme", e.into()));
        }
        let mut previous: Option<NaiveDate> = None;
        let mut deadline = |field: &'static str, text: &str, next_year_too: bool| {
            let date = match parse_date(text) {
                Ok(date) => date,
                Err(problem) => {
                    errors.push((field, problem));
                    return None;
                }
            };
            let date = date?;
            let fits = date.year() == year || (next_year_too && date.year() == year + 1);
            if !fits && year_ok {
                errors.push((field, FieldProblem::DateOutsideYear { year }));
                return None;
            }
            if previous.is_some_and(|p| date < p) {
                errors.push((field, FieldProblem::BeforePreviousDeadline));
                return None;
            }
            previous = Some(date);
            Some(date)
        };
        let plan_deadline = deadline("plan_deadline", &input.plan_deadline, false);
        let midyear_deadline = deadline("midyear_deadline", &input.midyear_deadline, false);
        let self_assessment_deadline = deadline(
            "self_assessment_deadline",
            &input.self_assessment_deadline,
            true,
        );
        let rating_deadline = deadline("rating_deadline", &input.rating_deadline, true);
        let rating_scheme = match input.rating_scheme.trim() {
            "" => RatingScheme::in_force(year),
            text => RatingScheme::parse(text).unwrap_or_else(|| {
                errors.push(("rating_scheme", FieldProblem::InvalidChoice));
                RatingScheme::in_force(year)
            }),
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(YearSettings {
            year,
            theme,
            plan_deadline,
            midyear_deadline,
            self_assessment_deadline,
            rating_deadline,
            rating_scheme,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> YearInput {
        YearInput {
            year: "2027".into(),
            theme: "Năm chuyển đổi số".into(),
            plan_deadline: "31/03/2027".into(),
            midyear_deadline: "15/07/2027".into(),
            self_assessment_deadline: "15/12/2027".into(),
            rating_deadline: "20/01/2028".into(),
            rating_scheme: "".into(),
        }
    }

    #[test]
    fn a_year_is_opened_with_its_deadlines_and_the_scheme_in_force() {
        let year = YearSettings::parse(&input(), None).unwrap();
        assert_eq!(year.year, 2027);
        assert_eq!(year.rating_scheme, RatingScheme::Qd366);
        assert_eq!(year.rating_deadline, NaiveDate::from_ymd_opt(2028, 1, 20));
        assert_eq!(RatingScheme::in_force(2017), RatingScheme::Hd27);
        assert_eq!(RatingScheme::in_force(2019).as_str(), "qd132-2018");
        assert_eq!(RatingScheme::parse("qd124-2023"), Some(RatingScheme::Qd124));
    }

    #[test]
    fn bad_settings_are_named_by_field() {
        type Change = fn(&mut YearInput);
        let cases: Vec<(Change, &str, FieldProblem)> = vec![
            (
                |i| i.year = "năm sau".into(),
                "year",
                FieldProblem::NumberOutOfRange {
                    min: YEAR_MIN,
                    max: YEAR_MAX,
                },
            ),
            (
                |i| i.plan_deadline = "31/03/2026".into(),
                "plan_deadline",
                FieldProblem::DateOutsideYear { year: 2027 },
            ),
            (
                |i| i.midyear_deadline = "30/02/2027".into(),
                "midyear_deadline",
                FieldProblem::InvalidDate,
            ),
            (
                |i| i.midyear_deadline = "01/03/2027".into(),
                "midyear_deadline",
                FieldProblem::BeforePreviousDeadline,
            ),
            (
                |i| i.rating_scheme = "tự chọn".into(),
                "rating_scheme",
                FieldProblem::InvalidChoice,
            ),
            (
                |i| i.theme = "x".repeat(THEME_MAX + 1),
                "theme",
                FieldProblem::TooLong { max: THEME_MAX },
            ),
        ];
        for (change, field, problem) in cases {
            let mut form = input();
            change(&mut form);
            assert_eq!(
                YearSettings::parse(&form, None).unwrap_err(),
                vec![(field, problem)],
                "{field}"
            );
        }
    }

    #[test]
    fn deadlines_may_be_left_open_and_the_year_being_edited_is_kept() {
        let mut form = input();
        form.year = "rác".into();
        form.midyear_deadline = "".into();
        form.rating_deadline = " ".into();
        let year = YearSettings::parse(&form, Some(2027)).unwrap();
        assert_eq!(year.year, 2027);
        assert_eq!(year.midyear_deadline, None);
        assert_eq!(year.rating_deadline, None);
    }

    #[test]
    fn a_closed_year_moves_nowhere() {
        assert!(Phase::Planning.may_move_to(Phase::InProgress));
        assert!(Phase::InProgress.may_move_to(Phase::Planning));
        assert!(Phase::Rating.may_move_to(Phase::Closed));
        assert!(!Phase::Planning.may_move_to(Phase::Planning));
        for to in Phase::all() {
            assert!(!Phase::Closed.may_move_to(*to));
        }
    }
}
