//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6408, 1.6816, 0.0000, 0.6026, 0.2094, 0.0000, 0.7247, 1.1689, 1.2319, 0.0000, 0.0000, 1.2327,
    0.0000, 0.2043, 0.0000, -1.1619,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.2581;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.5405, -0.0800, 0.0074, -0.7803, -0.1965, 0.0000, -0.9960, -0.8105, 2.4539, 0.0000, 0.0000,
    1.4235, 0.0000, 0.4059, 0.0000, -0.4839,
];
