//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.7346, 1.0055, 0.0000, 0.7206, 0.2582, 0.0000, 0.6281, 1.2368, 1.3234, 0.0000, 0.0000, 1.2270,
    0.0000, 0.2424, 0.0000, -1.1193,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.8770;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.7196, 0.2334, -0.1350, -1.0356, -0.3981, 0.0000, -0.7959, -1.0347, 2.1131, 0.0000, 0.0000,
    1.3594, 0.0000, 0.5304, 0.0000, -0.0811,
];
