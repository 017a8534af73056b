//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.7222, 1.0240, 0.0000, 0.7328, 0.2585, 0.0000, 0.6299, 1.2342, 1.2929, 0.0000, 0.0000, 1.2280,
    0.0000, 0.2431, 0.0000, -1.1211,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.8782;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.7120, 0.2152, -0.1150, -1.0729, -0.4084, 0.0000, -0.8179, -1.0495, 2.0650, 0.0000, 0.0000,
    1.3315, 0.0000, 0.5175, 0.0000, -0.0171,
];
