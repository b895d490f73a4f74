//! The "6 rõ" check (rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm, rõ
//! thẩm quyền): hints for a reviewer at items that lack a measurable result, a deadline or
//! who is responsible. Hints only — the reviewer judges; nothing is refused for them.

use super::plan::PlanKind;
use super::pledge::{Pledge, PledgeKind};

named_enum! {
    /// What an item does not make clear.
    pub enum Unclear {
        /// The result names no number, product, record or checkable outcome.
        Result,
        /// A task of a unit's plan or commitment runs "the whole year", with no date.
        Deadline,
        /// A unit's plan or commitment does not say who carries the item out.
        Responsible,
    }
}

/// Words that name something one can count, show or check: a record, a document, a
/// certificate, an evaluation, an outcome that did not happen. Lower case, with marks.
const CHECKABLE: &[&str] = &[
    "%",
    "sổ",
    "biên bản",
    "văn bản",
    "báo cáo",
    "kế hoạch",
    "đề án",
    "chương trình",
    "quyết định",
    "danh sách",
    "hồ sơ",
    "chứng chỉ",
    "chứng nhận",
    "giấy",
    "bằng",
    "bài",
    "buổi",
    "lớp",
    "lượt",
    "kỳ",
    "đợt",
    "hộ",
    "công trình",
    "sản phẩm",
    "tiêu chí",
    "chỉ tiêu",
    "tỷ lệ",
    "công nhận",
    "xếp loại",
    "đánh giá",
    "nghiệm thu",
    "không có",
    "không để",
    "không bị",
    "không còn",
    "không vi phạm",
    "không xảy ra",
    "tất cả",
    "toàn bộ",
    "đủ",
    "mỗi",
    "hằng tháng",
    "hằng quý",
    "hằng tuần",
];

/// Whether a result names something measurable: a number, or one of the words above as
/// whole words.
pub fn is_measurable(result: &str) -> bool {
    if result.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    let lower = result.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '%')
        .filter(|w| !w.is_empty())
        .collect();
    CHECKABLE.iter().any(|phrase| {
        if *phrase == "%" {
            return lower.contains('%');
        }
        let wanted: Vec<&str> = phrase.split(' ').collect();
        words.windows(wanted.len()).any(|w| w == wanted.as_slice())
    })
}

/// What an item of a `plan` does not make clear, in the order of the item's fields.
/// Whether a text dates its steps: a day and month ("trước 30/4", "31/12") or a rhythm
/// ("hằng tháng", "mỗi quý"). A whole-year task with such steps has its time made clear.
fn names_a_milestone(text: &str) -> bool {
    let lower = text.to_lowercase();
    let rhythm = [
        "hằng tháng",
        "hằng quý",
        "mỗi tháng",
        "mỗi quý",
        "hằng tuần",
        "mỗi tuần",
    ];
    if rhythm.iter().any(|r| lower.contains(r)) {
        return true;
    }
    // "trước 30/4", "ngày 15/12", "31/12/2026" — not a fraction ("1/3 số chi bộ").
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.iter().enumerate().any(|(i, word)| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
        let parts: Vec<&str> = word.split('/').collect();
        let numbers = parts.len() >= 2
            && parts.len() <= 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
        let before = i
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .is_some_and(|w| ["trước", "ngày", "đến", "từ", "hạn", "sau"].contains(w));
        numbers && (parts.len() == 3 || before)
    })
}

