//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.5060, 1.2545, 0.0000, 0.7726, 0.3182, 0.0000, 0.6455, 1.1422, 1.2505, 0.0000, 0.0000, 1.3848,
    0.0000, 0.2394, 0.0000, -1.1064,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.1428;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.6686, 0.1090, -0.1351, -1.0043, -0.3501, 0.0000, -0.7737, -0.9597, 2.1050, 0.0000, 0.0000,
    1.4931, 0.0000, 0.3989, 0.0000, -0.1721,
];
