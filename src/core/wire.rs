//! The serde mirror of `docs/session-format.md`, field by field, and nothing else.
//!
//! Everything is optional here, unknown fields are ignored (forward compatible), and times stay
//! raw ([`RawTime`]): `validate` turns this into the checked model and writes every semantic
//! message itself, so this module only decides which JSON *types* are accepted where.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

/// The top-level session object.
#[derive(Debug, Default, Deserialize)]
pub struct Session {
    pub format: Option<String>,
    pub series: Option<String>,
    pub event: Option<String>,
    pub session: Option<String>,
    pub date: Option<String>,
    pub track: Option<Obj<Track>>,
    pub sectors: Option<i64>,
    pub classes: Option<Vec<Obj<Class>>>,
    pub records: Option<Vec<Obj<Record>>>,
    pub entries: Option<Vec<Obj<Entry>>>,
}

/// `track`.
#[derive(Debug, Default, Deserialize)]
pub struct Track {
    pub name: Option<String>,
    pub length_km: Option<f64>,
}

/// An item of `classes`.
#[derive(Debug, Default, Deserialize)]
pub struct Class {
    pub id: Option<String>,
    pub name: Option<String>,
    pub color: Option<String>,
}

/// An item of `records`.
#[derive(Debug, Default, Deserialize)]
pub struct Record {
    pub class: Option<String>,
    pub time: Option<RawTime>,
    pub label: Option<String>,
    pub driver: Option<String>,
    pub car: Option<String>,
    pub year: Option<i64>,
}

/// An item of `entries`: one car.
#[derive(Debug, Default, Deserialize)]
pub struct Entry {
    pub number: Option<CarNumber>,
    pub class: Option<String>,
    pub team: Option<String>,
    pub car: Option<String>,
    pub manufacturer: Option<String>,
    pub color: Option<String>,
    pub drivers: Option<Vec<Obj<Driver>>>,
    pub status: Option<String>,
    pub note: Option<String>,
    pub laps: Option<Vec<Obj<Lap>>>,
    pub best: Option<Obj<Best>>,
}

/// An item of an entry's `drivers`.
#[derive(Debug, Default, Deserialize)]
pub struct Driver {
    pub name: Option<String>,
    pub short: Option<String>,
    pub country: Option<String>,
}

/// An item of an entry's `laps`.
#[derive(Debug, Default, Deserialize)]
pub struct Lap {
    pub lap: Option<i64>,
    pub driver: Option<i64>,
    pub time: Option<RawTime>,
    pub sectors: Option<Vec<Option<RawTime>>>,
    pub valid: Option<bool>,
    pub pit: Option<String>,
    pub at: Option<RawTime>,
}

/// An entry's `best`, for sources that only have a result sheet.
#[derive(Debug, Default, Deserialize)]
pub struct Best {
    pub time: Option<RawTime>,
    pub sectors: Option<Vec<Option<RawTime>>>,
    pub lap: Option<i64>,
    pub driver: Option<i64>,
    pub at: Option<RawTime>,
}

/// A time as written: text in the contract's form, or a JSON number of seconds.
#[derive(Clone, Debug, PartialEq)]
pub enum RawTime {
    Text(String),
    Seconds(f64),
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
        "a class object ({\"id\": \"GTP\", \"name\": ..., \"color\": ...})";
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

impl Object for Best {
    const EXPECTING: &'static str = "a best-lap object ({\"time\": \"1:32.656\", ...})";
}

/// A JSON object, and only an object, decoded as `T`.
///
/// serde's derived structs also accept a JSON array of field values (`["31"]` as an entry);
/// the contract has objects only, so every struct in the session is read through this.
#[derive(Debug, Default)]
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
