//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6373, 1.6709, 0.0000, 0.6221, 0.2143, 0.0000, 0.7497, 1.1888, 1.3360, 0.0000, 0.0000, 1.2424,
    0.0000, 0.1991, 0.0000, -1.2186,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.4691;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.4650, -0.1064, 0.0827, -0.7076, -0.1783, 0.0000, -0.8772, -0.6882, 2.7031, 0.0000, 0.0000,
    1.4780, 0.0000, 0.4360, 0.0000, -0.8068,
];
