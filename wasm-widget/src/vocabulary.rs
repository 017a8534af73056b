//! The association's own vocabulary, loaded by the caller: its names and
//! public names (programmes, partners, premises: never flagged as persons or
//! personal addresses) and its secret terms (flagged as STRATEGIC).
//!
//! JSON form (what the site publishes for the widget):
//!
//! ```json
//! {"association": ["Les Jardins Solidaires"],
//!  "public_names": ["Potagers Partagés", "Refugee Food", "12 rue des Lilas"],
//!  "secret_index": "hbsec1.…"}
//! ```
//!
//! For local use (the CLI reading a private file) `"secret_terms": [...]`
//! in clear is also accepted and hashed on load; never publish that form.

use crate::json::{self, write_str, Value};
use crate::secrets::SecretIndex;
use crate::Error;

/// Salt used when clear secret terms are hashed on load (local use only:
/// the published index carries its own salt).
pub const LOCAL_SALT: &str = "handbook-local";

/// The association's vocabulary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vocabulary {
    /// The association's own names.
    pub association: Vec<String>,
    /// Programmes, partners, premises: public, never persons.
    pub public_names: Vec<String>,
    /// Hashed secret terms.
    pub secrets: SecretIndex,
}

fn strings(v: Option<&Value>, field: &str) -> Result<Vec<String>, Error> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Arr(a)) => a
            .iter()
            .map(|x| match x {
                Value::Str(s) => Ok(s.clone()),
                _ => Err(Error::new(format!(
                    "vocabulary: \"{field}\" must hold strings only"
                ))),
            })
            .collect(),
        Some(_) => Err(Error::new(format!(
            "vocabulary: \"{field}\" must be an array of strings"
        ))),
    }
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Vocabulary {
        Vocabulary::default()
    }

    /// Parses the JSON form; unknown keys are ignored so older widgets keep
    /// working with newer sites.  An empty string is an empty vocabulary.
    pub fn from_json(s: &str) -> Result<Vocabulary, Error> {
        if s.trim().is_empty() {
            return Ok(Vocabulary::new());
        }
        let v = json::parse(s).map_err(Error::new)?;
        if !matches!(v, Value::Obj(_)) {
            return Err(Error::new("vocabulary: expected a JSON object"));
        }
        let mut voc = Vocabulary {
            association: strings(v.get("association"), "association")?,
            public_names: strings(v.get("public_names"), "public_names")?,
            secrets: SecretIndex::empty(),
        };
        match v.get("secret_index") {
            None | Some(Value::Null) => {}
            Some(Value::Str(s)) => voc.secrets = SecretIndex::from_compact(s)?,
            Some(_) => return Err(Error::new("vocabulary: \"secret_index\" must be a string")),
        }
        let clear = strings(v.get("secret_terms"), "secret_terms")?;
        if !clear.is_empty() {
            if !voc.secrets.is_empty() {
                return Err(Error::new(
                    "vocabulary: give either \"secret_index\" or \"secret_terms\", not both",
                ));
            }
            voc.secrets = SecretIndex::build(&clear, LOCAL_SALT);
        }
        Ok(voc)
    }

    /// Publishable JSON (secret terms only as their hashed index).
    pub fn to_json(&self) -> String {
        let mut o = String::from("{\"association\":[");
        for (i, s) in self.association.iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            write_str(&mut o, s);
        }
        o.push_str("],\"public_names\":[");
        for (i, s) in self.public_names.iter().enumerate() {
            if i > 0 {
                o.push(',');
            }
            write_str(&mut o, s);
        }
        o.push_str("],\"secret_index\":");
        write_str(&mut o, &self.secrets.to_compact());
        o.push('}');
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trip_hides_terms() {
        let v = Vocabulary::from_json(
            r#"{"association":["A"],"public_names":["B C"],"secret_terms":["Projet X"]}"#,
        )
        .expect("valid");
        let j = v.to_json();
        assert!(!j.contains("Projet"));
        assert_eq!(Vocabulary::from_json(&j).expect("round trip"), v);
        assert!(Vocabulary::from_json("[1]").is_err());
        assert!(Vocabulary::from_json(r#"{"public_names":"x"}"#).is_err());
    }
}
