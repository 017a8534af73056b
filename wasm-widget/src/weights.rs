//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6378, 1.6786, 0.0000, 0.6173, 0.2131, 0.0000, 0.7428, 1.1835, 1.3332, 0.0000, 0.0000, 1.2456,
    0.0000, 0.2005, 0.0000, -1.2043,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.4617;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.4821, -0.1071, 0.0709, -0.7139, -0.1800, 0.0000, -0.8947, -0.7061, 2.6955, 0.0000, 0.0000,
    1.5324, 0.0000, 0.4166, 0.0000, -0.7602,
];
