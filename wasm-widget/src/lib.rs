//! The handbook's data classifier (see the checker issue); an empty crate until it lands.
