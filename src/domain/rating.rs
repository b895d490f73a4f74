//! Year-end quality ratings (../shared/domain.md §5): how pledge fulfilment, the cell's
//! assessment and the recorded facts of a year become a level, under the scheme the year
//! names, with the quota and an explanation of every step. Pure code: the pages, the
//! `score` job and the `rate` command all call [`rate`].
//!
//! A scheme's choices are [`Params`], stored with the year and with every rating, so a
//! rating is never recomputed under other rules. Where the rules leave a choice it is a
//! named parameter; the defaults are documented on each field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::year::RatingScheme;

named_enum! {
    /// The four levels, best first (the same codes since 2018; `hd27-2014` names them
    /// differently, see [`Level::label`]).
    pub enum Level {
        #[strum(serialize = "HTXSNV")]
        #[serde(rename = "HTXSNV")]
        Excellent,
        #[strum(serialize = "HTTNV")]
        #[serde(rename = "HTTNV")]
        Good,
        #[strum(serialize = "HTNV")]
        #[serde(rename = "HTNV")]
        Completed,
        #[strum(serialize = "KHTNV")]
        #[serde(rename = "KHTNV")]
        NotCompleted,
    }
}

impl Level {
    /// Higher is better.
    pub fn rank(self) -> u8 {
        match self {
            Level::Excellent => 3,
            Level::Good => 2,
            Level::Completed => 1,
            Level::NotCompleted => 0,
        }
    }

    /// The official wording, for a member or an organisation, under a scheme.
    pub fn label(self, scheme: RatingScheme, organisation: bool) -> &'static str {
        match (scheme, organisation, self) {
            (RatingScheme::Hd27, false, Level::Excellent) => {
                "Đủ tư cách, hoàn thành xuất sắc nhiệm vụ"
            }
            (RatingScheme::Hd27, false, Level::Good) => "Đủ tư cách, hoàn thành tốt nhiệm vụ",
            (RatingScheme::Hd27, false, Level::Completed) => "Đủ tư cách, hoàn thành nhiệm vụ",
            (RatingScheme::Hd27, false, Level::NotCompleted) => {
                "Vi phạm tư cách hoặc không hoàn thành nhiệm vụ"
            }
            (RatingScheme::Hd27, true, Level::Excellent) => "Trong sạch, vững mạnh",
            (RatingScheme::Hd27, true, Level::Good) => "Hoàn thành tốt nhiệm vụ",
            (RatingScheme::Hd27, true, Level::Completed) => "Hoàn thành nhiệm vụ",
            (RatingScheme::Hd27, true, Level::NotCompleted) => "Yếu kém",
            (_, _, Level::Excellent) => "Hoàn thành xuất sắc nhiệm vụ",
            (_, _, Level::Good) => "Hoàn thành tốt nhiệm vụ",
            (_, _, Level::Completed) => "Hoàn thành nhiệm vụ",
            (_, _, Level::NotCompleted) => "Không hoàn thành nhiệm vụ",
        }
    }
}

named_enum! {
    /// How an approved pledge item ended, as the cell assessed it.
    pub enum Outcome {
        Exceeded,
        OnTime,
        Late,
        NotDone,
    }
}

named_enum! {
    /// Why a member is listed as "chưa xếp loại" instead of rated.
    pub enum NotRated {
        Exempted,
        Suspended,
        /// Admitted less than six months before the end of the year.
        NewMember,
        /// Long leave for illness, maternity or training.
        Leave,
        UnderInspection,
    }
}

named_enum! {
    /// A fact recorded in the year that makes the level "không hoàn thành nhiệm vụ"
    /// whatever the points.
    pub enum Trigger {
        /// Disciplined in the year (under `qd366-2025`, unless the violation was detected
        /// and remedied by the member or organisation itself).
        Disciplined,
        /// Concluded by an authority to show degradation, "tự diễn biến", "tự chuyển hóa".
        Degradation,
        /// Violated the things members must not do.
        Prohibited,
        /// Violated the duty to set an example.
        ExampleDuty,
        /// (`qd132-2018`, `qd124-2023`) under the share of assigned targets done.
        TargetsMissed,
        /// (`hd27-2014`, a cell) more than half of its members did not complete their tasks.
        MembersFailed,
        /// (local guides) heads a collective that did less than the required share of its
        /// items.
        CollectiveFailed,
    }
}

named_enum! {
    /// A grade of one criterion under `qd132-2018` and `qd124-2023`.
    pub enum Grade {
        /// Xuất sắc.
        Outstanding,
        /// Tốt.
        Good,
        /// Trung bình.
        Average,
        /// Kém.
        Poor,
    }
}

impl Grade {
    fn rank(self) -> u8 {
        match self {
            Grade::Outstanding => 3,
            Grade::Good => 2,
            Grade::Average => 1,
            Grade::Poor => 0,
        }
    }
}

/// The quota on excellent ratings: at most `percent` % of the number rated good, counted
/// on the final ratings, within each scope (the grassroots organisation, for members; the
/// deciding committee, for organisations).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quota {
    /// 20 by the rules; a deciding body allowed to raise it (up to 25) records why.
    pub percent: u32,
    pub raised_because: Option<String>,
    /// Whether the head of a unit counts in the unit's quota. Default true (the national
    /// rule); some local guides leave the head out.
    pub head_counted: bool,
}

/// The choices of a scheme, stored with the year and with every rating.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Params {
    pub scheme: RatingScheme,
    /// Points of the common criteria (the cell's assessment): 30 of 100.
    pub common_max: f64,
    /// Points of the task results (the pledges, weighted): 70 of 100.
    pub task_max: f64,
    /// Fewest points for excellent, good and completed: 90, 70, 50.
    pub excellent_points: f64,
    pub good_points: f64,
    pub completed_points: f64,
    /// Excellent needs at least this share of items exceeded: 30 %.
    pub excellent_exceeded_percent: u32,
    /// Completed allows at most this share of items done late: 20 %.
    pub completed_late_percent: u32,
    /// The share of an item's points a late item earns (the rules leave it open): 50 %.
    /// An exceeded or on-time item earns all of its points, one not done none.
    pub late_credit_percent: u32,
    /// (`qd132-2018`, `qd124-2023`) fewest share of targets done, under which the member is
    /// "không hoàn thành": 50 %. (`hd27-2014`, a cell) the share of members not completing
    /// their tasks above which the cell is "yếu kém": 50 %.
    pub targets_done_percent: u32,
    /// Points are rounded to this many decimals (half away from zero): 1.
    pub decimals: u32,
    /// None under `hd27-2014`, which had no quota.
    pub quota: Option<Quota>,
    /// (local guides) the head of a unit is never rated above the collective they lead.
    /// Off by default.
    #[serde(default)]
    pub head_capped_by_collective: bool,
    /// (local guides) a collective that did less than this share of its items makes its
    /// head "không hoàn thành" (70 in the guides that have it). None by default.
    #[serde(default)]
    pub head_fails_below_percent: Option<u32>,
}

impl Params {
    /// The parameters a scheme starts with.
    pub fn default_for(scheme: RatingScheme) -> Params {
        Params {
            scheme,
            common_max: 30.0,
            task_max: 70.0,
            excellent_points: 90.0,
            good_points: 70.0,
            completed_points: 50.0,
            excellent_exceeded_percent: 30,
            completed_late_percent: 20,
            late_credit_percent: 50,
            targets_done_percent: 50,
            decimals: 1,
            quota: (scheme != RatingScheme::Hd27).then_some(Quota {
                percent: 20,
                raised_because: None,
                head_counted: true,
            }),
            head_capped_by_collective: false,
            head_fails_below_percent: None,
        }
    }

