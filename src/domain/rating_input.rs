//! Cases to rate, read from JSON (the `rate` command's input): every field checked, and a
//! mistake named by the member and the field it is in.
//!
//! ```json
//! {"scheme": "qd366-2025",
//!  "members": [{"id": "m1", "org": "TCCS-01",
//!               "items": [{"outcome": "exceeded", "weight": 1}],
//!               "common_points": 28, "shortcomings_open": 0,
//!               "disciplined": false, "self_detected": false, "degradation": false,
//!               "prohibited": false, "example_duty": false, "not_rated": null}]}
//! ```
//! More fields are allowed and ignored. `params` may replace the scheme's parameters
//! (`domain::rating::Params`, every field); `head` (false when absent) marks a unit's head.

use serde_json::{Map, Value};

use crate::domain::Named;
use crate::domain::rating::{ItemResult, MemberCase, NotRated, Outcome, Params};
use crate::domain::year::RatingScheme;

/// What is wrong with the input, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{place}: {message}")]
pub struct InputError {
    /// `member "m1" (no. 1), field common_points`, or the top-level field.
    pub place: String,
    pub message: String,
}

/// A request to rate members.
#[derive(Debug, Clone, PartialEq)]
pub struct RateRequest {
    pub params: Params,
    pub members: Vec<MemberCase>,
}

fn error(place: impl Into<String>, message: impl Into<String>) -> InputError {
    InputError {
        place: place.into(),
        message: message.into(),
    }
}

