//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6403, 1.6742, 0.0000, 0.6205, 0.2138, 0.0000, 0.7479, 1.1881, 1.3397, 0.0000, 0.0000, 1.2416,
    0.0000, 0.1989, 0.0000, -1.2170,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.0290;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.4627, -0.1157, 0.0808, -0.7128, -0.1797, 0.0000, -0.8815, -0.6943, 2.7145, 0.0000, 0.0000,
    1.4718, 0.0000, 0.4341, 0.0000, -0.7923,
];
