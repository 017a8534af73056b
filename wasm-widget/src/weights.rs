//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6435, 1.3681, 0.0000, 0.6391, 0.2193, 0.0000, 0.8077, 1.2470, 1.2192, 0.0000, 0.0000, 1.3089,
    0.0000, 0.2139, 0.0000, -1.1425,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = 0.0766;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.6164, -0.0117, -0.1008, -0.8874, -0.2199, 0.0000, -1.1738, -0.9754, 2.2231, 0.0000, 0.0000,
    1.3865, 0.0000, 0.4018, 0.0000, -0.2014,
];
