//! Weights of the decision layer (see `decision`), written by
//! `corpus/fit.py` from the development corpus: do not edit by hand.
//! Order: the features of `decision::FEATURES`, then the bias.

/// Logistic weights for "the text holds personal or sensitive data".
pub const DANGER: [f32; 16] = [
    3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 0.0, -1.0,
];
/// Decision threshold on the danger logit.
pub const DANGER_THRESHOLD: f32 = 0.0;
/// Logistic weights for "category 4, given that the text is dangerous".
pub const SENSITIVE: [f32; 16] = [
    0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 0.0, -1.0,
];