/// Reads and checks a request.
pub fn parse(text: &str) -> Result<RateRequest, InputError> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        error(
            format!("line {}, column {}", e.line(), e.column()),
            format!("not valid JSON ({e})"),
        )
    })?;
    let Value::Object(top) = value else {
        return Err(error("input", "must be a JSON object"));
    };
    let scheme = match top.get("scheme") {
        Some(Value::String(name)) => RatingScheme::parse(name).ok_or_else(|| {
            error(
                "field scheme",
                format!(
                    "unknown scheme {name:?}; one of {}",
                    RatingScheme::all()
                        .iter()
                        .map(|s| s.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })?,
        Some(_) => return Err(error("field scheme", "must be a string")),
        None => return Err(error("field scheme", "is missing")),
    };
    let params = match top.get("params") {
        None | Some(Value::Null) => Params::default_for(scheme),
        Some(value) => {
            let params: Params = serde_json::from_value(value.clone())
                .map_err(|e| error("field params", e.to_string()))?;
            if params.scheme != scheme {
                return Err(error("field params", "names another scheme than `scheme`"));
            }
            params.check().map_err(|e| error("field params", e))?;
            params
        }
    };
    let list = match top.get("members") {
        Some(Value::Array(list)) => list,
        Some(_) => return Err(error("field members", "must be a list")),
        None => return Err(error("field members", "is missing")),
    };
    let mut members = Vec::with_capacity(list.len());
    let mut seen = std::collections::HashSet::new();
    for (index, value) in list.iter().enumerate() {
        let member = member(&params, index, value)?;
        if !seen.insert(member.id.clone()) {
            return Err(error(
                format!("member {:?} (no. {}), field id", member.id, index + 1),
                "is used by an earlier member",
            ));
        }
        members.push(member);
    }
    Ok(RateRequest { params, members })
}

/// One member's case.
fn member(params: &Params, index: usize, value: &Value) -> Result<MemberCase, InputError> {
    let Value::Object(fields) = value else {
        return Err(error(
            format!("member no. {}", index + 1),
            "must be a JSON object",
        ));
    };
    let id = match fields.get("id") {
        Some(Value::String(id)) if !id.trim().is_empty() => id.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => {
            return Err(error(
                format!("member no. {}, field id", index + 1),
                "is missing or empty",
            ));
        }
    };
    let place = |field: &str| format!("member {id:?} (no. {}), field {field}", index + 1);
    let get = Fields {
        fields,
        place: &place,
    };
    let org = get.string("org")?;
    let items = match fields.get("items") {
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let place = place(&format!("items[{i}]"));
                let Value::Object(item) = item else {
                    return Err(error(place, "must be an object with outcome and weight"));
                };
                let outcome = match item.get("outcome") {
                    Some(Value::String(o)) => Outcome::parse(o).ok_or_else(|| {
                        error(
                            &place,
                            format!(
                                "outcome {o:?} is not one of exceeded, on_time, late, not_done"
                            ),
                        )
                    })?,
                    _ => return Err(error(&place, "outcome is missing")),
                };
                let weight = match item.get("weight") {
                    None | Some(Value::Null) => 1,
                    Some(w) => w
                        .as_u64()
                        .and_then(|w| u32::try_from(w).ok())
                        .filter(|w| (1..=100).contains(w))
                        .ok_or_else(|| {
                            error(
                                &place,
                                format!("weight must be a whole number from 1 to 100, got {w}"),
                            )
                        })?,
                };
                Ok(ItemResult::new(outcome, weight))
            })
            .collect::<Result<Vec<_>, _>>()?,
        Some(_) => return Err(error(place("items"), "must be a list")),
        None => return Err(error(place("items"), "is missing")),
    };
    let common_points = match fields.get("common_points") {
        Some(Value::Number(n)) => n
            .as_f64()
            .filter(|p| (0.0..=params.common_max).contains(p))
            .ok_or_else(|| {
                error(
                    place("common_points"),
                    format!("must be from 0 to {}, got {n}", params.common_max),
                )
            })?,
        Some(other) => {
            return Err(error(
                place("common_points"),
                format!("must be a number, got {other}"),
            ));
        }
        None => return Err(error(place("common_points"), "is missing")),
    };
    let shortcomings_open = match fields.get("shortcomings_open") {
        Some(v) => v
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| {
                error(
                    place("shortcomings_open"),
                    format!("must be a whole number, 0 or more, got {v}"),
                )
            })?,
        None => return Err(error(place("shortcomings_open"), "is missing")),
    };
    let not_rated = match fields.get("not_rated") {
        None | Some(Value::Null) => None,
        Some(Value::String(reason)) => Some(NotRated::parse(reason).ok_or_else(|| {
            error(
                place("not_rated"),
                format!(
                    "{reason:?} is not one of exempted, suspended, new_member, leave, \
                     under_inspection"
                ),
            )
        })?),
        Some(other) => {
            return Err(error(
                place("not_rated"),
                format!("must be null or a reason, got {other}"),
            ));
        }
    };
    Ok(MemberCase {
        org,
        items,
        common_points,
        shortcomings_open,
        disciplined: get.flag("disciplined")?,
        self_detected: get.flag("self_detected")?,
        degradation: get.flag("degradation")?,
        prohibited: get.flag("prohibited")?,
        example_duty: get.flag("example_duty")?,
        not_rated,
        head: match fields.get("head") {
            None | Some(Value::Null) => false,
            Some(_) => get.flag("head")?,
        },
        leads: match fields.get("leads") {
            None | Some(Value::Null) => None,
            Some(value) => Some(serde_json::from_value(value.clone()).map_err(|e| {
                error(
                    place("leads"),
                    format!("must be {{\"level\": …, \"done_percent\": …}}: {e}"),
                )
            })?),
        },
        id,
    })
}

struct Fields<'a> {
    fields: &'a Map<String, Value>,
    place: &'a dyn Fn(&str) -> String,
}