    /// The parameters make sense: what is wrong, if not.
    pub fn check(&self) -> Result<(), String> {
        let points = [
            self.common_max,
            self.task_max,
            self.excellent_points,
            self.good_points,
            self.completed_points,
        ];
        if points.iter().any(|p| !p.is_finite() || *p < 0.0) {
            return Err("points must be finite and not negative".into());
        }
        if !(self.excellent_points >= self.good_points && self.good_points >= self.completed_points)
        {
            return Err("thresholds must not increase from excellent down".into());
        }
        let percents = [
            self.excellent_exceeded_percent,
            self.completed_late_percent,
            self.late_credit_percent,
            self.targets_done_percent,
        ];
        if percents.iter().any(|p| *p > 100)
            || self.head_fails_below_percent.is_some_and(|p| p > 100)
            || self.decimals > 4
        {
            return Err("a share is at most 100 % and points have at most 4 decimals".into());
        }
        if let Some(quota) = &self.quota {
            if quota.percent > 25 {
                return Err("the quota is at most 25 % of those rated good".into());
            }
            let reason = quota.raised_because.as_deref().unwrap_or("").trim();
            if quota.percent > 20 && reason.is_empty() {
                return Err("a quota above 20 % needs its reason".into());
            }
        }
        Ok(())
    }

    fn round(&self, points: f64) -> f64 {
        let scale = 10f64.powi(i32::try_from(self.decimals).unwrap_or(1));
        (points * scale).round() / scale
    }
}

/// The parameters an administrator may set for a year, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ParamsInput {
    pub late_credit_percent: String,
    pub quota_percent: String,
    pub quota_reason: String,
    pub head_counted: Option<String>,
    pub head_capped_by_collective: Option<String>,
    pub head_fails_below_percent: String,
}

impl ParamsInput {
    /// The form filled in from `params`.
    pub fn of(params: &Params) -> ParamsInput {
        ParamsInput {
            late_credit_percent: params.late_credit_percent.to_string(),
            quota_percent: params
                .quota
                .as_ref()
                .map(|q| q.percent.to_string())
                .unwrap_or_default(),
            quota_reason: params
                .quota
                .as_ref()
                .and_then(|q| q.raised_because.clone())
                .unwrap_or_default(),
            head_counted: params
                .quota
                .as_ref()
                .is_none_or(|q| q.head_counted)
                .then(|| "on".to_owned()),
            head_capped_by_collective: params.head_capped_by_collective.then(|| "on".to_owned()),
            head_fails_below_percent: params
                .head_fails_below_percent
                .map(|p| p.to_string())
                .unwrap_or_default(),
        }
    }
}

impl Params {
    /// The scheme's defaults with what the administrator set: the late items' credit, the
    /// quota's share (above 20 % only with its reason, at most 25 %; none under a scheme
    /// without a quota), whether heads count in the quota, and the head rules.
    pub fn from_input(
        scheme: RatingScheme,
        input: &ParamsInput,
    ) -> Result<Params, Vec<(&'static str, crate::domain::pledge::FieldProblem)>> {
        use crate::domain::pledge::FieldProblem;
        let mut params = Params::default_for(scheme);
        let mut problems = Vec::new();
        let percent = |field: &'static str,
                       text: &str,
                       max: u32,
                       problems: &mut Vec<(&'static str, FieldProblem)>|
         -> Option<u32> {
            let text = text.trim().trim_end_matches('%').trim();
            if text.is_empty() {
                return None;
            }
            match text.parse::<u32>() {
                Ok(p) if p <= max => Some(p),
                _ => {
                    problems.push((
                        field,
                        FieldProblem::NumberOutOfRange {
                            min: 0,
                            max: i32::try_from(max).unwrap_or(100),
                        },
                    ));
                    None
                }
            }
        };
        match percent(
            "late_credit_percent",
            &input.late_credit_percent,
            100,
            &mut problems,
        ) {
            Some(p) => params.late_credit_percent = p,
            None if input.late_credit_percent.trim().is_empty() => {
                problems.push(("late_credit_percent", FieldProblem::Missing));
            }
            None => {}
        }
        params.head_fails_below_percent = percent(
            "head_fails_below_percent",
            &input.head_fails_below_percent,
            100,
            &mut problems,
        );
        params.head_capped_by_collective = input.head_capped_by_collective.is_some();
        if let Some(quota) = params.quota.as_mut() {
            if let Some(p) = percent("quota_percent", &input.quota_percent, 25, &mut problems) {
                quota.percent = p;
            } else if input.quota_percent.trim().is_empty() {
                problems.push(("quota_percent", FieldProblem::Missing));
            }
            let reason = crate::domain::text::clean_multiline(&input.quota_reason);
            if quota.percent > 20 && reason.is_empty() {
                problems.push(("quota_reason", FieldProblem::Missing));
            }
            if reason.chars().count() > 1000 {
                problems.push(("quota_reason", FieldProblem::TooLong { max: 1000 }));
            }
            quota.raised_because = (!reason.is_empty()).then_some(reason);
            quota.head_counted = input.head_counted.is_some();
        }
        if problems.is_empty() {
            Ok(params)
        } else {
            Err(problems)
        }
    }
}

/// One approved pledge item at year-end.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ItemResult {
    pub outcome: Outcome,
    /// Relative weight (1 when the plan gives none).
    pub weight: u32,
    /// The plan item it is (for the pages, which name it), when it comes from the database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<i64>,
    /// Only its writer assessed it so far: the outcome is theirs, not yet the cell's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unconfirmed: bool,
    /// Nobody assessed it yet: it counts as not done until someone does.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unassessed: bool,
}

impl ItemResult {
    pub fn new(outcome: Outcome, weight: u32) -> ItemResult {
        ItemResult {
            outcome,
            weight,
            item: None,
            unconfirmed: false,
            unassessed: false,
        }
    }
}

/// A member's year, as the cell and the committee recorded it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberCase {
    pub id: String,
    /// The quota's scope: the grassroots organisation's code.
    pub org: String,
    pub items: Vec<ItemResult>,
    /// The cell's points for the common criteria (0 to `common_max`).
    pub common_points: f64,
    /// Shortcomings registered for remedy and not fixed.
    pub shortcomings_open: u32,
    pub disciplined: bool,
    /// The violation was detected and remedied by the member.
    pub self_detected: bool,
    pub degradation: bool,
    pub prohibited: bool,
    pub example_duty: bool,
    pub not_rated: Option<NotRated>,
    /// Heads the unit (its secretary): see [`Quota::head_counted`].
    #[serde(default)]
    pub head: bool,
    /// How the collective the member heads (as its secretary) was rated, for the head
    /// rules of [`Params`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leads: Option<Collective>,
}

/// The rating of the collective a member heads, and the share of its items done.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Collective {
    pub level: Level,
    pub done_percent: f64,
}

/// What the members of an organisation were rated, for the rules that depend on them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct MemberTally {
    /// Members rated (not "chưa xếp loại").
    pub rated: u32,
    pub good_or_better: u32,
    pub completed_or_better: u32,
}

