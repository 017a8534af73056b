//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6943, 1.6618, 0.0000, 0.5930, 0.2124, 0.0000, 0.7297, 1.1896, 1.3078, 0.0000, 0.0000, 1.2386,
    0.0000, 0.1865, 0.0000, -1.2359,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.0465;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.4790, -0.0719, 0.0933, -0.6920, -0.1763, 0.0000, -0.8765, -0.6866, 2.6951, 0.0000, 0.0000,
    1.4798, 0.0000, 0.4459, 0.0000, -0.8048,
];
