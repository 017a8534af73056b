//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    1.5604, 1.1290, 0.0000, 0.8373, 0.2839, 0.0000, 0.6998, 1.2194, 1.2769, 0.0000, 0.0000, 1.1195,
    0.0000, 0.2592, 0.0000, -1.0786,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.8195;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    -0.6612, -0.0120, -0.1322, -1.2213, -0.4341, 0.0000, -0.9352, -1.0956, 2.0787, 0.0000, 0.0000,
    1.2339, 0.0000, 0.5069, 0.0000, 0.0820,
];
