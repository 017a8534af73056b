//! Weights of the decision layer (see `decision`), written by
//! `scripts/fit-decision.py` from the development corpus: do not edit by
//! hand.  Order: the features of `decision::FEATURES`, then the bias.

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 17] = [
    1.4425, 1.2498, 0.0000, 0.7657, 0.2933, 0.0000, 0.6476, 1.3032, 0.0000, 1.3035, 0.0000, 0.0000,
    1.3451, 0.0000, 0.2317, 0.0000, -1.1334,
];
/// Decision threshold on the danger logit (least cost on the development
/// texts, a miss costing 3.0 false alarms).
pub const DANGER_THRESHOLD: f32 = -0.1621;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 17] = [
    -0.7089, 0.0798, -0.0683, -0.9395, -0.3205, 0.0000, -0.7392, -1.0827, 0.0000, 2.1877, 0.0000,
    0.0000, 1.4411, 0.0000, 0.3891, 0.0000, -0.1619,
];
