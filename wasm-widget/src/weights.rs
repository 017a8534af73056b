//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6397, 1.6743, 0.0000, 0.6202, 0.2138, 0.0000, 0.7475, 1.1876, 1.3394, 0.0000, 0.0000, 1.2406,
    0.0000, 0.2024, 0.0000, -1.2155,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.0281;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.4663, -0.1180, 0.0798, -0.7137, -0.1800, 0.0000, -0.8834, -0.6972, 2.7130, 0.0000, 0.0000,
    1.4698, 0.0000, 0.4386, 0.0000, -0.7846,
];