/// An organisation's year: its collective plan's items and what was recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgCase {
    pub id: String,
    /// The quota's scope: the deciding committee's code.
    pub scope: String,
    pub items: Vec<ItemResult>,
    pub common_points: f64,
    pub shortcomings_open: u32,
    pub disciplined: bool,
    pub self_detected: bool,
    pub degradation: bool,
    /// A subordinate unit or a member of its leadership was disciplined in the year.
    pub below_disciplined: bool,
    pub members: MemberTally,
    /// A cell (not a grassroots organisation with cells of its own).
    pub is_cell: bool,
}

named_enum! {
    /// A condition a level asks for.
    pub enum Test {
        PointsAtLeast,
        AllOnTime,
        ExceededShareAtLeast,
        ShortcomingsFixed,
        AllDone,
        LateShareAtMost,
        TaskGradeAtLeast,
        CommonGradeAtLeast,
        NoDisciplineBelow,
        MembersCompletedAll,
        MembersGoodShareAtLeast,
    }
}

/// One step of an explanation, in the order it was taken. The pages word them in the
/// reader's language; the `rate` command prints them as they are.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// The scheme and the parameters used.
    Scheme {
        params: Box<Params>,
    },
    NotRated {
        reason: NotRated,
    },
    /// An item's share of the task points.
    Item {
        index: usize,
        outcome: Outcome,
        weight: u32,
        points: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<i64>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        unconfirmed: bool,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        unassessed: bool,
    },
    Points {
        common: f64,
        tasks: f64,
        total: f64,
    },
    Grades {
        tasks: Grade,
        common: Grade,
    },
    /// A condition of a level, met or not: `value` against `required`.
    Condition {
        level: Level,
        test: Test,
        met: bool,
        value: f64,
        required: f64,
    },
    Trigger {
        trigger: Trigger,
    },
    /// The level the conditions give, before the quota.
    Proposed {
        level: Level,
    },
    /// (local guides) capped at the level of the collective the member heads.
    HeadCapped {
        collective: Level,
    },
    /// Moved from excellent to good by the quota: `allowed` may stay excellent in the scope,
    /// `qualified` qualified; at the boundary, `tie` others had the same points.
    Quota {
        scope: String,
        allowed: u32,
        qualified: u32,
        moved_down: bool,
        tie: bool,
    },
}

/// A rating, before and after the quota, with its explanation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rating {
    pub id: String,
    /// None: "chưa xếp loại".
    pub level: Option<Level>,
    pub points: Option<f64>,
    pub before_quota: Option<Level>,
    pub moved_by_quota: bool,
    pub tie_at_boundary: bool,
    pub not_rated: Option<NotRated>,
    pub explanation: Vec<Step>,
    #[serde(skip)]
    scope: String,
    #[serde(skip)]
    head: bool,
}

/// How the items went, in shares of their count.
#[derive(Debug, Clone, Copy)]
struct ItemShares {
    count: u32,
    on_time: u32,
    exceeded: u32,
    late: u32,
    done: u32,
}

fn shares(items: &[ItemResult]) -> ItemShares {
    let count = u32::try_from(items.len()).unwrap_or(u32::MAX);
    let of = |f: &dyn Fn(Outcome) -> bool| {
        u32::try_from(items.iter().filter(|i| f(i.outcome)).count()).unwrap_or(u32::MAX)
    };
    ItemShares {
        count,
        on_time: of(&|o| matches!(o, Outcome::Exceeded | Outcome::OnTime)),
        exceeded: of(&|o| o == Outcome::Exceeded),
        late: of(&|o| o == Outcome::Late),
        done: of(&|o| o != Outcome::NotDone),
    }
}

/// A share in percent; an empty plan has 0 % of anything.
fn percent(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        0.0
    } else {
        f64::from(part) * 100.0 / f64::from(whole)
    }
}

/// The task points and each item's part of them: `task_max` spread over the items by
/// weight, earned whole when exceeded or on time, `late_credit_percent` when late.
fn task_points(params: &Params, items: &[ItemResult], steps: &mut Vec<Step>) -> f64 {
    let total_weight: u64 = items.iter().map(|i| u64::from(i.weight)).sum();
    if total_weight == 0 {
        return 0.0;
    }
    let mut sum = 0.0;
    for (index, item) in items.iter().enumerate() {
        let credit = match item.outcome {
            Outcome::Exceeded | Outcome::OnTime => 1.0,
            Outcome::Late => f64::from(params.late_credit_percent) / 100.0,
            Outcome::NotDone => 0.0,
        };
        #[allow(clippy::cast_precision_loss)]
        let points = params.task_max * f64::from(item.weight) / total_weight as f64 * credit;
        sum += points;
        steps.push(Step::Item {
            index,
            outcome: item.outcome,
            weight: item.weight,
            points: params.round(points),
            item: item.item,
            unconfirmed: item.unconfirmed,
            unassessed: item.unassessed,
        });
    }
    sum
}

/// A criterion's grade from its share of the points: 90 % outstanding, 70 % good, 50 %
/// average (the scheme's point thresholds, as shares).
fn grade(params: &Params, share: f64) -> Grade {
    let of_100 = |p: f64| p / 100.0;
    if share >= of_100(params.excellent_points) {
        Grade::Outstanding
    } else if share >= of_100(params.good_points) {
        Grade::Good
    } else if share >= of_100(params.completed_points) {
        Grade::Average
    } else {
        Grade::Poor
    }
}

/// A condition's test, its value, what it requires and whether it is met.
type Check = (Test, f64, f64, bool);

/// Checks the conditions of each level from the best down, recording each; the first level
/// whose conditions all hold. Below every level: not completed.
fn highest(levels: &[(Level, Vec<Check>)], steps: &mut Vec<Step>) -> Level {
    for (level, tests) in levels {
        let mut all = true;
        for (test, value, required, met) in tests {
            steps.push(Step::Condition {
                level: *level,
                test: *test,
                met: *met,
                value: *value,
                required: *required,
            });
            all &= met;
        }
        if all {
            return *level;
        }
    }
    Level::NotCompleted
}

/// The parts every case has, whoever is rated.
struct Common<'a> {
    items: &'a [ItemResult],
    common_points: f64,
    shortcomings_open: u32,
}

/// The common criteria's points (clamped to their maximum) and the task points, recorded.
fn total_points(params: &Params, case: &Common<'_>, steps: &mut Vec<Step>) -> f64 {
    let common = case.common_points.clamp(0.0, params.common_max);
    let tasks = task_points(params, case.items, steps);
    let total = params.round(common + tasks);
    steps.push(Step::Points {
        common: params.round(common),
        tasks: params.round(tasks),
        total,
    });
    total
}

