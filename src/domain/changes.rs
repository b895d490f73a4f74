//! What changed between two versions of a plan's items, for the reviewer: items added,
//! removed and changed (matched by their stable ids), with the changed words marked.

use similar::{ChangeTag, TextDiff};

use super::Named;
use super::pledge::PledgeItem;

/// A run of words in a compared text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub change: WordChange,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordChange {
    Same,
    Removed,
    Added,
}

/// One field of an item that changed, word by word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: &'static str,
    pub words: Vec<Segment>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemChange {
    Added(PledgeItem),
    Removed(PledgeItem),
    Changed {
        item: PledgeItem,
        fields: Vec<FieldChange>,
    },
}

/// The differences from `before` to `after`, in the order of `after` (removed items at the
/// end, in their old order). Moving an item is not a change of its content.
pub fn compare(before: &[PledgeItem], after: &[PledgeItem]) -> Vec<ItemChange> {
    let mut changes = Vec::new();
    for item in after {
        match before.iter().find(|b| b.id == item.id) {
            None => changes.push(ItemChange::Added(item.clone())),
            Some(old) => {
                let fields = field_changes(old, item);
                if !fields.is_empty() {
                    changes.push(ItemChange::Changed {
                        item: item.clone(),
                        fields,
                    });
                }
            }
        }
    }
    for old in before {
        if !after.iter().any(|a| a.id == old.id) {
            changes.push(ItemChange::Removed(old.clone()));
        }
    }
    changes
}

/// The fields shown to a reviewer, as text, for comparing word by word.
fn shown_fields(item: &PledgeItem) -> [(&'static str, String); 6] {
    let p = &item.pledge;
    [
        ("kind", p.kind.as_str().to_owned()),
        ("content", p.content.clone()),
        ("expected_result", p.expected_result.clone()),
        ("deadline", p.deadline.format("%d/%m/%Y").to_string()),
        ("weight", p.weight.to_string()),
        (
            "manifestation",
            item.manifestation
                .as_ref()
                .map(|m| m.code.clone())
                .unwrap_or_default(),
        ),
    ]
}

fn field_changes(before: &PledgeItem, after: &PledgeItem) -> Vec<FieldChange> {
    shown_fields(before)
        .into_iter()
        .zip(shown_fields(after))
        .filter(|((_, old), (_, new))| old != new)
        .map(|((field, old), (_, new))| FieldChange {
            field,
            words: words(&old, &new),
        })
        .chain(
            (before.pledge.serves_theme != after.pledge.serves_theme).then(|| FieldChange {
                field: "serves_theme",
                words: Vec::new(),
            }),
        )
        .collect()
}

/// The words of `old` and `new`, marked as kept, removed or added; neighbouring words of
/// the same kind are joined.
pub fn words(old: &str, new: &str) -> Vec<Segment> {
    let diff = TextDiff::from_words(old, new);
    let mut out: Vec<Segment> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => WordChange::Same,
            ChangeTag::Delete => WordChange::Removed,
            ChangeTag::Insert => WordChange::Added,
        };
        match out.last_mut() {
            Some(last) if last.change == kind => last.text.push_str(change.value()),
            _ => out.push(Segment {
                change: kind,
                text: change.value().to_owned(),
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::PlanItemId;
    use crate::domain::pledge::{Pledge, PledgeKind};
    use chrono::NaiveDate;

    fn item(id: i64, content: &str) -> PledgeItem {
        PledgeItem {
            id: PlanItemId(id),
            position: i32::try_from(id).unwrap(),
            pledge: Pledge::new(
                PledgeKind::AssignedDuty,
                content,
                "Kết quả",
                NaiveDate::from_ymd_opt(2017, 6, 30).unwrap(),
            ),
            manifestation: None,
        }
    }

    #[test]
    fn added_removed_and_changed_items_are_found_by_their_ids() {
        let before = vec![item(1, "Vận động 10 hộ"), item(2, "Học tin học")];
        let mut moved = item(1, "Vận động 15 hộ");
        moved.position = 2;
        let after = vec![item(3, "Nội dung mới"), moved];
        let changes = compare(&before, &after);
        assert_eq!(changes.len(), 3);
        assert!(matches!(&changes[0], ItemChange::Added(i) if i.id == PlanItemId(3)));
        let ItemChange::Changed { item, fields } = &changes[1] else {
            panic!("{changes:?}");
        };
        assert_eq!(item.id, PlanItemId(1));
        assert_eq!(fields.len(), 1);
        assert_eq!(fields[0].field, "content");
        assert!(matches!(&changes[2], ItemChange::Removed(i) if i.id == PlanItemId(2)));
    }

    #[test]
    fn moving_an_item_alone_is_no_change() {
        let before = vec![item(1, "A"), item(2, "B")];
        let mut a = item(1, "A");
        let mut b = item(2, "B");
        a.position = 2;
        b.position = 1;
        assert!(compare(&before, &[b, a]).is_empty());
    }

    #[test]
    fn the_changed_words_are_marked() {
        let segments = words("Vận động 10 hộ dân", "Vận động 15 hộ dân");
        let removed: Vec<&str> = segments
            .iter()
            .filter(|s| s.change == WordChange::Removed)
            .map(|s| s.text.as_str())
            .collect();
        let added: Vec<&str> = segments
            .iter()
            .filter(|s| s.change == WordChange::Added)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(removed, vec!["10"]);
        assert_eq!(added, vec!["15"]);
        let joined: String = segments
            .iter()
            .filter(|s| s.change != WordChange::Removed)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(joined, "Vận động 15 hộ dân");
    }
}
