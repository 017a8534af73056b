//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.6371, 0.9881, 0.0000, 0.7388, 0.2647, 0.0000, 0.6393, 1.2207, 1.2988, 0.0000, 0.0000, 1.1188,
    0.0000, 0.2550, 0.0000, -1.0749,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.8200;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.7993, 0.1767, -0.1470, -1.0719, -0.4195, 0.0000, -0.8377, -1.1248, 2.0322, 0.0000, 0.0000,
    1.2266, 0.0000, 0.5232, 0.0000, 0.1183,
];