pub fn check(plan: PlanKind, pledge: &Pledge) -> Vec<Unclear> {
    let mut unclear = Vec::new();
    if !is_measurable(&pledge.expected_result) {
        unclear.push(Unclear::Result);
    }
    // A member's remedy or example runs all year by nature; a unit's tasks need a date.
    let is_task = matches!(
        pledge.kind,
        PledgeKind::AssignedDuty | PledgeKind::ThemeAction | PledgeKind::PressingIssue
    );
    if plan != PlanKind::Personal
        && is_task
        && pledge.is_whole_year()
        && !names_a_milestone(&pledge.content)
        && !names_a_milestone(&pledge.expected_result)
    {
        unclear.push(Unclear::Deadline);
    }
    if plan.names_who_is_responsible() && pledge.responsible.trim().is_empty() {
        unclear.push(Unclear::Responsible);
    }
    unclear
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pledge::whole_year;
    use chrono::NaiveDate;

    fn pledge(kind: PledgeKind, result: &str, deadline: NaiveDate) -> Pledge {
        Pledge::new(kind, "Nội dung", result, deadline)
    }

    #[test]
    fn generic_results_are_flagged_and_concrete_ones_are_not() {
        for vague in [
            "Hoàn thành tốt nhiệm vụ được giao",
            "Có chuyển biến tích cực",
            "Nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên",
            "Thực hiện tốt",
            "Giữ gìn phẩm chất đạo đức",
        ] {
            assert!(!is_measurable(vague), "{vague}");
        }
        for concrete in [
            "100% hồ sơ giải quyết đúng hạn",
            "Có sổ ghi chép các lần xuống thôn",
            "Có chứng chỉ bậc 2 (A2)",
            "Không để xảy ra khiếu kiện đông người",
            "Xã được công nhận đạt chuẩn tiếp cận pháp luật",
            "Dự đủ 12 kỳ sinh hoạt",
            "Có biên bản nghiệm thu",
            "Tỷ lệ hộ nghèo giảm còn dưới 4 phần trăm",
            "KHÔNG CÓ đơn thư vượt cấp",
        ] {
            assert!(is_measurable(concrete), "{concrete}");
        }
        // whole words only: "bài" is not found inside "bãi" or "bàibản"
        assert!(!is_measurable("Dọn bãi rác"));
    }

    #[test]
    fn a_units_tasks_need_a_date_and_someone_responsible() {
        let year_end = whole_year(2017);
        let june = NaiveDate::from_ymd_opt(2017, 6, 30).unwrap();
        let task = pledge(PledgeKind::AssignedDuty, "100% thôn có quy ước", year_end);
        assert_eq!(
            check(PlanKind::Collective, &task),
            vec![Unclear::Deadline, Unclear::Responsible]
        );
        let mut dated = pledge(PledgeKind::PressingIssue, "Giảm 20% số vụ", june);
        dated.responsible = "Ban Tuyên giáo".into();
        assert!(check(PlanKind::UpperCollectiveCommitment, &dated).is_empty());
        // a member's own plan: the member is responsible, and remedies run all year
        assert!(check(PlanKind::Personal, &task).is_empty());
        let remedy = pledge(PledgeKind::Remedy, "Không bị nhắc nhở", year_end);
        assert!(check(PlanKind::UpperSecretaryCommitment, &remedy).is_empty());
        let vague = pledge(PledgeKind::Study, "Nâng cao trình độ", june);
        assert_eq!(check(PlanKind::Personal, &vague), vec![Unclear::Result]);
    }

    #[test]
    fn a_whole_year_task_with_dated_steps_has_its_time_made_clear() {
        let year_end = whole_year(2026);
        for result in [
            "Quy chế ban hành trước 31/3; 100% hồ sơ đúng hạn",
            "Có 4 báo cáo, gửi hằng quý",
            "Tổ chức đối thoại mỗi tháng một lần, có biên bản",
        ] {
            let mut task = pledge(PledgeKind::PressingIssue, result, year_end);
            task.responsible = "UBND phường".into();
            assert!(
                check(PlanKind::UpperCollectiveCommitment, &task).is_empty(),
                "{result}"
            );
        }
        // a percentage or a fraction of units is not a date
        let mut task = pledge(
            PledgeKind::PressingIssue,
            "Giảm 1/3 số vụ; đạt 100%",
            year_end,
        );
        task.responsible = "UBND phường".into();
        assert_eq!(
            check(PlanKind::UpperCollectiveCommitment, &task),
            vec![Unclear::Deadline]
        );
    }
}
