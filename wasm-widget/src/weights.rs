//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.5177, 1.1314, 0.0000, 0.8973, 0.2919, 0.0000, 0.7007, 1.0590, 1.1936, 0.0000, 0.0000, 1.1385,
    0.0000, 0.0000, 0.0000, -1.0295,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.3289;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.6536, 0.0666, -0.3563, -1.2122, -0.4252, 0.0000, -0.9341, -0.9289, 2.0312, 0.0000, 0.0000,
    1.3431, 0.0000, 0.0000, 0.0000, 0.0447,
];
