//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6689, 1.2579, 0.0000, 0.6749, 0.2673, 0.0000, 0.5741, 1.3046, 1.2770, 0.0000, 0.0000, 1.3393,
    0.0000, 0.2244, 0.0000, -1.1292,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.1170;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.7152, 0.1023, -0.0668, -0.9251, -0.3174, 0.0000, -0.7275, -1.0701, 2.2066, 0.0000, 0.0000,
    1.4513, 0.0000, 0.3927, 0.0000, -0.1854,
];
