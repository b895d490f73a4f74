//! Pledge items ("nội dung đăng ký"): what a plan promises, defined once here — the fields
//! an author writes ([`Pledge`]), the item as stored with its stable id ([`PledgeItem`],
//! also what an approved version keeps), the form as typed ([`PledgeInput`]) and the
//! difference between two versions ([`changed_fields`]).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::Named;
use super::ids::{ManifestationId, PlanItemId};
use super::text::{TextError, check_length, clean_line, clean_multiline};

pub const CONTENT_MAX: usize = 2000;
pub const RESULT_MAX: usize = 2000;
pub const SHORTCOMINGS_MAX: usize = 4000;
pub const COMMENT_MAX: usize = 2000;
pub const WEIGHT_MIN: i32 = 1;
pub const WEIGHT_MAX: i32 = 10;
pub const RESPONSIBLE_MAX: usize = 300;
/// A collective plan marks "a few" items as the year's key contents: at most this many.
pub const KEY_ITEMS_MAX: usize = 5;

named_enum! {
    pub enum PledgeKind {
        /// A duty assigned to the member or unit.
        AssignedDuty,
        /// Study to raise qualifications.
        Study,
        /// Setting an example.
        Example,
        /// Remedy of a shortcoming (often one of the 27 manifestations).
        Remedy,
        /// An action for the year's theme.
        ThemeAction,
        /// One of a committee's own pressing issues, with its target (its commitment).
        PressingIssue,
    }
}

/// What the kind of plan an item belongs to asks of it (`PlanKind::item_rules`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemRules {
    /// The kinds of item the plan takes.
    pub kinds: &'static [PledgeKind],
    /// Items may be marked as key contents.
    pub has_key_items: bool,
    /// Items name who carries them out.
    pub names_who_is_responsible: bool,
}

/// A problem with one field of a form, to be shown next to that field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldProblem {
    Missing,
    Garbled,
    TooLong {
        max: usize,
    },
    InvalidChoice,
    InvalidDate,
    DateOutsideYear {
        year: i32,
    },
    NumberOutOfRange {
        min: i32,
        max: i32,
    },
    /// Points (decimals allowed) outside 0 to `max`.
    PointsOutOfRange {
        max: i32,
    },
    /// More items marked as key contents than a plan may have.
    TooManyKeyItems {
        max: usize,
    },
    /// A deadline earlier than the one before it.
    BeforePreviousDeadline,
    /// Already there (a year opened twice, a code used twice).
    Taken,
    /// The org unit is closed already.
    UnitClosed,
    /// A unit of this kind (or one that must go along) cannot sit there.
    KindNotAllowed,
    /// The unit has members and the chosen successor holds none.
    MembersNeedACell,
    /// Shorter than `min` characters (a new password).
    TooShort {
        min: usize,
    },
    /// The repeated password differs from the first.
    Mismatch,
    /// Not the account's current password.
    WrongPassword,
    /// Too many wrong passwords lately: try again after this many seconds.
    TryLater {
        seconds: i64,
    },
    /// An uploaded file larger than allowed.
    FileTooLarge {
        max_mb: i32,
    },
}

impl From<TextError> for FieldProblem {
    fn from(error: TextError) -> Self {
        match error {
            TextError::Missing => FieldProblem::Missing,
            TextError::TooLong { max } => FieldProblem::TooLong { max },
            TextError::Garbled => FieldProblem::Garbled,
        }
    }
}

/// Field name and problem, in the order the fields appear on the form.
pub type FieldErrors = Vec<(&'static str, FieldProblem)>;

/// A pledge item exactly as typed into the form; every field is text so that nothing the
/// user typed is lost when the form is shown again.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PledgeInput {
    pub kind: String,
    pub content: String,
    pub expected_result: String,
    pub deadline: String,
    pub weight: String,
    pub manifestation_id: String,
    pub serves_theme: Option<String>,
    pub is_key: Option<String>,
    pub responsible: String,
}

/// What the author of a pledge item writes: a valid item, ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pledge {
    pub kind: PledgeKind,
    pub content: String,
    pub expected_result: String,
    /// Every item has a deadline (QĐ 366's top levels need every item done on time); an
    /// item meant for the whole year is due on 31/12 of the year.
    pub deadline: NaiveDate,
    pub weight: i32,
    pub manifestation_id: Option<ManifestationId>,
    pub serves_theme: bool,
    /// One of the year's key contents of a collective plan.
    #[serde(default)]
    pub is_key: bool,
    /// Who carries it out, in a collective plan or commitment ("Chi ủy; các tổ đảng").
    #[serde(default)]
    pub responsible: String,
}

