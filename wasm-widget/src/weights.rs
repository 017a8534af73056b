//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.4600, 1.2161, 0.0000, 0.7604, 0.2962, 0.0000, 0.6433, 1.0851, 1.2471, 0.0000, 0.0000, 1.3860,
    0.0000, 0.2408, 0.0000, -1.1062,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.3459;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.6745, 0.1143, -0.1336, -0.9983, -0.3753, 0.0000, -0.7458, -0.9560, 2.1103, 0.0000, 0.0000,
    1.4970, 0.0000, 0.4005, 0.0000, -0.1807,
];
