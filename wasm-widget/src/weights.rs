//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.5293, 1.2438, 0.2954, 0.8811, 0.1408, 0.0000, 0.7182, 1.0478, 1.1647, 0.0000, 0.0000, 1.1273,
    0.0000, 0.0000, 0.0000, -1.0248,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.7295;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.6822, 0.0636, -0.2798, -1.2128, -0.1579, 0.0000, -0.9920, -0.9280, 2.0463, 0.0000, 0.0000,
    1.3359, 0.0000, 0.0000, 0.0000, 0.0313,
];