/// Points and the points-based conditions (`qd366-2025` and `hd27-2014`).
fn by_points(
    params: &Params,
    case: &Common<'_>,
    extra_excellent: &[Check],
    steps: &mut Vec<Step>,
) -> (f64, Level) {
    let total = total_points(params, case, steps);
    let s = shares(case.items);
    let all_on_time = s.on_time == s.count;
    let all_done = s.done == s.count;
    let points = |min: f64| (Test::PointsAtLeast, total, min, total >= min);
    let on_time = (
        Test::AllOnTime,
        percent(s.on_time, s.count),
        100.0,
        all_on_time,
    );
    let level = if params.scheme == RatingScheme::Hd27 {
        highest(
            &[
                (
                    Level::Excellent,
                    [
                        vec![points(params.excellent_points), on_time],
                        extra_excellent.to_vec(),
                    ]
                    .concat(),
                ),
                (Level::Good, vec![points(params.good_points)]),
                (Level::Completed, vec![points(params.completed_points)]),
            ],
            steps,
        )
    } else {
        let exceeded = percent(s.exceeded, s.count);
        let late = percent(s.late, s.count);
        let wanted_exceeded = f64::from(params.excellent_exceeded_percent);
        let allowed_late = f64::from(params.completed_late_percent);
        let fixed = (
            Test::ShortcomingsFixed,
            f64::from(case.shortcomings_open),
            0.0,
            case.shortcomings_open == 0,
        );
        highest(
            &[
                (
                    Level::Excellent,
                    [
                        vec![
                            points(params.excellent_points),
                            on_time,
                            (
                                Test::ExceededShareAtLeast,
                                exceeded,
                                wanted_exceeded,
                                exceeded >= wanted_exceeded,
                            ),
                            fixed,
                        ],
                        extra_excellent.to_vec(),
                    ]
                    .concat(),
                ),
                (Level::Good, vec![points(params.good_points), on_time]),
                (
                    Level::Completed,
                    vec![
                        points(params.completed_points),
                        (Test::AllDone, percent(s.done, s.count), 100.0, all_done),
                        (
                            Test::LateShareAtMost,
                            late,
                            allowed_late,
                            late <= allowed_late,
                        ),
                    ],
                ),
            ],
            steps,
        )
    };
    (total, level)
}

/// Grades of the task results and of the common criteria, and the grade-based levels
/// (`qd132-2018`, `qd124-2023`). The points are kept for the quota's order.
fn by_grades(
    params: &Params,
    case: &Common<'_>,
    extra_good: &[Check],
    steps: &mut Vec<Step>,
) -> (f64, Level, bool) {
    let total = total_points(params, case, steps);
    let s = shares(case.items);
    let task_grade = if s.count > 0
        && s.on_time == s.count
        && percent(s.exceeded, s.count) >= f64::from(params.excellent_exceeded_percent)
    {
        Grade::Outstanding
    } else if s.count > 0 && s.on_time == s.count {
        Grade::Good
    } else if s.count > 0 && percent(s.done, s.count) >= f64::from(params.targets_done_percent) {
        Grade::Average
    } else {
        Grade::Poor
    };
    let common_grade = if params.common_max > 0.0 {
        grade(
            params,
            case.common_points.clamp(0.0, params.common_max) / params.common_max,
        )
    } else {
        Grade::Good
    };
    steps.push(Step::Grades {
        tasks: task_grade,
        common: common_grade,
    });
    let at_least = |test: Test, g: Grade, min: Grade| {
        (
            test,
            f64::from(g.rank()),
            f64::from(min.rank()),
            g.rank() >= min.rank(),
        )
    };
    let needs = |task: Grade, common: Grade, extra: &[Check]| {
        [
            vec![
                at_least(Test::TaskGradeAtLeast, task_grade, task),
                at_least(Test::CommonGradeAtLeast, common_grade, common),
            ],
            extra.to_vec(),
        ]
        .concat()
    };
    let level = highest(
        &[
            (
                Level::Excellent,
                needs(Grade::Outstanding, Grade::Good, extra_good),
            ),
            (Level::Good, needs(Grade::Good, Grade::Good, extra_good)),
            (Level::Completed, needs(Grade::Average, Grade::Average, &[])),
        ],
        steps,
    );
    let targets_missed = percent(s.done, s.count) < f64::from(params.targets_done_percent);
    (total, level, targets_missed)
}

/// The triggers every scheme knows: discipline in the year (excused under `qd366-2025`
/// when the violation was self-detected and remedied) and a conclusion of degradation.
fn recorded(
    scheme: RatingScheme,
    disciplined: bool,
    self_detected: bool,
    degradation: bool,
) -> Vec<Trigger> {
    let excused = scheme == RatingScheme::Qd366 && self_detected;
    let mut triggers = Vec::new();
    if disciplined && !excused {
        triggers.push(Trigger::Disciplined);
    }
    if degradation {
        triggers.push(Trigger::Degradation);
    }
    triggers
}

/// A member's proposed level before the quota.
pub fn rate_member(params: &Params, case: &MemberCase) -> Rating {
    let mut steps = vec![Step::Scheme {
        params: Box::new(params.clone()),
    }];
    let blank = |steps: Vec<Step>| Rating {
        id: case.id.clone(),
        level: None,
        points: None,
        before_quota: None,
        moved_by_quota: false,
        tie_at_boundary: false,
        not_rated: case.not_rated,
        explanation: steps,
        scope: case.org.clone(),
        head: case.head,
    };
    if let Some(reason) = case.not_rated {
        steps.push(Step::NotRated { reason });
        return blank(steps);
    }
    let common = Common {
        items: &case.items,
        common_points: case.common_points,
        shortcomings_open: case.shortcomings_open,
    };
    let mut triggers = recorded(
        params.scheme,
        case.disciplined,
        case.self_detected,
        case.degradation,
    );
    let (points, level) = match params.scheme {
        RatingScheme::Qd366 | RatingScheme::Hd27 => {
            let (points, level) = by_points(params, &common, &[], &mut steps);
            if case.prohibited {
                triggers.push(Trigger::Prohibited);
            }
            if case.example_duty && params.scheme == RatingScheme::Qd366 {
                triggers.push(Trigger::ExampleDuty);
            }
            (points, level)
        }
        RatingScheme::Qd132 | RatingScheme::Qd124 => {
            let (points, level, missed) = by_grades(params, &common, &[], &mut steps);
            if missed {
                triggers.push(Trigger::TargetsMissed);
            }
            (points, level)
        }
    };
    finish(
        case.id.clone(),
        case.org.clone(),
        case.head,
        points,
        level,
        triggers,
        steps,
    )
}

/// An organisation's proposed level before the quota.
pub fn rate_org(params: &Params, case: &OrgCase) -> Rating {
    let mut steps = vec![Step::Scheme {
        params: Box::new(params.clone()),
    }];
    let common = Common {
        items: &case.items,
        common_points: case.common_points,
        shortcomings_open: case.shortcomings_open,
    };
    let tally = case.members;
    let mut triggers = recorded(
        params.scheme,
        case.disciplined,
        case.self_detected,
        case.degradation,
    );
    let (points, level) = match params.scheme {
        RatingScheme::Qd366 | RatingScheme::Hd27 => {
            let clean = (
                Test::NoDisciplineBelow,
                f64::from(u8::from(case.below_disciplined)),
                0.0,
                !case.below_disciplined,
            );
            let (points, level) = by_points(params, &common, &[clean], &mut steps);
            let failed = tally.rated - tally.completed_or_better.min(tally.rated);
            if params.scheme == RatingScheme::Hd27
                && case.is_cell
                && percent(failed, tally.rated) > f64::from(params.targets_done_percent)
            {
                triggers.push(Trigger::MembersFailed);
            }
            (points, level)
        }
        RatingScheme::Qd132 | RatingScheme::Qd124 => {
            let members_completed = (
                Test::MembersCompletedAll,
                percent(tally.completed_or_better, tally.rated),
                100.0,
                tally.completed_or_better >= tally.rated,
            );
            let good_share = percent(tally.good_or_better, tally.rated);
            let members_good = (
                Test::MembersGoodShareAtLeast,
                good_share,
                50.0,
                tally.rated == 0 || good_share >= 50.0,
            );
            let (points, level, missed) = by_grades(
                params,
                &common,
                &[members_completed, members_good],
                &mut steps,
            );
            if missed {
                triggers.push(Trigger::TargetsMissed);
            }
            (points, level)
        }
    };
    finish(
        case.id.clone(),
        case.scope.clone(),
        false,
        points,
        level,
        triggers,
        steps,
    )
}