/// The manifestation an item remedies, as the catalogue labelled it when it was read (an
/// approved version keeps the labels it was approved with).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestationLabel {
    pub code: String,
    pub label_vi: String,
    pub label_en: String,
}

/// A pledge item of a plan: its stable id and place, what it says, and the manifestation it
/// remedies. Approved versions keep these (with their ids), so a year-end outcome can be
/// tied to the pledge that was approved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeItem {
    pub id: PlanItemId,
    pub position: i32,
    #[serde(flatten)]
    pub pledge: Pledge,
    pub manifestation: Option<ManifestationLabel>,
}

/// The last day of `year`: the deadline of an item meant for the whole year.
pub fn whole_year(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX)
}

impl Pledge {
    /// An item of the given kind, weight 1, remedying no manifestation, not tied to the
    /// year's theme (unless it is a theme action).
    pub fn new(
        kind: PledgeKind,
        content: &str,
        expected_result: &str,
        deadline: NaiveDate,
    ) -> Self {
        Pledge {
            kind,
            content: content.to_owned(),
            expected_result: expected_result.to_owned(),
            deadline,
            weight: 1,
            manifestation_id: None,
            serves_theme: kind == PledgeKind::ThemeAction,
            is_key: false,
            responsible: String::new(),
        }
    }

    /// Parses a form for an item of a `plan` kind of plan for `year`. The kind must be one
    /// that plan holds; deadlines must fall within the year (none means the whole year);
    /// the fields the plan does not have (who is responsible, key content) are left empty.
    pub fn parse(input: &PledgeInput, year: i32, plan: ItemRules) -> Result<Pledge, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = PledgeKind::parse(input.kind.trim()).filter(|k| plan.kinds.contains(k));
        if kind.is_none() {
            errors.push(("kind", FieldProblem::InvalidChoice));
        }
        let content = clean_multiline(&input.content);
        if let Err(e) = check_length(&content, true, CONTENT_MAX) {
            errors.push(("content", e.into()));
        }
        let expected_result = clean_multiline(&input.expected_result);
        if let Err(e) = check_length(&expected_result, true, RESULT_MAX) {
            errors.push(("expected_result", e.into()));
        }
        let deadline = match parse_date(&input.deadline) {
            Ok(Some(date)) if date.year() != year => {
                errors.push(("deadline", FieldProblem::DateOutsideYear { year }));
                whole_year(year)
            }
            Ok(date) => date.unwrap_or_else(|| whole_year(year)),
            Err(problem) => {
                errors.push(("deadline", problem));
                whole_year(year)
            }
        };
        let weight_text = clean_line(&input.weight);
        let weight = if weight_text.is_empty() {
            1
        } else {
            match weight_text.parse::<i32>() {
                Ok(w) if (WEIGHT_MIN..=WEIGHT_MAX).contains(&w) => w,
                _ => {
                    errors.push((
                        "weight",
                        FieldProblem::NumberOutOfRange {
                            min: WEIGHT_MIN,
                            max: WEIGHT_MAX,
                        },
                    ));
                    1
                }
            }
        };
        let responsible = if plan.names_who_is_responsible {
            let text = clean_line(&input.responsible);
            if let Err(e) = check_length(&text, false, RESPONSIBLE_MAX) {
                errors.push(("responsible", e.into()));
            }
            text
        } else {
            String::new()
        };
        let manifestation_text = input.manifestation_id.trim();
        let manifestation_id = if manifestation_text.is_empty() {
            None
        } else {
            match manifestation_text.parse::<i64>() {
                Ok(id) if id > 0 => Some(ManifestationId(id)),
                _ => {
                    errors.push(("manifestation_id", FieldProblem::InvalidChoice));
                    None
                }
            }
        };
        match (kind, errors.is_empty()) {
            (Some(kind), true) => Ok(Pledge {
                kind,
                content,
                expected_result,
                deadline,
                weight,
                manifestation_id,
                serves_theme: input.serves_theme.is_some(),
                is_key: plan.has_key_items && input.is_key.is_some(),
                responsible,
            }),
            _ => Err(errors),
        }
    }

    /// Whether the item is meant for the whole year (due on its last day).
    pub fn is_whole_year(&self) -> bool {
        self.deadline == whole_year(self.deadline.year())
    }
}

