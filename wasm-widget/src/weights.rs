//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6439, 1.6984, 0.0000, 0.6039, 0.2097, 0.0000, 0.7252, 1.1718, 1.2313, 0.0000, 0.0000, 1.2353,
    0.0000, 0.2048, 0.0000, -1.1698,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.2640;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.5429, -0.1049, 0.0512, -0.7844, -0.1975, 0.0000, -0.9969, -0.8164, 2.4559, 0.0000, 0.0000,
    1.4167, 0.0000, 0.4040, 0.0000, -0.4704,
];