fn finish(
    id: String,
    scope: String,
    head: bool,
    points: f64,
    level: Level,
    triggers: Vec<Trigger>,
    mut steps: Vec<Step>,
) -> Rating {
    for trigger in &triggers {
        steps.push(Step::Trigger { trigger: *trigger });
    }
    let level = if triggers.is_empty() {
        level
    } else {
        Level::NotCompleted
    };
    steps.push(Step::Proposed { level });
    Rating {
        id,
        level: Some(level),
        points: Some(points),
        before_quota: Some(level),
        moved_by_quota: false,
        tie_at_boundary: false,
        not_rated: None,
        explanation: steps,
        scope,
        head,
    }
}

/// How many may stay excellent when `qualified` qualify and `good` are rated good: the
/// largest k with k ≤ percent % of (good + qualified − k), those moved down being good.
pub fn allowed_excellent(percent: u32, good: u32, qualified: u32) -> u32 {
    let total = u64::from(good) + u64::from(qualified);
    let k = u64::from(percent) * total / (100 + u64::from(percent));
    u32::try_from(k.min(u64::from(qualified))).unwrap_or(qualified)
}

/// Applies the quota within each scope: those who qualify as excellent are ranked by
/// points (then by id, so the proposal is stable); those beyond the allowed number become
/// good, and are told so; equal points across the boundary are flagged for the deciding
/// body, which chooses among them.
pub fn apply_quota(params: &Params, ratings: &mut [Rating]) {
    let Some(quota) = &params.quota else {
        return;
    };
    let counted = |r: &Rating| quota.head_counted || !r.head;
    let mut scopes: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, rating) in ratings.iter().enumerate() {
        if rating.level.is_some() && counted(rating) {
            scopes.entry(rating.scope.clone()).or_default().push(i);
        }
    }
    for (scope, members) in scopes {
        let good = u32::try_from(
            members
                .iter()
                .filter(|i| ratings[**i].level == Some(Level::Good))
                .count(),
        )
        .unwrap_or(u32::MAX);
        let mut excellent: Vec<usize> = members
            .iter()
            .copied()
            .filter(|i| ratings[*i].level == Some(Level::Excellent))
            .collect();
        let qualified = u32::try_from(excellent.len()).unwrap_or(u32::MAX);
        let allowed = allowed_excellent(quota.percent, good, qualified);
        excellent.sort_by(|a, b| {
            let (a, b) = (&ratings[*a], &ratings[*b]);
            b.points
                .unwrap_or(0.0)
                .total_cmp(&a.points.unwrap_or(0.0))
                .then_with(|| a.id.cmp(&b.id))
        });
        let cut = usize::try_from(allowed).unwrap_or(usize::MAX);
        // Equal points on both sides of the cut: the deciding body chooses.
        let boundary = (cut > 0 && cut < excellent.len())
            .then(|| ratings[excellent[cut - 1]].points)
            .flatten()
            .filter(|p| Some(*p) == ratings[excellent[cut]].points);
        for (rank, i) in excellent.iter().enumerate() {
            let rating = &mut ratings[*i];
            let moved_down = rank >= cut;
            let tie = boundary.is_some() && rating.points == boundary;
            if moved_down {
                rating.level = Some(Level::Good);
                rating.moved_by_quota = true;
            }
            rating.tie_at_boundary = tie;
            rating.explanation.push(Step::Quota {
                scope: scope.clone(),
                allowed,
                qualified,
                moved_down,
                tie,
            });
        }
    }
}

/// What the quota did to one rating in its scope, as stored with the rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuotaFigures {
    pub allowed: u32,
    pub qualified: u32,
    pub moved_down: bool,
    pub tie: bool,
}

impl Rating {
    /// The quota's figures, when the quota was applied to this rating.
    pub fn quota_figures(&self) -> Option<QuotaFigures> {
        self.explanation.iter().find_map(|step| match step {
            Step::Quota {
                allowed,
                qualified,
                moved_down,
                tie,
                ..
            } => Some(QuotaFigures {
                allowed: *allowed,
                qualified: *qualified,
                moved_down: *moved_down,
                tie: *tie,
            }),
            _ => None,
        })
    }

    fn replay_quota(mut self, scope: &str, quota: Option<QuotaFigures>) -> Rating {
        if let Some(q) = quota {
            if q.moved_down {
                self.level = Some(Level::Good);
                self.moved_by_quota = true;
            }
            self.tie_at_boundary = q.tie;
            self.explanation.push(Step::Quota {
                scope: scope.to_owned(),
                allowed: q.allowed,
                qualified: q.qualified,
                moved_down: q.moved_down,
                tie: q.tie,
            });
        }
        self
    }
}

/// The rules a local guide may add for the head of a collective, before the quota: never
/// above the collective's level; "không hoàn thành" when the collective did less than the
/// required share of its items.
pub fn apply_head_rules(params: &Params, rating: &mut Rating, collective: Option<Collective>) {
    let (Some(collective), Some(level)) = (collective, rating.level) else {
        return;
    };
    if let Some(min) = params.head_fails_below_percent
        && collective.done_percent < f64::from(min)
    {
        rating.explanation.push(Step::Trigger {
            trigger: Trigger::CollectiveFailed,
        });
        rating.level = Some(Level::NotCompleted);
        return;
    }
    if params.head_capped_by_collective && level.rank() > collective.level.rank() {
        rating.explanation.push(Step::HeadCapped {
            collective: collective.level,
        });
        rating.level = Some(collective.level);
    }
}

/// A stored member rating again, with its explanation: the same pure code on the stored
/// case and parameters, the head rules, then the quota as it was applied in its scope.
pub fn replay_member(params: &Params, case: &MemberCase, quota: Option<QuotaFigures>) -> Rating {
    let mut rating = rate_member(params, case);
    apply_head_rules(params, &mut rating, case.leads);
    rating.replay_quota(&case.org, quota)
}

/// A stored organisation rating again (see [`replay_member`]).
pub fn replay_org(params: &Params, case: &OrgCase, quota: Option<QuotaFigures>) -> Rating {
    rate_org(params, case).replay_quota(&case.scope, quota)
}

/// Rates members under `params`: each case, then the quota.
pub fn rate(params: &Params, members: &[MemberCase]) -> Vec<Rating> {
    let mut ratings: Vec<Rating> = members
        .iter()
        .map(|m| {
            let mut rating = rate_member(params, m);
            apply_head_rules(params, &mut rating, m.leads);
            rating
        })
        .collect();
    apply_quota(params, &mut ratings);
    ratings
}

