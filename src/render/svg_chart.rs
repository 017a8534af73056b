//! Indicator charts drawn at build time: one small SVG bar chart per indicator, quarterly values
//! against the target line. The same figures are always in a table next to it, so the chart is never
//! the only way to read them.

use std::fmt::Write;

use crate::content::indicators::{meets, Direction, Indicator, Unit};
use crate::highlight::escape;

const W: f64 = 320.0;
const H: f64 = 170.0;
const LEFT: f64 = 48.0;
const BOTTOM: f64 = 28.0;
const TOP: f64 = 14.0;

/// Formats a value for people: no trailing `.0`, a `%` for percentages.
pub fn format_value(value: f64, unit: Unit) -> String {
    let number = if (value - value.round()).abs() < 1e-9 {
        format!("{}", value.round() as i64)
    } else {
        format!("{value:.1}").replace('.', ",")
    };
    match unit {
        Unit::Percent => format!("{number} %"),
        Unit::Hours => format!("{number} h"),
        _ => number,
    }
}

pub fn render(ind: &Indicator, periods: &[String], title: &str) -> String {
    let max_value = ind
        .values
        .iter()
        .flatten()
        .copied()
        .fold(ind.target.unwrap_or(0.0), f64::max);
    let scale_max = match ind.unit {
        Unit::Percent => 100.0,
        _ => nice_ceiling(max_value.max(1.0)),
    };
    let plot_h = H - BOTTOM - TOP;
    let y_of = |v: f64| TOP + plot_h * (1.0 - (v / scale_max).clamp(0.0, 1.0));
    let n = periods.len().max(1) as f64;
    let slot = (W - LEFT - 8.0) / n;
    let bar_w = (slot * 0.6).min(48.0);

    // Met and missed targets look different (bar colour), besides the words the page prints; a
    // watched indicator's bars are all neutral.
    let state = match ind.met {
        Some(true) => " chart-met",
        Some(false) => " chart-missed",
        None => "",
    };
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart{state}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{}\">",
        escape(title)
    );
    for tick in [0.0, scale_max / 2.0, scale_max] {
        let y = y_of(tick);
        let _ = write!(
            svg,
            "<line class=\"chart-grid\" x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{W}\" y2=\"{y:.1}\"/><text class=\"chart-axis\" x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            LEFT - 4.0,
            y + 4.0,
            escape(&format_value(tick, ind.unit))
        );
    }
    // The target line first, so the bars' value labels are drawn over it, not struck through. It is
    // labelled with its direction (≥ a floor to reach, ≤ a ceiling not to pass), above the line when
    // the target is a floor and below it when it is a ceiling, on the side where values are good.
    if let Some(target) = ind.target {
        let ty = y_of(target);
        let (sign, label_y) = match ind.direction {
            Direction::AtMost => ('≤', (ty + 12.0).min(H - BOTTOM - 2.0)),
            Direction::AtLeast | Direction::Watch => ('≥', (ty - 4.0).max(TOP - 4.0)),
        };
        let _ = write!(
            svg,
            "<line class=\"chart-target\" x1=\"{LEFT}\" y1=\"{ty:.1}\" x2=\"{W}\" y2=\"{ty:.1}\"/><text class=\"chart-target-label\" x=\"{W}\" y=\"{label_y:.1}\" text-anchor=\"end\">{sign} {}</text>",
            escape(&format_value(target, ind.unit))
        );
    }
    for (i, period) in periods.iter().enumerate() {
        let cx = LEFT + slot * (i as f64 + 0.5);
        if let Some(Some(v)) = ind.values.get(i) {
            // A bar of 0 keeps a sliver, so a measured zero never looks like a missing value.
            let y = y_of(*v).min(H - BOTTOM - 2.0);
            // Each bar judged by the indicator's direction: a count of incidents at or under its
            // ceiling is good, a rate under its floor is not.
            let judged = match ind.target.and_then(|t| meets(ind.direction, *v, t)) {
                Some(true) => "chart-bar-met",
                Some(false) => "chart-bar-missed",
                None => "chart-bar-watch",
            };
            let _ = write!(
                svg,
                "<rect class=\"chart-bar {judged}\" x=\"{:.1}\" y=\"{y:.1}\" width=\"{bar_w:.1}\" height=\"{:.1}\"/><text class=\"chart-value\" x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                cx - bar_w / 2.0,
                (H - BOTTOM - y).max(0.0),
                (y - 3.0).max(10.0),
                escape(&format_value(*v, ind.unit))
            );
        }
        let _ = write!(
            svg,
            "<text class=\"chart-axis\" x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            H - 8.0,
            escape(period)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A round upper bound for the axis: 1, 2, 5 × 10^k.
fn nice_ceiling(v: f64) -> f64 {
    let exp = 10f64.powf(v.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if v <= m * exp {
            return m * exp;
        }
    }
    10.0 * exp
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::indicators::{Direction, Group};

    #[test]
    fn bars_for_measured_values_and_a_target_line() {
        let ind = Indicator {
            id: "x".into(),
            label: "Utilisateurs réguliers".into(),
            group: Group::Adoption,
            unit: Unit::Percent,
            target: Some(60.0),
            direction: Direction::AtLeast,
            values: vec![Some(20.0), None, Some(58.5)],
            source: None,
            met: Some(false),
        };
        let periods: Vec<String> = ["T1", "T2", "T3", "T4"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let svg = render(&ind, &periods, "Utilisateurs");
        assert_eq!(
            svg.matches("class=\"chart-bar chart-bar-missed\"").count(),
            2
        );
        assert!(svg.contains(">≥ 60 %</text>"), "{svg}");
        assert!(svg.contains("chart-target"));
        assert!(svg.contains("58,5 %"));
        assert_eq!(format_value(3.0, Unit::Hours), "3 h");
        assert_eq!(nice_ceiling(7.0), 10.0);
        assert_eq!(nice_ceiling(130.0), 200.0);
    }

    #[test]
    fn a_ceiling_is_judged_and_drawn_as_one() {
        let ind = Indicator {
            id: "incidents".into(),
            label: "Incidents".into(),
            group: Group::Security,
            unit: Unit::Count,
            target: Some(0.0),
            direction: Direction::AtMost,
            values: vec![Some(2.0), Some(0.0)],
            source: None,
            met: Some(true),
        };
        let svg = render(&ind, &["T1".into(), "T2".into()], "Incidents");
        // 2 incidents is over the ceiling, 0 is at it: the first bar is missed, the second met and
        // still drawn (a sliver), and the target line says it is a ceiling.
        let first = svg.find("chart-bar-missed").expect("a missed bar");
        let second = svg.find("chart-bar-met").expect("a met bar");
        assert!(first < second, "{svg}");
        assert!(svg.contains(">≤ 0</text>"), "{svg}");
        assert!(!svg.contains("height=\"0.0\""), "{svg}");
    }

    #[test]
    fn a_watched_indicator_has_neutral_bars_and_no_target_line() {
        let ind = Indicator {
            id: "reports".into(),
            label: "Signalements".into(),
            group: Group::Security,
            unit: Unit::Count,
            target: None,
            direction: Direction::Watch,
            values: vec![Some(3.0), Some(5.0)],
            source: None,
            met: None,
        };
        let svg = render(&ind, &["T1".into(), "T2".into()], "Signalements");
        assert_eq!(svg.matches("chart-bar chart-bar-watch").count(), 2, "{svg}");
        assert!(!svg.contains("chart-target"), "{svg}");
        assert!(!svg.contains("chart-bar-met") && !svg.contains("chart-bar-missed"));
        assert!(svg.starts_with("<svg class=\"chart\""), "{svg}");
    }
}
