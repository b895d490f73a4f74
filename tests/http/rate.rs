//! `pledges rate`: the year-end rules from standard input to standard output, no database.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn rate(input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pledges"))
        .arg("rate")
        .env_remove("DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pledges rate");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    child.wait_with_output().expect("output")
}

const EXAMPLE: &str = r#"{"scheme": "qd366-2025",
 "members": [{"id": "m1", "org": "TCCS-01",
              "items": [{"outcome": "exceeded", "weight": 1}],
              "common_points": 28, "shortcomings_open": 0,
              "disciplined": false, "self_detected": false, "degradation": false,
              "prohibited": false, "example_duty": false,
              "not_rated": null}]}"#;

#[test]
fn the_example_is_rated_and_explained() {
    let output = rate(EXAMPLE);
    assert!(output.status.success(), "{output:?}");
    let answer: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let m1 = &answer["ratings"][0];
    assert_eq!(m1["id"], "m1");
    assert_eq!(m1["points"], 98.0);
    assert_eq!(m1["before_quota"], "HTXSNV");
    // Alone in the organisation, nobody is rated good: 20 % of none is none.
    assert_eq!(m1["level"], "HTTNV");
    assert_eq!(m1["moved_by_quota"], true);
    assert_eq!(m1["tie_at_boundary"], false);
    assert_eq!(m1["not_rated"], serde_json::Value::Null);
    let steps: Vec<&str> = m1["explanation"]
        .as_array()
        .expect("explanation")
        .iter()
        .map(|s| s["step"].as_str().unwrap_or_default())
        .collect();
    for step in ["scheme", "item", "points", "condition", "proposed", "quota"] {
        assert!(steps.contains(&step), "{step} in {steps:?}");
    }
    assert_eq!(m1["explanation"][0]["params"]["quota"]["percent"], 20);
}

#[test]
fn five_good_members_let_one_stay_excellent() {
    let member = |id: &str, outcome: &str| {
        EXAMPLE
            .split_once(r#""members": ["#)
            .and_then(|(_, rest)| rest.rsplit_once("]}"))
            .map(|(m, _)| m.replace("m1", id).replace("exceeded", outcome))
            .expect("member")
    };
    let members: Vec<String> = [
        ("a", "exceeded"),
        ("b", "on_time"),
        ("c", "on_time"),
        ("d", "on_time"),
        ("e", "on_time"),
        ("f", "on_time"),
    ]
    .iter()
    .map(|(id, o)| member(id, o))
    .collect();
    let input = format!(
        r#"{{"scheme": "qd366-2025", "members": [{}]}}"#,
        members.join(",")
    );
    let output = rate(&input);
    assert!(output.status.success(), "{output:?}");
    let answer: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let levels: Vec<&str> = answer["ratings"]
        .as_array()
        .expect("ratings")
        .iter()
        .map(|r| r["level"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        levels,
        ["HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV", "HTTNV"]
    );
}

#[test]
fn bad_input_names_the_member_and_the_field_and_exits_2() {
    let output = rate(&EXAMPLE.replace(r#""common_points": 28"#, r#""common_points": "many""#));
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(
        message.contains(r#"member "m1" (no. 1), field common_points"#),
        "{message}"
    );
    for bad in ["", "not json", "{\"scheme\": 5}", "\u{0}\u{ff}"] {
        let output = rate(bad);
        assert_eq!(output.status.code(), Some(2), "{bad:?}: {output:?}");
    }
}