/// Rates organisations under `params`: each case, then the quota within each deciding
/// committee.
pub fn rate_orgs(params: &Params, orgs: &[OrgCase]) -> Vec<Rating> {
    let mut ratings: Vec<Rating> = orgs.iter().map(|o| rate_org(params, o)).collect();
    apply_quota(params, &mut ratings);
    ratings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Named;
    use proptest::prelude::*;

    fn member(id: &str, common: f64, outcomes: &[Outcome]) -> MemberCase {
        MemberCase {
            id: id.to_owned(),
            org: "TCCS-01".to_owned(),
            items: outcomes
                .iter()
                .map(|o| ItemResult {
                    item: None,
                    unconfirmed: false,
                    unassessed: false,
                    outcome: *o,
                    weight: 1,
                })
                .collect(),
            common_points: common,
            shortcomings_open: 0,
            disciplined: false,
            self_detected: false,
            degradation: false,
            prohibited: false,
            example_duty: false,
            not_rated: None,
            head: false,
            leads: None,
        }
    }

    #[test]
    fn a_head_is_never_above_the_collective_and_fails_with_it_when_the_guide_says_so() {
        let mut params = Params::default_for(RatingScheme::Qd366);
        // One member alone would be moved down by the quota: the head rules on their own.
        params.quota = None;
        let mut head = member("h", 30.0, &items(5, 5, 0, 0));
        head.leads = Some(Collective {
            level: Level::Good,
            done_percent: 65.0,
        });
        // Off by default: the collective does not matter.
        assert_eq!(
            rate(&params, &[head.clone()])[0].level,
            Some(Level::Excellent)
        );
        params.head_capped_by_collective = true;
        let capped = &rate(&params, &[head.clone()])[0];
        assert_eq!(capped.level, Some(Level::Good));
        assert!(capped.explanation.contains(&Step::HeadCapped {
            collective: Level::Good
        }));
        params.head_fails_below_percent = Some(70);
        let failed = &rate(&params, &[head.clone()])[0];
        assert_eq!(failed.level, Some(Level::NotCompleted));
        assert!(failed.explanation.contains(&Step::Trigger {
            trigger: Trigger::CollectiveFailed
        }));
        // 70 % exactly is enough; a member leading nothing is untouched.
        head.leads = Some(Collective {
            level: Level::Excellent,
            done_percent: 70.0,
        });
        assert_eq!(
            rate(&params, &[head.clone()])[0].level,
            Some(Level::Excellent)
        );
        let plain = member("p", 30.0, &items(5, 5, 0, 0));
        assert_eq!(rate(&params, &[plain])[0].level, Some(Level::Excellent));
        // The replay gives the same.
        let r = &rate(&params, &[head.clone()])[0];
        assert_eq!(&replay_member(&params, &head, r.quota_figures()), r);
        params.head_fails_below_percent = Some(101);
        assert!(params.check().is_err());
    }

    #[test]
    fn an_administrator_sets_the_parameters_within_the_rules() {
        let mut input = ParamsInput::of(&Params::default_for(RatingScheme::Qd366));
        assert_eq!(
            Params::from_input(RatingScheme::Qd366, &input),
            Ok(Params::default_for(RatingScheme::Qd366)),
            "the form of the defaults gives the defaults"
        );
        input.quota_percent = "25".into();
        let problems = Params::from_input(RatingScheme::Qd366, &input).unwrap_err();
        assert_eq!(
            problems[0].0, "quota_reason",
            "a raised share needs its reason"
        );
        input.quota_reason = "Tỉnh ủy cho phép theo Công văn số 12".into();
        input.head_counted = None;
        input.head_fails_below_percent = "70".into();
        let p = Params::from_input(RatingScheme::Qd366, &input).unwrap();
        assert_eq!(
            p.quota.as_ref().map(|q| (q.percent, q.head_counted)),
            Some((25, false))
        );
        assert_eq!(p.head_fails_below_percent, Some(70));
        assert!(p.check().is_ok());
        input.quota_percent = "30".into();
        input.late_credit_percent = "".into();
        let problems = Params::from_input(RatingScheme::Qd366, &input).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.0).collect();
        assert_eq!(fields, ["late_credit_percent", "quota_percent"]);
        // A scheme without a quota ignores the quota's fields.
        let hd27 = Params::from_input(
            RatingScheme::Hd27,
            &ParamsInput {
                late_credit_percent: "50".into(),
                quota_percent: "99".into(),
                ..ParamsInput::default()
            },
        )
        .unwrap();
        assert!(hd27.quota.is_none());
    }

    #[test]
    fn a_stored_rating_replays_to_the_same_explanation() {
        let params = Params::default_for(RatingScheme::Qd366);
        let cases: Vec<MemberCase> = (0..6)
            .map(|i| member(&format!("m{i}"), 30.0 - f64::from(i), &items(4, 6, 0, 0)))
            .collect();
        let rated = rate(&params, &cases);
        assert!(
            rated.iter().any(|r| r.moved_by_quota),
            "the quota moved someone"
        );
        for (case, rating) in cases.iter().zip(&rated) {
            let again = replay_member(&params, case, rating.quota_figures());
            assert_eq!(&again, rating);
        }
    }

    fn items(exceeded: usize, on_time: usize, late: usize, not_done: usize) -> Vec<Outcome> {
        [
            vec![Outcome::Exceeded; exceeded],
            vec![Outcome::OnTime; on_time],
            vec![Outcome::Late; late],
            vec![Outcome::NotDone; not_done],
        ]
        .concat()
    }

    fn level(scheme: RatingScheme, case: &MemberCase) -> Option<Level> {
        rate_member(&Params::default_for(scheme), case).level
    }

    #[test]
    fn qd366_levels_at_every_threshold() {
        use Level::*;
        // (common points, items: exceeded, on time, late, not done, shortcomings open, level)
        let table: &[(f64, [usize; 4], u32, Level)] = &[
            (30.0, [10, 0, 0, 0], 0, Excellent),
            // 90 points exactly, 30 % exceeded exactly.
            (20.0, [3, 7, 0, 0], 0, Excellent),
            (19.9, [3, 7, 0, 0], 0, Good),
            (20.0, [2, 8, 0, 0], 0, Good),
            (30.0, [10, 0, 0, 0], 1, Good),
            (0.0, [0, 10, 0, 0], 0, Good),
            // One late item in five (20 %): completed, not good, whatever the points.
            (30.0, [4, 0, 1, 0], 0, Completed),
            // One late item in four (25 %): more than 20 % late.
            (30.0, [3, 0, 1, 0], 0, NotCompleted),
            // One item not done.
            (30.0, [9, 0, 0, 1], 0, NotCompleted),
            // No common points, a late item in ten: 70 × 9.5 / 10 = 66.5, 10 % late.
            (0.0, [0, 9, 1, 0], 0, Completed),
            // Late items cost points: 1 of 5 late at 50 % credit and no common points.
            (0.0, [0, 4, 1, 0], 0, Completed),
            // Nothing pledged: no task points.
            (30.0, [0, 0, 0, 0], 0, NotCompleted),
        ];
        for (common, [e, o, l, n], open, want) in table {
            let mut case = member("m", *common, &items(*e, *o, *l, *n));
            case.shortcomings_open = *open;
            assert_eq!(
                level(RatingScheme::Qd366, &case),
                Some(*want),
                "{common} points, items {e}/{o}/{l}/{n}, {open} open"
            );
        }
    }

    #[test]
    fn points_below_50_are_not_completed_and_late_items_earn_half() {
        // 10 common + 70 × (2 + 0.5 × 3) / 5 = 59: completed needs ≤ 20 % late (here 60 %).
        let case = member("m", 10.0, &items(0, 2, 3, 0));
        let rating = rate_member(&Params::default_for(RatingScheme::Qd366), &case);
        assert_eq!(rating.points, Some(59.0));
        assert_eq!(rating.level, Some(Level::NotCompleted));
        // Nothing done: no task points.
        let case = member("m", 0.0, &items(0, 0, 0, 1));
        assert_eq!(
            rate_member(&Params::default_for(RatingScheme::Qd366), &case).points,
            Some(0.0)
        );
        // The late credit is a parameter.
        let mut params = Params::default_for(RatingScheme::Qd366);
        params.late_credit_percent = 0;
        let case = member("m", 30.0, &items(4, 0, 1, 0));
        assert_eq!(rate_member(&params, &case).points, Some(86.0));
    }

    #[test]
    fn weights_share_the_task_points() {
        let mut case = member("m", 0.0, &items(0, 1, 0, 1));
        case.items[0].weight = 3;
        let rating = rate_member(&Params::default_for(RatingScheme::Qd366), &case);
        assert_eq!(rating.points, Some(52.5));
        let parts: Vec<f64> = rating
            .explanation
            .iter()
            .filter_map(|s| match s {
                Step::Item { points, .. } => Some(*points),
                _ => None,
            })
            .collect();
        assert_eq!(parts, vec![52.5, 0.0]);
    }

    #[test]
    fn every_hard_trigger_makes_not_completed() {
        let best = member("m", 30.0, &items(10, 0, 0, 0));
        let setters: [fn(&mut MemberCase); 4] = [
            |c| c.disciplined = true,
            |c| c.degradation = true,
            |c| c.prohibited = true,
            |c| c.example_duty = true,
        ];
        for set in setters {
            let mut case = best.clone();
            set(&mut case);
            let rating = rate_member(&Params::default_for(RatingScheme::Qd366), &case);
            assert_eq!(rating.level, Some(Level::NotCompleted), "{case:?}");
            assert!(
                rating
                    .explanation
                    .iter()
                    .any(|s| matches!(s, Step::Trigger { .. }))
            );
        }
        // A violation the member detected and remedied is no trigger under QĐ 366…
        let mut case = best.clone();
        case.disciplined = true;
        case.self_detected = true;
        assert_eq!(level(RatingScheme::Qd366, &case), Some(Level::Excellent));
        // …but is under QĐ 132 and HD 27.
        assert_eq!(level(RatingScheme::Qd132, &case), Some(Level::NotCompleted));
        assert_eq!(level(RatingScheme::Hd27, &case), Some(Level::NotCompleted));
    }

    #[test]
    fn not_rated_members_have_no_level_and_say_why() {
        let mut case = member("m", 30.0, &items(10, 0, 0, 0));
        case.not_rated = Some(NotRated::NewMember);
        let rating = rate_member(&Params::default_for(RatingScheme::Qd366), &case);
        assert_eq!(rating.level, None);
        assert_eq!(rating.points, None);
        assert_eq!(rating.not_rated, Some(NotRated::NewMember));
    }

    #[test]
    fn qd132_grades_decide() {
        use Level::*;
        let table: &[(f64, [usize; 4], Level)] = &[
            (30.0, [3, 7, 0, 0], Excellent),
            // Task results outstanding and the common criteria good (21 of 30 = 70 %)…
            (21.0, [3, 7, 0, 0], Excellent),
            // …or only average: completed.
            (20.9, [3, 7, 0, 0], Completed),
            // Task results good, not outstanding (20 % exceeded).
            (30.0, [2, 8, 0, 0], Good),
            (30.0, [0, 10, 0, 0], Good),
            (30.0, [0, 9, 1, 0], Completed),
            (14.9, [0, 10, 0, 0], NotCompleted),
            // Half the targets done: average; fewer: not completed.
            (30.0, [0, 5, 0, 5], Completed),
            (30.0, [0, 4, 0, 6], NotCompleted),
        ];
        for scheme in [RatingScheme::Qd132, RatingScheme::Qd124] {
            for (common, [e, o, l, n], want) in table {
                let case = member("m", *common, &items(*e, *o, *l, *n));
                assert_eq!(
                    level(scheme, &case),
                    Some(*want),
                    "{scheme:?}: {common}, {e}/{o}/{l}/{n}"
                );
            }
        }
    }

    #[test]
    fn hd27_levels_and_labels() {
        let case = member("m", 30.0, &items(0, 10, 0, 0));
        assert_eq!(level(RatingScheme::Hd27, &case), Some(Level::Excellent));
        let case = member("m", 30.0, &items(0, 9, 1, 0));
        assert_eq!(level(RatingScheme::Hd27, &case), Some(Level::Good));
        assert_eq!(
            Level::Excellent.label(RatingScheme::Hd27, true),
            "Trong sạch, vững mạnh"
        );
        assert_eq!(
            Level::NotCompleted.label(RatingScheme::Hd27, true),
            "Yếu kém"
        );
        assert_eq!(
            Level::Good.label(RatingScheme::Qd366, false),
            "Hoàn thành tốt nhiệm vụ"
        );
        // No quota under HD 27.
        let many: Vec<MemberCase> = (0..5)
            .map(|i| member(&format!("m{i}"), 30.0, &items(0, 10, 0, 0)))
            .collect();
        let ratings = rate(&Params::default_for(RatingScheme::Hd27), &many);
        assert!(ratings.iter().all(|r| r.level == Some(Level::Excellent)));
    }

    #[test]
    fn quota_allowances_at_the_edges() {
        // (percent, good, qualified) → allowed
        let table = [
            (20, 5, 1, 1),
            (20, 4, 1, 0),
            // Everyone excellent: one in six may stay.
            (20, 0, 10, 1),
            (20, 0, 6, 1),
            (20, 0, 5, 0),
            // Nobody good and one excellent; a tiny organisation of three.
            (20, 0, 1, 0),
            (20, 0, 3, 0),
            (20, 2, 1, 0),
            (20, 100, 30, 21),
            (25, 8, 2, 2),
            (25, 7, 2, 1),
            (20, 0, 0, 0),
        ];
        for (percent, good, qualified, want) in table {
            assert_eq!(
                allowed_excellent(percent, good, qualified),
                want,
                "{percent} % of {good} good with {qualified} qualified"
            );
        }
    }

    fn scope(points: &[(f64, Level)]) -> Vec<Rating> {
        points
            .iter()
            .enumerate()
            .map(|(i, (p, level))| {
                let mut r = finish(
                    format!("m{i:02}"),
                    "TCCS".to_owned(),
                    false,
                    *p,
                    *level,
                    Vec::new(),
                    Vec::new(),
                );
                r.head = i == 0;
                r
            })
            .collect()
    }

    #[test]
    fn the_quota_keeps_the_best_points_and_flags_ties_at_the_boundary() {
        let mut list = vec![(99.0, Level::Good); 10];
        list.extend([
            (98.0, Level::Excellent),
            (95.0, Level::Excellent),
            (95.0, Level::Excellent),
        ]);
        let mut ratings = scope(&list);
        apply_quota(&Params::default_for(RatingScheme::Qd366), &mut ratings);
        let tail = &ratings[10..];
        assert_eq!(tail[0].level, Some(Level::Excellent));
        assert!(!tail[0].tie_at_boundary);
        assert_eq!(tail[1].level, Some(Level::Excellent));
        assert_eq!(tail[2].level, Some(Level::Good));
        assert!(tail[2].moved_by_quota && !tail[1].moved_by_quota);
        assert!(tail[1].tie_at_boundary && tail[2].tie_at_boundary);
        assert!(matches!(
            tail[2].explanation.last(),
            Some(Step::Quota {
                moved_down: true,
                allowed: 2,
                qualified: 3,
                ..
            })
        ));
    }

    #[test]
    fn the_head_of_a_unit_may_be_left_out_of_the_quota() {
        // m00 is the head: excellent, with four good members.
        let list = [
            (99.0, Level::Excellent),
            (98.0, Level::Excellent),
            (80.0, Level::Good),
            (80.0, Level::Good),
            (80.0, Level::Good),
            (80.0, Level::Good),
        ];
        let mut counted = scope(&list);
        apply_quota(&Params::default_for(RatingScheme::Qd366), &mut counted);
        // Counted: 2 qualify, 4 good → 1 may stay (the head, with more points).
        assert_eq!(counted[0].level, Some(Level::Excellent));
        assert_eq!(counted[1].level, Some(Level::Good));
        let mut params = Params::default_for(RatingScheme::Qd366);
        if let Some(quota) = params.quota.as_mut() {
            quota.head_counted = false;
        }
        let mut apart = scope(&list);
        apply_quota(&params, &mut apart);
        // Left out: the head stays; 1 qualifies among the rest with 4 good → 0 may stay.
        assert_eq!(apart[0].level, Some(Level::Excellent));
        assert_eq!(apart[1].level, Some(Level::Good));
        assert!(apart[1].moved_by_quota);
    }

    #[test]
    fn a_raised_quota_needs_its_reason() {
        let mut params = Params::default_for(RatingScheme::Qd366);
        assert!(params.check().is_ok());
        if let Some(quota) = params.quota.as_mut() {
            quota.percent = 25;
        }
        assert!(params.check().is_err());
        if let Some(quota) = params.quota.as_mut() {
            quota.raised_because = Some("Nghị quyết của Ban Thường vụ".to_owned());
        }
        assert!(params.check().is_ok());
        if let Some(quota) = params.quota.as_mut() {
            quota.percent = 26;
        }
        assert!(params.check().is_err());
    }

    #[test]
    fn organisations_follow_their_scheme() {
        let org = OrgCase {
            id: "CB-1".to_owned(),
            scope: "DU-1".to_owned(),
            items: items(3, 7, 0, 0)
                .into_iter()
                .map(|outcome| ItemResult::new(outcome, 1))
                .collect(),
            common_points: 30.0,
            shortcomings_open: 0,
            disciplined: false,
            self_detected: false,
            degradation: false,
            below_disciplined: false,
            members: MemberTally {
                rated: 10,
                good_or_better: 6,
                completed_or_better: 10,
            },
            is_cell: true,
        };
        let rate = |scheme, org: &OrgCase| rate_org(&Params::default_for(scheme), org).level;
        assert_eq!(rate(RatingScheme::Qd366, &org), Some(Level::Excellent));
        let mut below = org.clone();
        below.below_disciplined = true;
        assert_eq!(rate(RatingScheme::Qd366, &below), Some(Level::Good));
        assert_eq!(rate(RatingScheme::Qd132, &org), Some(Level::Excellent));
        // QĐ 132: a member not completing keeps the cell below good.
        let mut weak = org.clone();
        weak.members.completed_or_better = 9;
        assert_eq!(rate(RatingScheme::Qd132, &weak), Some(Level::Completed));
        weak.members = MemberTally {
            rated: 10,
            good_or_better: 4,
            completed_or_better: 10,
        };
        assert_eq!(rate(RatingScheme::Qd132, &weak), Some(Level::Completed));
        // HD 27: more than half of a cell's members not completing: "yếu kém".
        weak.members = MemberTally {
            rated: 10,
            good_or_better: 4,
            completed_or_better: 4,
        };
        assert_eq!(rate(RatingScheme::Hd27, &weak), Some(Level::NotCompleted));
        weak.members.completed_or_better = 5;
        assert_eq!(rate(RatingScheme::Hd27, &weak), Some(Level::Excellent));
    }

    fn outcome() -> impl Strategy<Value = Outcome> {
        prop_oneof![
            Just(Outcome::Exceeded),
            Just(Outcome::OnTime),
            Just(Outcome::Late),
            Just(Outcome::NotDone),
        ]
    }

    fn worse(outcome: Outcome) -> Vec<Outcome> {
        let order = [
            Outcome::Exceeded,
            Outcome::OnTime,
            Outcome::Late,
            Outcome::NotDone,
        ];
        let at = order.iter().position(|o| *o == outcome).unwrap_or(0);
        order[at + 1..].to_vec()
    }

    fn case() -> impl Strategy<Value = MemberCase> {
        (
            prop::collection::vec((outcome(), 1u32..4), 0..12),
            0.0f64..=30.0,
            0u32..2,
            prop::bool::weighted(0.05),
            prop::bool::weighted(0.5),
        )
            .prop_map(
                |(items, common, open, disciplined, self_detected)| MemberCase {
                    items: items
                        .into_iter()
                        .map(|(outcome, weight)| ItemResult::new(outcome, weight))
                        .collect(),
                    common_points: common,
                    shortcomings_open: open,
                    disciplined,
                    self_detected,
                    ..member("m", 0.0, &[])
                },
            )
    }

    proptest! {
        #[test]
        fn a_worse_outcome_on_any_item_never_raises_a_rating(
            case in case(), pick in any::<prop::sample::Index>()
        ) {
            prop_assume!(!case.items.is_empty());
            let at = pick.index(case.items.len());
            for scheme in RatingScheme::all() {
                let params = Params::default_for(*scheme);
                let before = rate_member(&params, &case).level.map_or(0, Level::rank);
                for outcome in worse(case.items[at].outcome) {
                    let mut changed = case.clone();
                    changed.items[at].outcome = outcome;
                    let after = rate_member(&params, &changed).level.map_or(0, Level::rank);
                    prop_assert!(after <= before, "{scheme:?}: {:?} → {outcome:?}", case.items[at]);
                }
            }
        }

        #[test]
        fn the_quota_is_never_exceeded_on_final_counts(
            levels in prop::collection::vec((0usize..3, 0u8..4, 50u32..100), 0..60),
            percent in 0u32..=25,
        ) {
            let mut ratings: Vec<Rating> = levels
                .iter()
                .enumerate()
                .map(|(i, (scope, level, points))| finish(
                    format!("m{i}"),
                    format!("S{scope}"),
                    false,
                    f64::from(*points),
                    [Level::Excellent, Level::Good, Level::Completed, Level::NotCompleted]
                        [usize::from(*level)],
                    Vec::new(),
                    Vec::new(),
                ))
                .collect();
            let before = ratings.clone();
            let mut params = Params::default_for(RatingScheme::Qd366);
            params.quota = Some(Quota {
                percent,
                raised_because: Some("test".to_owned()),
                head_counted: true,
            });
            apply_quota(&params, &mut ratings);
            for scope in ["S0", "S1", "S2"] {
                let count = |list: &[Rating], level| list.iter()
                    .filter(|r| r.scope == scope && r.level == Some(level)).count();
                let (excellent, good) = (count(&ratings, Level::Excellent), count(&ratings, Level::Good));
                prop_assert!(excellent * 100 <= usize::try_from(percent).unwrap_or(0) * good);
                // As many as the rule allows stay: one more would break it.
                let qualified = count(&before, Level::Excellent);
                if excellent < qualified {
                    prop_assert!((excellent + 1) * 100 > usize::try_from(percent).unwrap_or(0) * (good - 1));
                }
            }
            for (b, a) in before.iter().zip(&ratings) {
                // Only the excellent move, and only to good; the rest are as proposed.
                if a.level != b.level {
                    prop_assert_eq!(b.level, Some(Level::Excellent));
                    prop_assert_eq!(a.level, Some(Level::Good));
                    prop_assert!(a.moved_by_quota);
                }
            }
        }
    }
}
