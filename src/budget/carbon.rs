//! The carbon model: grams of CO2e for the bytes a page view transfers, after the Sustainable Web
//! Design model v4.
//!
//! Its constants are stated once, here, and printed with every summary, so a reader can check the
//! figure and a newer model version is a change to this file alone.

/// Energy per GB transferred in the Sustainable Web Design model v4 (data centres, networks and
/// devices, operational and embodied: 0.055 + 0.059 + 0.080 + 0.012 + 0.013 + 0.081).
pub const SWD_KWH_PER_GB: f64 = 0.3;
/// Global average grid intensity used by the Sustainable Web Design model v4 (Ember, 2022).
pub const SWD_GRAMS_PER_KWH: f64 = 494.0;
/// 1 GB in the carbon model.
pub const GB: f64 = 1e9;

/// Grams of CO2e for transferring `bytes` in the Sustainable Web Design model v4.
pub fn co2_grams(bytes: usize) -> f64 {
    bytes as f64 / GB * SWD_KWH_PER_GB * SWD_GRAMS_PER_KWH
}
