//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6354, 1.6812, 0.0000, 0.6180, 0.2133, 0.0000, 0.7430, 1.1835, 1.3328, 0.0000, 0.0000, 1.2457,
    0.0000, 0.2006, 0.0000, -1.2044,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.4615;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.4804, -0.1092, 0.0710, -0.7159, -0.1801, 0.0000, -0.8947, -0.7061, 2.6960, 0.0000, 0.0000,
    1.5323, 0.0000, 0.4164, 0.0000, -0.7601,
];
