//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6432, 1.3742, 0.0000, 0.6380, 0.2191, 0.0000, 0.8055, 1.2459, 1.2059, 0.0000, 0.0000, 1.3077,
    0.0000, 0.2137, 0.0000, -1.1391,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.1822;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.6268, -0.0073, -0.1037, -0.8916, -0.2208, 0.0000, -1.1831, -0.9858, 2.2057, 0.0000, 0.0000,
    1.3763, 0.0000, 0.4002, 0.0000, -0.1772,
];
