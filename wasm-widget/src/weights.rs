//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.7335, 1.0076, 0.0000, 0.7178, 0.2568, 0.0000, 0.6259, 1.2339, 1.2902, 0.0000, 0.0000, 1.2242,
    0.0000, 0.2416, 0.0000, -1.1106,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.8691;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.7374, 0.2182, -0.1395, -1.0455, -0.4037, 0.0000, -0.8068, -1.0565, 2.0822, 0.0000, 0.0000,
    1.3403, 0.0000, 0.5248, 0.0000, -0.0311,
];
