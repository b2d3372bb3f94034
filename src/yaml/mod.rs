//! The `sigs.k8s.io/yaml`-compatible writer and the multi-document reader (placeholder until
//! the go-yaml v2 emitter lands).

/// YAML errors.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The value could not be turned into JSON.
    #[error("error marshaling into JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The text is not YAML.
    #[error("error converting YAML to JSON: {0}")]
    Parse(String),
}

/// Serialises a JSON value as YAML.
pub fn to_string(value: &serde_json::Value) -> String {
    serde_saphyr::to_string(value).unwrap_or_default()
}

/// Serialises any `Serialize` value as YAML.
pub fn to_yaml<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    Ok(to_string(&serde_json::to_value(value)?))
}

/// Parses a multi-document YAML stream into JSON values (empty documents skipped).
pub fn from_str_multi(text: &str) -> Result<Vec<serde_json::Value>, Error> {
    serde_saphyr::from_multiple(text).map_err(|e| Error::Parse(e.to_string()))
}

/// Parses one YAML document.
pub fn from_str(text: &str) -> Result<serde_json::Value, Error> {
    serde_saphyr::from_str(text).map_err(|e| Error::Parse(e.to_string()))
}