impl Fields<'_> {
    fn flag(&self, name: &str) -> Result<bool, InputError> {
        match self.fields.get(name) {
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => Err(error(
                (self.place)(name),
                format!("must be true or false, got {other}"),
            )),
            None => Err(error((self.place)(name), "is missing")),
        }
    }

    fn string(&self, name: &str) -> Result<String, InputError> {
        match self.fields.get(name) {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
            Some(Value::String(_)) => Err(error((self.place)(name), "is empty")),
            Some(other) => Err(error(
                (self.place)(name),
                format!("must be a string, got {other}"),
            )),
            None => Err(error((self.place)(name), "is missing")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"{"scheme": "qd366-2025",
 "members": [{"id": "m1", "org": "TCCS-01",
              "items": [{"outcome": "exceeded", "weight": 1}],
              "common_points": 28, "shortcomings_open": 0,
              "disciplined": false, "self_detected": false, "degradation": false,
              "prohibited": false, "example_duty": false,
              "not_rated": null, "note": "more fields are allowed"}]}"#;

    #[test]
    fn the_example_reads() {
        let request = parse(EXAMPLE).expect("example");
        assert_eq!(request.params.scheme, RatingScheme::Qd366);
        assert_eq!(request.members.len(), 1);
        assert_eq!(request.members[0].common_points, 28.0);
        assert_eq!(request.members[0].items[0].outcome, Outcome::Exceeded);
    }

    #[test]
    fn each_mistake_is_named_by_member_and_field() {
        let with = |from: &str, to: &str| EXAMPLE.replacen(from, to, 1);
        let cases = [
            (
                with(r#""common_points": 28"#, r#""common_points": 31"#),
                "field common_points",
            ),
            (
                with(r#""common_points": 28"#, r#""common_points": "28""#),
                "field common_points",
            ),
            (with(r#""common_points": 28,"#, ""), "field common_points"),
            (
                with(r#""disciplined": false"#, r#""disciplined": "no""#),
                "field disciplined",
            ),
            (with(r#""example_duty": false,"#, ""), "field example_duty"),
            (with(r#""exceeded""#, r#""great""#), "field items[0]"),
            (with(r#""weight": 1"#, r#""weight": 0"#), "field items[0]"),
            (with(r#""weight": 1"#, r#""weight": 1.5"#), "field items[0]"),
            (
                with(r#""not_rated": null"#, r#""not_rated": "holiday""#),
                "field not_rated",
            ),
            (
                with(r#""shortcomings_open": 0"#, r#""shortcomings_open": -1"#),
                "field shortcomings_open",
            ),
            (with(r#""org": "TCCS-01""#, r#""org": """#), "field org"),
        ];
        for (text, field) in cases {
            let error = parse(&text).expect_err(field);
            assert!(error.place.contains(r#"member "m1" (no. 1)"#), "{error}");
            assert!(error.place.ends_with(field), "{error} (wanted {field})");
        }
        let top = [
            ("", "line"),
            ("[]", "input"),
            (r#"{"members": []}"#, "field scheme"),
            (r#"{"scheme": "qd999", "members": []}"#, "field scheme"),
            (r#"{"scheme": "qd366-2025"}"#, "field members"),
            (
                r#"{"scheme": "qd366-2025", "members": [{"org": "x"}]}"#,
                "member no. 1, field id",
            ),
        ];
        for (text, place) in top {
            let error = parse(text).expect_err(place);
            assert!(error.place.starts_with(place), "{error} (wanted {place})");
        }
        let twice = EXAMPLE.replace(
            r#""members": [{"#,
            r#""members": [{"id": "m1", "org": "A", "items": [], "common_points": 0,
              "shortcomings_open": 0, "disciplined": false, "self_detected": false,
              "degradation": false, "prohibited": false, "example_duty": false}, {"#,
        );
        let error = parse(&twice).expect_err("duplicate");
        assert!(error.place.contains("no. 2"), "{error}");
    }

    #[test]
    fn params_may_be_given_and_are_checked() {
        let mut params = Params::default_for(RatingScheme::Qd366);
        params.late_credit_percent = 0;
        let text = EXAMPLE.replacen(
            r#""scheme": "qd366-2025","#,
            &format!(
                r#""scheme": "qd366-2025", "params": {},"#,
                serde_json::to_string(&params).expect("json")
            ),
            1,
        );
        assert_eq!(parse(&text).expect("params").params, params);
        if let Some(quota) = params.quota.as_mut() {
            quota.percent = 25;
        }
        let text = EXAMPLE.replacen(
            r#""scheme": "qd366-2025","#,
            &format!(
                r#""scheme": "qd366-2025", "params": {},"#,
                serde_json::to_string(&params).expect("json")
            ),
            1,
        );
        assert!(
            parse(&text)
                .expect_err("no reason")
                .message
                .contains("reason")
        );
    }
}
