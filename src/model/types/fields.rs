//! Field rules of `data/schema.json` that serde's derive does not apply by itself, named in the
//! dataset types with `deserialize_with`.
//!
//! Owns: [`nullable`] (the field must be there, as `null` or a value: serde would take a missing
//! `Option` as `None`), [`present`] (the field may be left out, but is not `null`), and
//! [`integer`] with its two `Option` forms (JSON Schema's integers are numbers without a
//! fractional part, so `2025.0` and `2.025e3` are the year 2025; serde would refuse them).

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Unexpected, Visitor};

/// A field the schema requires that may be `null`.
pub fn nullable<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d)
}

/// A field that may be left out (with `#[serde(default)]`), but if it is there holds a value.
pub fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// The integer types of the format.
pub trait Integer: TryFrom<i64> + Copy {}
impl Integer for i32 {}
impl Integer for u32 {}

struct IntegerVisitor<T>(PhantomData<T>);

impl<T: Integer> IntegerVisitor<T> {
    fn fit<E: de::Error>(&self, value: i64, found: Unexpected<'_>) -> Result<T, E> {
        T::try_from(value).map_err(|_| E::invalid_value(found, self))
    }
}

impl<T: Integer> Visitor<'_> for IntegerVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        self.fit(v, Unexpected::Signed(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        let found = Unexpected::Unsigned(v);
        i64::try_from(v)
            .map_err(|_| E::invalid_value(found, &self))
            .and_then(|v| self.fit(v, found))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        let found = Unexpected::Float(v);
        if v.fract() != 0.0 || !v.is_finite() {
            return Err(E::invalid_type(found, &self));
        }
        // Every integer of the format's types is exact as an f64, so the cast loses nothing here.
        if v.abs() > 9.0e15 {
            return Err(E::invalid_value(found, &self));
        }
        self.fit(v as i64, found)
    }
}

/// An integer, also when written with a fraction of zero or an exponent.
pub fn integer<'de, D: Deserializer<'de>, T: Integer>(d: D) -> Result<T, D::Error> {
    d.deserialize_any(IntegerVisitor(PhantomData))
}

struct Whole<T>(T);

impl<'de, T: Integer> Deserialize<'de> for Whole<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        integer(d).map(Whole)
    }
}

/// [`integer`] or `null`, and the field must be there ([`nullable`]).
pub fn nullable_integer<'de, D: Deserializer<'de>, T: Integer>(d: D) -> Result<Option<T>, D::Error> {
    Option::<Whole<T>>::deserialize(d).map(|v| v.map(|w| w.0))
}

/// [`integer`] in a field that may be left out ([`present`]).
pub fn present_integer<'de, D: Deserializer<'de>, T: Integer>(d: D) -> Result<Option<T>, D::Error> {
    integer(d).map(Some)
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        #[serde(deserialize_with = "super::integer")]
        year: i32,
        #[serde(deserialize_with = "super::nullable")]
        url: Option<String>,
        #[serde(default, deserialize_with = "super::present_integer")]
        from: Option<i32>,
    }

    fn read(text: &str) -> Result<Sample, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn integers_may_be_written_as_whole_floats_only() {
        for (text, year) in [("2025", 2025), ("2025.0", 2025), ("2.025e3", 2025), ("-1", -1)] {
            let sample = read(&format!(r#"{{"year": {text}, "url": null}}"#));
            assert_eq!(sample.map(|s| s.year), Ok(year), "{text}");
        }
        for text in [
            "2025.5",
            "1e10",
            "\"2025\"",
            "true",
            "null",
            "18446744073709551615",
        ] {
            assert!(
                read(&format!(r#"{{"year": {text}, "url": null}}"#)).is_err(),
                "{text}"
            );
        }
    }

    #[test]
    fn nullable_fields_are_required_and_present_ones_are_not_null() {
        let missing = read(r#"{"year": 2025}"#).expect_err("url is required");
        assert!(missing.starts_with("missing field `url`"), "{missing}");
        assert_eq!(
            read(r#"{"year": 2025, "url": null}"#).map(|s| (s.url, s.from)),
            Ok((None, None))
        );
        assert_eq!(
            read(r#"{"year": 1, "url": null, "from": 2000}"#).map(|s| s.from),
            Ok(Some(2000))
        );
        assert!(read(r#"{"year": 1, "url": null, "from": null}"#).is_err());
    }
}
