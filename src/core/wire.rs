//! The serde mirror of `docs/session-format.md`, field by field, and nothing else.
//!
//! Everything is optional here, unknown fields are ignored (forward compatible), and times stay
//! raw ([`RawTime`]): `validate` turns this into the checked model and writes every semantic
//! message itself, so this module only decides which JSON *types* are accepted where.
//! The importer writes sessions through the same types (they serialise too, leaving out absent
//! fields), so there is one mirror of the format, not two.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// The top-level session object.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct Session {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The chart's title, when the publisher's is not "event · session".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where the timing comes from ("IMSA / Al Kamel Systems").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Who made the chart ("The motorsport desk").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// Project extension: `"running"` or `"finished"` (`validate` checks the word).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub track: Option<Obj<Track>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sectors: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub classes: Option<Vec<Obj<Class>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub records: Option<Vec<Obj<Record>>>,
    /// Project extension: manufacturers' colours (and legend order), by the `name` entries
    /// use. Read as [`Class`] objects (`id` unused), so the browser decodes one shape, not two.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manufacturers: Option<Vec<Obj<Class>>>,
    /// Project extension: teams' colours (and legend order), as `manufacturers`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub teams: Option<Vec<Obj<Class>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parts: Option<Vec<Obj<Part>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entries: Option<Vec<Obj<Entry>>>,
}

/// `track`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct Track {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub length_km: Option<f64>,
}

/// An item of `classes` (keyed by `id`), or of `manufacturers` and `teams` (keyed by `name`;
/// one shape for the three, because every shape costs the readers' bundle its own decoder).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct Class {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

/// An item of `records`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct Record {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<RawTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub driver: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub car: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i64>,
}

/// An item of `entries`: one car.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct Entry {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<CarNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub car: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manufacturer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drivers: Option<Vec<Obj<Driver>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub laps: Option<Vec<Obj<Lap>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub best: Option<Obj<Best>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_bests: Option<Vec<Obj<Best>>>,
}

/// An item of an entry's `drivers`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct Driver {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// An item of an entry's `laps`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct Lap {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lap: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub driver: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<RawTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sectors: Option<Vec<Option<RawTime>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<RawTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flag: Option<String>,
}

/// An entry's `best`, for sources that only have a result sheet.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct Best {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<RawTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sectors: Option<Vec<Option<RawTime>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lap: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub driver: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<RawTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part: Option<String>,
}

/// An item of `parts`: one part of a knockout qualifying (Q1, Q2, Q3), in running order.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct Part {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// A time as written: text in the contract's form, or a JSON number of seconds.
#[derive(Clone, Debug, PartialEq)]
pub enum RawTime {
    Text(String),
    Seconds(f64),
}

impl Serialize for RawTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            RawTime::Text(text) => serializer.serialize_str(text),
            RawTime::Seconds(seconds) => serializer.serialize_f64(*seconds),
        }
    }
}

impl Serialize for CarNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<T: Serialize> Serialize for Obj<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for RawTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RawTime, D::Error> {
        struct RawTimeVisitor;

        impl Visitor<'_> for RawTimeVisitor {
            type Value = RawTime;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a time such as \"1:32.656\" or a number of seconds")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawTime, E> {
                Ok(RawTime::Text(v.to_owned()))
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawTime, E> {
                Ok(RawTime::Seconds(v))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawTime, E> {
                Ok(RawTime::Seconds(v as f64))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawTime, E> {
                Ok(RawTime::Seconds(v as f64))
            }
        }

        deserializer.deserialize_any(RawTimeVisitor)
    }
}

/// A car number: text, because `"01"` and `"1"` are different cars.
#[derive(Clone, Debug, PartialEq)]
pub struct CarNumber(pub String);

impl<'de> Deserialize<'de> for CarNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<CarNumber, D::Error> {
        struct CarNumberVisitor;

        impl Visitor<'_> for CarNumberVisitor {
            type Value = CarNumber;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a car number as a string, such as \"31\" (\"01\" and \"1\" are different cars)")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<CarNumber, E> {
                Ok(CarNumber(v.to_owned()))
            }
        }

        deserializer.deserialize_str(CarNumberVisitor)
    }
}

/// A wire struct's description in type errors: "expected an entry object (...)".
pub trait Object {
    const EXPECTING: &'static str;
}

impl Object for Session {
    const EXPECTING: &'static str =
        "a session object ({\"format\": \"qualichart/1\", \"entries\": [...]})";
}

impl Object for Track {
    const EXPECTING: &'static str = "a track object ({\"name\": ..., \"length_km\": ...})";
}

impl Object for Class {
    const EXPECTING: &'static str =
        "a class object ({\"id\": \"GTP\", ...}) or a manufacturer or team object ({\"name\": \"Cadillac\", ...})";
}

impl Object for Record {
    const EXPECTING: &'static str = "a record object ({\"time\": \"1:33.685\", \"label\": ...})";
}

impl Object for Entry {
    const EXPECTING: &'static str = "an entry object ({\"number\": \"31\", ...})";
}

impl Object for Driver {
    const EXPECTING: &'static str = "a driver object ({\"name\": \"Pipo Derani\", ...})";
}

impl Object for Lap {
    const EXPECTING: &'static str = "a lap object ({\"time\": \"1:32.656\", ...})";
}

impl Object for Part {
    const EXPECTING: &'static str = "a part object ({\"id\": \"Q1\", \"name\": ...})";
}

impl Object for Best {
    const EXPECTING: &'static str = "a best-lap object ({\"time\": \"1:32.656\", ...})";
}

/// A JSON object, and only an object, decoded as `T`.
///
/// serde's derived structs also accept a JSON array of field values (`["31"]` as an entry);
/// the contract has objects only, so every struct in the session is read through this.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Obj<T>(pub T);

impl<'de, T: Deserialize<'de> + Object> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Obj<T>, D::Error> {
        struct ObjVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de> + Object> Visitor<'de> for ObjVisitor<T> {
            type Value = T;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(T::EXPECTING)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map))
            }
        }

        deserializer
            .deserialize_map(ObjVisitor(PhantomData))
            .map(Obj)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode<T: for<'de> Deserialize<'de>>(json: &str) -> Result<T, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn times_are_text_or_seconds() {
        let cases = [
            (r#""1:32.656""#, Ok(RawTime::Text("1:32.656".into()))),
            ("92.656", Ok(RawTime::Seconds(92.656))),
            ("92", Ok(RawTime::Seconds(92.0))),
            ("-3", Ok(RawTime::Seconds(-3.0))),
            ("true", Err("invalid type: boolean `true`, expected a time such as \"1:32.656\" or a number of seconds at line 1 column 4".to_owned())),
        ];
        for (json, expected) in cases {
            assert_eq!(decode::<RawTime>(json), expected, "{json}");
        }
    }

    #[test]
    fn car_numbers_are_text_only() {
        assert_eq!(decode::<CarNumber>(r#""01""#), Ok(CarNumber("01".into())));
        assert!(decode::<CarNumber>("1").is_err());
    }

    #[test]
    fn objects_only_never_arrays() {
        let ok = decode::<Obj<Driver>>(r#"{"name": "Pipo Derani", "unknown": [1, 2]}"#);
        assert_eq!(ok.map(|d| d.0.name), Ok(Some("Pipo Derani".to_owned())));
        let array = decode::<Obj<Driver>>(r#"["Pipo Derani"]"#);
        assert_eq!(
            array.map(|d| d.0.name),
            Err("invalid type: sequence, expected a driver object ({\"name\": \"Pipo Derani\", ...}) at line 1 column 0".to_owned())
        );
    }
}
