//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6577, 1.3675, 0.0000, 0.6339, 0.2178, 0.0000, 0.8042, 1.2464, 1.2171, 0.0000, 0.0000, 1.3083,
    0.0000, 0.2135, 0.0000, -1.1412,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.3371;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.6181, -0.0123, -0.0205, -0.8879, -0.2191, 0.0000, -1.1726, -0.9738, 2.2245, 0.0000, 0.0000,
    1.3853, 0.0000, 0.4017, 0.0000, -0.2056,
];
