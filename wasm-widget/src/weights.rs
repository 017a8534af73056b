//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6594, 1.2715, 0.0000, 0.6777, 0.2718, 0.0000, 0.5782, 1.3045, 1.2761, 0.0000, 0.0000, 1.3392,
    0.0000, 0.2247, 0.0000, -1.1287,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.1123;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.7106, 0.0960, -0.1263, -0.9252, -0.3283, 0.0000, -0.7350, -1.0707, 2.2050, 0.0000, 0.0000,
    1.4527, 0.0000, 0.3926, 0.0000, -0.1837,
];
