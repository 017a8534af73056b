//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

// Fitted numbers may land near a mathematical constant (1.4427 is close to
// log2(e)) without being one.
#![allow(clippy::approx_constant)]

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6372, 1.6789, 0.0000, 0.6170, 0.2130, 0.0000, 0.7421, 1.1829, 1.3311, 0.0000, 0.0000, 1.2517,
    0.0000, 0.1995, 0.0000, -1.2027,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.2773;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.4857, -0.1049, 0.0692, -0.7149, -0.1802, 0.0000, -0.8979, -0.7089, 2.6890, 0.0000, 0.0000,
    1.5419, 0.0000, 0.4126, 0.0000, -0.7525,
];