impl From<&Pledge> for PledgeInput {
    /// The form filled in with a stored item; a whole-year deadline is left empty.
    fn from(pledge: &Pledge) -> Self {
        PledgeInput {
            kind: pledge.kind.as_str().to_owned(),
            content: pledge.content.clone(),
            expected_result: pledge.expected_result.clone(),
            deadline: if pledge.is_whole_year() {
                String::new()
            } else {
                pledge.deadline.format("%d/%m/%Y").to_string()
            },
            weight: pledge.weight.to_string(),
            manifestation_id: pledge
                .manifestation_id
                .map(|m| m.to_string())
                .unwrap_or_default(),
            serves_theme: pledge.serves_theme.then(|| "on".to_owned()),
            is_key: pledge.is_key.then(|| "on".to_owned()),
            responsible: pledge.responsible.clone(),
        }
    }
}

/// The names of the fields that differ between two versions of an item, in field order.
pub fn changed_fields(before: &Pledge, after: &Pledge) -> Vec<String> {
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(before), serde_json::to_value(after))
    else {
        return Vec::new();
    };
    a.iter()
        .filter(|(field, value)| b.get(*field) != Some(*value))
        .map(|(field, _)| field.clone())
        .collect()
}

/// Parses a date typed day first (30/06/2017, 30-06-2017, 30.06.2017, 30/6/2017), or as
/// yyyy-mm-dd (what a date picker sends). Empty means no date.
pub fn parse_date(text: &str) -> Result<Option<NaiveDate>, FieldProblem> {
    let text = clean_line(text).replace(' ', "");
    if text.is_empty() {
        return Ok(None);
    }
    if let Ok(date) = NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
        return Ok(Some(date));
    }
    let day_first = text.replace(['-', '.'], "/");
    NaiveDate::parse_from_str(&day_first, "%d/%m/%Y")
        .ok()
        .filter(|d| d.year() >= 1000)
        .map(Some)
        .ok_or(FieldProblem::InvalidDate)
}

/// Parses a date that must be given: empty is `Missing`.
pub fn parse_required_date(text: &str) -> Result<NaiveDate, FieldProblem> {
    parse_date(text)?.ok_or(FieldProblem::Missing)
}

/// Parses the free text of a plan's own shortcomings.
pub fn parse_shortcomings(text: &str) -> Result<String, FieldProblem> {
    let text = clean_multiline(text);
    check_length(&text, false, SHORTCOMINGS_MAX)?;
    Ok(text)
}

