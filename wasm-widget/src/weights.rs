//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.4692, 1.1957, 0.0000, 0.7353, 0.2963, 0.0000, 0.6428, 1.0863, 1.2510, 0.0000, 0.0000, 1.3869,
    0.0000, 0.2407, 0.0000, -1.1084,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.1694;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.6745, 0.1143, -0.1336, -0.9983, -0.3753, 0.0000, -0.7458, -0.9560, 2.1103, 0.0000, 0.0000,
    1.4970, 0.0000, 0.4005, 0.0000, -0.1807,
];
