//! Charts drawn on the server as SVG: no chart library in the browser, readable in print
//! and on a 360 px phone (each bar takes the whole width under its label). The charts are
//! pictures of the table beside them, which carries the numbers for screen readers: they
//! are hidden from assistive technology and their links are left out of the tab order.

use std::fmt::Write;

/// One part of a bar: its value and the CSS class that colours it (`seg-…`).
#[derive(Debug, Clone)]
pub struct Segment {
    pub value: i64,
    pub class: &'static str,
    /// What the part is, shown when the pointer rests on it.
    pub label: String,
}

/// A row of a bar chart: the unit's name, where it leads, its parts and a note written at
/// the right end (such as "82%").
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub href: Option<String>,
    pub segments: Vec<Segment>,
    pub note: String,
}

/// The width of a bar in its own units (it is stretched to the page's width).
const WIDTH: i64 = 1000;
const BAR: i64 = 16;
/// The trend's drawing: narrow, so that its text stays near the page's size on a phone.
const TREND_WIDTH: i64 = 360;

/// XML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Horizontal bars, each split into its parts as shares of the bar's total (a bar with
/// nothing to count is drawn empty). The names and notes are text of the page, so they
/// stay readable at any width; each bar is a small SVG stretched to the width under its
/// name. `id` names the chart.
pub fn stacked_bars(id: &str, bars: &[Bar]) -> String {
    let mut html = String::new();
    let _ = write!(
        html,
        r#"<div class="chart bars" id="{}" aria-hidden="true">"#,
        escape(id)
    );
    for bar in bars {
        let total: i64 = bar.segments.iter().map(|s| s.value.max(0)).sum();
        match &bar.href {
            Some(href) => {
                let _ = write!(
                    html,
                    r#"<a class="bar-row" href="{}" tabindex="-1">"#,
                    escape(href)
                );
            }
            None => html.push_str(r#"<div class="bar-row">"#),
        }
        let _ = write!(
            html,
            r#"<span class="bar-label">{}</span><span class="bar-note">{}</span><svg class="bar" viewBox="0 0 {WIDTH} {BAR}" preserveAspectRatio="none" focusable="false" xmlns="http://www.w3.org/2000/svg"><rect class="seg-track" x="0" y="0" width="{WIDTH}" height="{BAR}"/>"#,
            escape(&bar.label),
            escape(&bar.note),
        );
        if total > 0 {
            // Cumulative rounding, so the parts always fill the bar exactly.
            let mut sum = 0;
            for segment in &bar.segments {
                let start = sum * WIDTH / total;
                sum += segment.value.max(0);
                let end = sum * WIDTH / total;
                if end > start {
                    let _ = write!(
                        html,
                        r#"<rect class="{}" x="{start}" y="0" width="{}" height="{BAR}"><title>{}: {}</title></rect>"#,
                        segment.class,
                        end - start,
                        escape(&segment.label),
                        segment.value
                    );
                }
            }
        }
        html.push_str("</svg>");
        html.push_str(if bar.href.is_some() { "</a>" } else { "</div>" });
    }
    html.push_str("</div>");
    html
}

/// One year of a trend: shares from 0 to 100, one per series.
#[derive(Debug, Clone)]
pub struct Column {
    pub label: String,
    pub href: Option<String>,
    pub values: Vec<Option<f64>>,
}

/// Grouped columns, one group per year and one column per series (`classes` colour them),
/// on a 0–100 % scale with lines at 50 and 100 %.
pub fn percent_columns(id: &str, columns: &[Column], classes: &[&'static str]) -> String {
    let height: i64 = 180;
    let plot = 150;
    let groups = i64::try_from(columns.len().max(1)).unwrap_or(1);
    let series = i64::try_from(classes.len().max(1)).unwrap_or(1);
    let group_width = TREND_WIDTH / groups;
    let bar = (group_width - 8).min(72) / series;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart trend" id="{}" viewBox="0 0 {TREND_WIDTH} {height}" width="100%" preserveAspectRatio="xMinYMin meet" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">"#,
        escape(id)
    );
    for share in [50, 100] {
        let y = plot - plot * share / 100 + 4;
        let _ = write!(
            svg,
            r#"<line class="chart-grid" x1="0" x2="{TREND_WIDTH}" y1="{y}" y2="{y}"/><text class="chart-axis" x="0" y="{}">{share}%</text>"#,
            y - 2
        );
    }
    for (g, column) in (0i64..).zip(columns) {
        let left = g * group_width + (group_width - bar * series) / 2;
        if let Some(href) = &column.href {
            let _ = write!(svg, r#"<a href="{}" tabindex="-1">"#, escape(href));
        }
        for ((s, value), class) in (0i64..).zip(&column.values).zip(classes) {
            let Some(value) = value else { continue };
            #[allow(clippy::cast_possible_truncation)]
            let h = (value.clamp(0.0, 100.0) * plot as f64 / 100.0).round() as i64;
            let _ = write!(
                svg,
                r#"<rect class="{class}" x="{}" y="{}" width="{}" height="{h}"><title>{}: {value:.0}%</title></rect>"#,
                left + s * bar,
                plot - h + 4,
                bar - 2,
                escape(&column.label),
            );
        }
        let _ = write!(
            svg,
            r#"<text class="chart-label" x="{}" y="{}" text-anchor="middle">{}</text>"#,
            g * group_width + group_width / 2,
            height - 6,
            escape(&column.label)
        );
        if column.href.is_some() {
            svg.push_str("</a>");
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(values: &[i64]) -> Bar {
        Bar {
            label: "Chi bộ <Thôn 1> & \"2\"".into(),
            href: Some("/units/1/dashboard?year=2026&x=1".into()),
            segments: values
                .iter()
                .map(|v| Segment {
                    value: *v,
                    class: "seg-a",
                    label: "Đã duyệt".into(),
                })
                .collect(),
            note: "50%".into(),
        }
    }

    fn widths(svg: &str) -> Vec<i64> {
        svg.split(r#"<rect class="seg-a""#)
            .skip(1)
            .map(|rest| {
                let w = rest.split("width=\"").nth(1).expect("width");
                w[..w.find('"').expect("end")].parse().expect("a number")
            })
            .collect()
    }

    #[test]
    fn the_parts_of_a_bar_fill_it_exactly_whatever_the_rounding() {
        for values in [&[1, 1, 1][..], &[2, 3, 7], &[1, 0, 998], &[5]] {
            let svg = stacked_bars("c", &[bar(values)]);
            assert_eq!(widths(&svg).iter().sum::<i64>(), WIDTH, "{values:?}");
        }
        // Nothing to count: only the track, no part.
        let svg = stacked_bars("c", &[bar(&[0, 0])]);
        assert!(widths(&svg).is_empty());
        assert!(svg.contains("seg-track"));
        // Negative values are not drawn.
        let svg = stacked_bars("c", &[bar(&[-5, 5])]);
        assert_eq!(widths(&svg), vec![WIDTH]);
    }

    #[test]
    fn names_and_links_are_escaped_and_hidden_from_the_tab_order() {
        let svg = stacked_bars("c", &[bar(&[1])]);
        assert!(svg.contains("Chi bộ &lt;Thôn 1&gt; &amp; &quot;2&quot;"));
        assert!(svg.contains(r#"href="/units/1/dashboard?year=2026&amp;x=1" tabindex="-1""#));
        assert!(svg.contains(r#"class="bar-label">Chi bộ &lt;Thôn 1&gt;"#));
        assert!(svg.contains(r#"aria-hidden="true""#));
        assert!(!svg.contains("<Thôn"));
    }

    #[test]
    fn columns_are_as_high_as_their_share() {
        let columns = [Column {
            label: "2026".into(),
            href: None,
            values: vec![Some(100.0), Some(50.0), None, Some(140.0)],
        }];
        let svg = percent_columns("t", &columns, &["a", "b", "c", "d"]);
        let heights: Vec<&str> = svg
            .split("<rect ")
            .skip(1)
            .map(|r| {
                let h = r.split("height=\"").nth(1).expect("height");
                &h[..h.find('"').expect("end")]
            })
            .collect();
        // A missing value draws nothing; a share above 100 % is drawn at 100 %.
        assert_eq!(heights, ["150", "75", "150"]);
    }
}