/// Parses a comment; whether one is required depends on the action.
pub fn parse_comment(text: &str) -> Result<String, FieldProblem> {
    let text = clean_multiline(text);
    check_length(&text, false, COMMENT_MAX)?;
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_required_date_is_missing_when_empty_and_invalid_when_garbled() {
        assert_eq!(parse_required_date(" "), Err(FieldProblem::Missing));
        assert_eq!(
            parse_required_date("31/02/2026"),
            Err(FieldProblem::InvalidDate)
        );
        assert_eq!(
            parse_required_date("1/7/2025"),
            Ok(NaiveDate::from_ymd_opt(2025, 7, 1).unwrap())
        );
    }

    use crate::domain::plan::PlanKind;

    fn input() -> PledgeInput {
        PledgeInput {
            kind: "assigned_duty".into(),
            content: "Hoàn thành 100% hồ sơ một cửa đúng hạn".into(),
            expected_result: "Không có hồ sơ trễ hạn".into(),
            deadline: "31/12/2017".into(),
            weight: "2".into(),
            manifestation_id: "".into(),
            serves_theme: Some("on".into()),
            is_key: None,
            responsible: "".into(),
        }
    }

    #[test]
    fn each_plan_holds_its_own_kinds_of_items_and_fields() {
        // A pressing issue belongs to the standing committee's commitment only.
        let mut form = input();
        form.kind = "pressing_issue".into();
        form.responsible = "Ban Tuyên giáo".into();
        form.is_key = Some("on".into());
        assert_eq!(
            Pledge::parse(&form, 2017, PlanKind::Personal.item_rules()).unwrap_err(),
            vec![("kind", FieldProblem::InvalidChoice)]
        );
        let issue = Pledge::parse(
            &form,
            2017,
            PlanKind::UpperCollectiveCommitment.item_rules(),
        )
        .unwrap();
        assert_eq!(issue.responsible, "Ban Tuyên giáo");
        assert!(!issue.is_key, "only collective plans mark key contents");
        // A collective plan names who is responsible and marks key contents.
        form.kind = "assigned_duty".into();
        let collective = Pledge::parse(&form, 2017, PlanKind::Collective.item_rules()).unwrap();
        assert!(collective.is_key);
        assert_eq!(collective.responsible, "Ban Tuyên giáo");
        // A personal plan has neither: the member is responsible.
        let personal = Pledge::parse(&form, 2017, PlanKind::Personal.item_rules()).unwrap();
        assert!(!personal.is_key);
        assert_eq!(personal.responsible, "");
        // The secretary's commitment holds its four parts and nothing else.
        for kind in ["example", "study", "remedy", "assigned_duty"] {
            form.kind = kind.into();
            assert!(
                Pledge::parse(&form, 2017, PlanKind::UpperSecretaryCommitment.item_rules()).is_ok()
            );
        }
        form.kind = "theme_action".into();
        assert!(
            Pledge::parse(&form, 2017, PlanKind::UpperSecretaryCommitment.item_rules()).is_err()
        );
        form.kind = "study".into();
        form.responsible = "x".repeat(RESPONSIBLE_MAX + 1);
        assert_eq!(
            Pledge::parse(&form, 2017, PlanKind::Collective.item_rules()).unwrap_err(),
            vec![(
                "responsible",
                FieldProblem::TooLong {
                    max: RESPONSIBLE_MAX
                }
            )]
        );
    }

    #[test]
    fn approved_versions_kept_before_key_contents_still_read() {
        let old = serde_json::json!({
            "id": 7, "position": 1, "kind": "study", "content": "Học", "expected_result": "Xong",
            "deadline": "2017-12-31", "weight": 1, "manifestation_id": null,
            "serves_theme": false, "manifestation": null
        });
        let item: PledgeItem = serde_json::from_value(old).unwrap();
        assert!(!item.pledge.is_key);
        assert_eq!(item.pledge.responsible, "");
    }

    #[test]
    fn a_complete_form_becomes_a_pledge() {
        let pledge = Pledge::parse(&input(), 2017, PlanKind::Personal.item_rules()).unwrap();
        assert_eq!(pledge.kind, PledgeKind::AssignedDuty);
        assert_eq!(Some(pledge.deadline), NaiveDate::from_ymd_opt(2017, 12, 31));
        assert_eq!(pledge.weight, 2);
        assert!(pledge.serves_theme);
        assert_eq!(pledge.manifestation_id, None);
    }

    #[test]
    fn dates_are_understood_as_people_type_them() {
        let d = NaiveDate::from_ymd_opt(2017, 3, 15);
        for typed in [
            "15/03/2017",
            "15/3/2017",
            "15-03-2017",
            "15.03.2017",
            " 15 / 03 / 2017 ",
            "2017-03-15",
        ] {
            assert_eq!(parse_date(typed), Ok(d), "{typed}");
        }
        assert_eq!(parse_date(" "), Ok(None));
        for bad in ["03/15/2017", "15/03/17", "15/03", "2017", "hôm nay"] {
            assert_eq!(parse_date(bad), Err(FieldProblem::InvalidDate), "{bad}");
        }
    }

    #[test]
    fn invalid_forms_report_every_bad_field() {
        // (what to change, the field that must be reported, the problem)
        type Change = fn(&mut PledgeInput);
        let cases: Vec<(Change, &str, FieldProblem)> = vec![
            (
                |i| i.kind = "bribe".into(),
                "kind",
                FieldProblem::InvalidChoice,
            ),
            (|i| i.kind = "".into(), "kind", FieldProblem::InvalidChoice),
            (
                |i| i.content = " \n ".into(),
                "content",
                FieldProblem::Missing,
            ),
            (
                |i| i.content = "x".repeat(CONTENT_MAX + 1),
                "content",
                FieldProblem::TooLong { max: CONTENT_MAX },
            ),
            (
                |i| i.expected_result = "".into(),
                "expected_result",
                FieldProblem::Missing,
            ),
            (
                |i| i.deadline = "31/02/2017".into(),
                "deadline",
                FieldProblem::InvalidDate,
            ),
            (
                |i| i.deadline = "ngày mai".into(),
                "deadline",
                FieldProblem::InvalidDate,
            ),
            (
                |i| i.deadline = "01/01/2018".into(),
                "deadline",
                FieldProblem::DateOutsideYear { year: 2017 },
            ),
            (
                |i| i.weight = "0".into(),
                "weight",
                FieldProblem::NumberOutOfRange { min: 1, max: 10 },
            ),
            (
                |i| i.weight = "1e9".into(),
                "weight",
                FieldProblem::NumberOutOfRange { min: 1, max: 10 },
            ),
            (
                |i| i.manifestation_id = "-3".into(),
                "manifestation_id",
                FieldProblem::InvalidChoice,
            ),
        ];
        for (change, field, problem) in cases {
            let mut form = input();
            change(&mut form);
            let errors = Pledge::parse(&form, 2017, PlanKind::Personal.item_rules()).unwrap_err();
            assert_eq!(errors, vec![(field, problem)], "{field}");
        }
    }

    #[test]
    fn several_problems_are_reported_together() {
        let errors = Pledge::parse(
            &PledgeInput::default(),
            2017,
            PlanKind::Personal.item_rules(),
        )
        .unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, vec!["kind", "content", "expected_result"]);
    }

    #[test]
    fn an_item_without_a_deadline_is_for_the_whole_year() {
        let mut form = input();
        form.deadline = " ".into();
        let pledge = Pledge::parse(&form, 2017, PlanKind::Personal.item_rules()).unwrap();
        assert_eq!(Some(pledge.deadline), NaiveDate::from_ymd_opt(2017, 12, 31));
        assert!(pledge.is_whole_year());
        form.deadline = "30/06/2017".into();
        assert!(
            !Pledge::parse(&form, 2017, PlanKind::Personal.item_rules())
                .unwrap()
                .is_whole_year()
        );
    }

    #[test]
    fn a_stored_item_fills_the_form_it_came_from() {
        let mut form = input();
        form.deadline = "05/09/2017".into();
        form.manifestation_id = "12".into();
        let pledge = Pledge::parse(&form, 2017, PlanKind::Personal.item_rules()).unwrap();
        let again = PledgeInput::from(&pledge);
        assert_eq!(again.deadline, "05/09/2017");
        assert_eq!(again.manifestation_id, "12");
        assert_eq!(
            Pledge::parse(&again, 2017, PlanKind::Personal.item_rules()).unwrap(),
            pledge
        );
        // a whole-year item comes back with the deadline left empty
        form.deadline = "31/12/2017".into();
        let whole = Pledge::parse(&form, 2017, PlanKind::Personal.item_rules()).unwrap();
        assert_eq!(PledgeInput::from(&whole).deadline, "");
    }

    #[test]
    fn the_fields_that_changed_are_named_in_field_order() {
        let before = Pledge::parse(&input(), 2017, PlanKind::Personal.item_rules()).unwrap();
        let mut after = before.clone();
        assert!(changed_fields(&before, &after).is_empty());
        after.weight = 3;
        after.content = "Nội dung mới".into();
        assert_eq!(changed_fields(&before, &after), vec!["content", "weight"]);
    }

    #[test]
    fn an_approved_item_keeps_its_id_through_json() {
        let item = PledgeItem {
            id: PlanItemId(42),
            position: 1,
            pledge: Pledge::parse(&input(), 2017, PlanKind::Personal.item_rules()).unwrap(),
            manifestation: Some(ManifestationLabel {
                code: "B4".into(),
                label_vi: "Tham nhũng, lãng phí".into(),
                label_en: "Corruption, waste".into(),
            }),
        };
        let json = serde_json::to_value(&item).unwrap();
        assert_eq!(json["id"], 42);
        assert_eq!(json["kind"], "assigned_duty");
        assert_eq!(json["deadline"], "2017-12-31");
        let back: PledgeItem = serde_json::from_value(json).unwrap();
        assert_eq!(back, item);
    }

    #[test]
    fn markup_is_kept_as_text_and_an_empty_weight_means_one() {
        let mut form = input();
        form.content = "<script>alert(1)</script>".into();
        form.weight = "".into();
        let pledge = Pledge::parse(&form, 2017, PlanKind::Personal.item_rules()).unwrap();
        assert_eq!(pledge.content, "<script>alert(1)</script>");
        assert_eq!(pledge.weight, 1);
    }
}
