//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.4427, 1.2500, 0.0000, 0.7660, 0.2933, 0.0000, 0.6477, 1.2936, 1.3037, 0.0000, 0.0000, 1.3452,
    0.0000, 0.2317, 0.0000, -1.1338,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = 0.1160;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.7089, 0.0798, -0.0683, -0.9395, -0.3205, 0.0000, -0.7392, -1.0827, 2.1877, 0.0000, 0.0000,
    1.4411, 0.0000, 0.3891, 0.0000, -0.1619,
];
