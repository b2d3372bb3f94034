//! YAML reader with `sigs.k8s.io/yaml` (`YAMLToJSON`) semantics: go-yaml v2 decodes each
//! document into Go values (plain scalars resolved with the YAML 1.1 rules of `resolve.go`,
//! quoted and block scalars always strings, timestamps kept as strings, `<<` merge keys
//! applied), map keys are turned into JSON strings, and floats become JSON numbers the way
//! `encoding/json` prints them (so `1.0` reads back as the integer `1`).

use std::collections::HashMap;

use serde_json::{Map, Number, Value};
use serde_saphyr::granit_parser::{Event, Options, Parser, ScalarStyle, ScanError, StrInput, Tag};

use super::Error;
use super::emit::{Resolved, float_as_json_int, go_format_float32_g, resolve};

/// A decoded node, before it becomes JSON (keys need the Go type to be stringified).
#[derive(Debug, Clone)]
enum Node {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    BigInt(String),
    Str(String),
    Seq(Vec<Value>),
    Map(Map<String, Value>),
}

impl Node {
    /// The JSON value `encoding/json` would produce for the decoded Go value.
    fn into_value(self) -> Result<Value, Error> {
        Ok(match self {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(b),
            Node::Int(i) => Value::Number(Number::from(i)),
            Node::Uint(u) => Value::Number(Number::from(u)),
            Node::Float(f) => Value::Number(float_number(f)?),
            Node::BigInt(text) => {
                // serde_json without arbitrary precision cannot hold it exactly.
                let approx = parse_big_int_approx(&text);
                Value::Number(float_number(approx)?)
            }
            Node::Str(s) => Value::String(s),
            Node::Seq(items) => Value::Array(items),
            Node::Map(map) => Value::Object(map),
        })
    }

    /// The JSON object key `sigs.k8s.io/yaml` derives from a decoded map key.
    fn into_key(self) -> Result<String, Error> {
        match self {
            Node::Str(s) => Ok(s),
            Node::Int(i) => Ok(i.to_string()),
            Node::Uint(u) => Ok(u.to_string()),
            Node::BigInt(text) => Ok(text),
            Node::Float(f) => Ok(go_format_float32_g(f)),
            Node::Bool(b) => Ok(if b { "true" } else { "false" }.to_owned()),
            Node::Null => Err(Error::Parse(
                "unsupported map key of type: <nil>".to_owned(),
            )),
            Node::Seq(_) => Err(Error::Parse(
                "unsupported map key of type: []interface {}".to_owned(),
            )),
            Node::Map(_) => Err(Error::Parse(
                "unsupported map key of type: map[interface {}]interface {}".to_owned(),
            )),
        }
    }
}

/// A float as `encoding/json` writes it (integral values become integers); NaN and
/// infinities are rejected as Go's `json.Marshal` does.
fn float_number(f: f64) -> Result<Number, Error> {
    if let Some(n) = float_as_json_int(f) {
        return Ok(n);
    }
    Number::from_f64(f).ok_or_else(|| {
        let shown = if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "+Inf"
        } else {
            "-Inf"
        };
        Error::Parse(format!("json: unsupported value: {shown}"))
    })
}

/// Best-effort float value of an integer literal too large for 64 bits.
fn parse_big_int_approx(text: &str) -> f64 {
    let (neg, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = rest.to_ascii_lowercase();
    let (base, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16.0, d.to_owned())
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2.0, d.to_owned())
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8.0, d.to_owned())
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8.0, lower[1..].to_owned())
    } else {
        (10.0, lower)
    };
    let value = digits
        .chars()
        .filter_map(|c| c.to_digit(36))
        .fold(0.0_f64, |acc, d| acc * base + f64::from(d));
    if neg { -value } else { value }
}

/// Go-style message for a scanner/parser error.
fn scan_error(e: &ScanError) -> Error {
    Error::Parse(format!("yaml: line {}: {}", e.marker().line(), e.info()))
}

/// Upper bound on the number of values copied by alias expansion in one stream (guards
/// against "billion laughs" documents; go-yaml reports excessive aliasing similarly).
const MAX_ALIAS_EXPANSION: usize = 1_000_000;

/// Event-driven document builder.
struct Reader<'a> {
    parser: Parser<'a, StrInput<'a>>,
    /// Anchored nodes with their size in values.
    anchors: HashMap<usize, (Node, usize)>,
    /// Values copied so far by alias expansion.
    expanded: usize,
}

/// Number of JSON values in a node (itself included).
fn node_size(node: &Node) -> usize {
    fn value_size(v: &Value) -> usize {
        match v {
            Value::Array(items) => 1 + items.iter().map(value_size).sum::<usize>(),
            Value::Object(map) => 1 + map.values().map(value_size).sum::<usize>(),
            _ => 1,
        }
    }
    match node {
        Node::Seq(items) => 1 + items.iter().map(value_size).sum::<usize>(),
        Node::Map(map) => 1 + map.values().map(value_size).sum::<usize>(),
        _ => 1,
    }
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        let mut options = Options::default();
        options.emit_comments = false;
        Reader {
            parser: Parser::new_from_str_with_options(text, options),
            anchors: HashMap::new(),
            expanded: 0,
        }
    }

    /// The next data event (comments and anchor metadata are skipped); `None` at the end.
    fn next(&mut self) -> Result<Option<Event<'a>>, Error> {
        loop {
            match self.parser.next_event() {
                None => return Ok(None),
                Some(Err(e)) => return Err(scan_error(&e)),
                // Comment events are disabled in the options; anchor metadata events are off
                // by default but skipped in case they appear.
                Some(Ok((Event::Anchor(..), _))) => continue,
                Some(Ok((event, _span))) => return Ok(Some(event)),
            }
        }
    }

    /// The next event, which must exist.
    fn next_required(&mut self) -> Result<Event<'a>, Error> {
        self.next()?
            .ok_or_else(|| Error::Parse("yaml: unexpected end of stream".to_owned()))
    }

    /// Reads documents; with `first_only`, stops after the first one.
    fn documents(&mut self, first_only: bool) -> Result<Vec<Value>, Error> {
        let mut docs = Vec::new();
        while let Some(event) = self.next()? {
            match event {
                Event::DocumentStart(..) => {
                    self.anchors.clear();
                    let first = self.next_required()?;
                    let node = self.node(first)?;
                    // Consume up to the end of the document.
                    loop {
                        match self.next_required()? {
                            Event::DocumentEnd => break,
                            Event::StreamEnd => break,
                            _ => continue,
                        }
                    }
                    docs.push(node.into_value()?);
                    if first_only {
                        break;
                    }
                }
                Event::StreamEnd => break,
                _ => continue,
            }
        }
        Ok(docs)
    }

    /// Decodes the node that starts with `event`.
    fn node(&mut self, event: Event<'a>) -> Result<Node, Error> {
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                let node = scalar(&text, style, tag.as_deref())?;
                self.remember(anchor, &node);
                Ok(node)
            }
            Event::SequenceStart(_, anchor, _) => {
                let mut items = Vec::new();
                loop {
                    let ev = self.next_required()?;
                    if matches!(ev, Event::SequenceEnd) {
                        break;
                    }
                    items.push(self.node(ev)?.into_value()?);
                }
                let node = Node::Seq(items);
                self.remember(anchor, &node);
                Ok(node)
            }
            Event::MappingStart(_, anchor, _) => {
                let mut map = Map::new();
                loop {
                    let ev = self.next_required()?;
                    if matches!(ev, Event::MappingEnd) {
                        break;
                    }
                    let is_merge = matches!(
                        &ev,
                        Event::Scalar(text, ScalarStyle::Plain, _, None) if text == "<<"
                    ) || matches!(
                        &ev,
                        Event::Scalar(text, _, _, Some(tag))
                            if text == "<<" && is_core_tag(tag, "merge")
                    );
                    let key = self.node(ev)?;
                    let value_event = self.next_required()?;
                    let value = self.node(value_event)?;
                    if is_merge {
                        merge(&mut map, value)?;
                        continue;
                    }
                    map.insert(key.into_key()?, value.into_value()?);
                }
                let node = Node::Map(map);
                self.remember(anchor, &node);
                Ok(node)
            }
            Event::Alias(id) => {
                let Some((node, size)) = self.anchors.get(&id) else {
                    return Err(Error::Parse("yaml: unknown anchor referenced".to_owned()));
                };
                self.expanded = self.expanded.saturating_add(*size);
                if self.expanded > MAX_ALIAS_EXPANSION {
                    return Err(Error::Parse(
                        "yaml: document contains excessive aliasing".to_owned(),
                    ));
                }
                Ok(node.clone())
            }
            Event::UnresolvedAlias(name) => Err(Error::Parse(format!(
                "yaml: unknown anchor '{name}' referenced"
            ))),
            other => Err(Error::Parse(format!("yaml: unexpected event {other:?}"))),
        }
    }

    fn remember(&mut self, anchor: usize, node: &Node) {
        if anchor != 0 {
            self.anchors.insert(anchor, (node.clone(), node_size(node)));
        }
    }
}

/// go-yaml v2 `decoder.merge`: a mapping, or a sequence of mappings where earlier ones win.
fn merge(map: &mut Map<String, Value>, value: Node) -> Result<(), Error> {
    let fail =
        || Error::Parse("map merge requires map or sequence of maps as the value".to_owned());
    match value {
        Node::Map(source) => {
            for (k, v) in source {
                map.insert(k, v);
            }
            Ok(())
        }
        Node::Seq(items) => {
            for item in items.into_iter().rev() {
                match item {
                    Value::Object(source) => {
                        for (k, v) in source {
                            map.insert(k, v);
                        }
                    }
                    _ => return Err(fail()),
                }
            }
            Ok(())
        }
        _ => Err(fail()),
    }
}

/// Whether `tag` is `tag:yaml.org,2002:<name>`.
fn is_core_tag(tag: &Tag, name: &str) -> bool {
    let (handle, suffix) = tag.parts();
    format!("{handle}{suffix}") == format!("tag:yaml.org,2002:{name}")
}

/// Decodes a scalar as go-yaml v2 does into an `interface{}`.
fn scalar(text: &str, style: ScalarStyle, tag: Option<&Tag>) -> Result<Node, Error> {
    let Some(tag) = tag else {
        return Ok(if style == ScalarStyle::Plain {
            from_resolved(resolve(text), text)
        } else {
            Node::Str(text.to_owned())
        });
    };
    let wanted = ["str", "null", "bool", "int", "float", "timestamp", "binary"]
        .into_iter()
        .find(|name| is_core_tag(tag, name));
    let Some(wanted) = wanted else {
        // Application tags are not resolvable: the text is kept.
        return Ok(Node::Str(text.to_owned()));
    };
    let resolved = resolve(text);
    let mismatch = |found: &str| {
        Error::Parse(format!(
            "yaml: cannot decode !!{found} `{text}` as a !!{wanted}"
        ))
    };
    let found = match &resolved {
        Resolved::Null => "null",
        Resolved::Bool(_) => "bool",
        Resolved::Int(_) | Resolved::Uint(_) | Resolved::BigInt(_) => "int",
        Resolved::Float(_) => "float",
        Resolved::Timestamp => "timestamp",
        Resolved::Str => "str",
    };
    match wanted {
        "str" | "timestamp" => Ok(Node::Str(text.to_owned())),
        "binary" => decode_base64(text)
            .map(|bytes| Node::Str(String::from_utf8_lossy(&bytes).into_owned()))
            .ok_or_else(|| {
                Error::Parse("yaml: !!binary value contains invalid base64 data".to_owned())
            }),
        "float" => match resolved {
            Resolved::Float(f) => Ok(Node::Float(f)),
            Resolved::Int(i) => Ok(Node::Float(i as f64)),
            _ => Err(mismatch(found)),
        },
        _ if wanted == found => Ok(from_resolved(resolved, text)),
        _ => Err(mismatch(found)),
    }
}

/// The Go value for a resolved plain scalar.
fn from_resolved(resolved: Resolved, text: &str) -> Node {
    match resolved {
        Resolved::Null => Node::Null,
        Resolved::Bool(b) => Node::Bool(b),
        Resolved::Int(i) => Node::Int(i),
        Resolved::Uint(u) => Node::Uint(u),
        Resolved::BigInt(t) => Node::BigInt(t),
        Resolved::Float(f) => Node::Float(f),
        Resolved::Timestamp | Resolved::Str => Node::Str(text.to_owned()),
    }
}

/// Standard base64 (whitespace ignored), as Go's `base64.StdEncoding` after go-yaml strips
/// line breaks.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let clean: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if !clean.len().is_multiple_of(4) {
        return None;
    }
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        })
    };
    let mut out = Vec::with_capacity(clean.len() / 4 * 3);
    let chunks = clean.len() / 4;
    for (idx, chunk) in clean.chunks(4).enumerate() {
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && idx + 1 != chunks) {
            return None;
        }
        let mut acc: u32 = 0;
        for &c in &chunk[..4 - pad] {
            acc = (acc << 6) | val(c)?;
        }
        acc <<= 6 * pad as u32;
        let bytes = [(acc >> 16) as u8, (acc >> 8) as u8, acc as u8];
        out.extend_from_slice(&bytes[..3 - pad]);
    }
    Some(out)
}

/// Parses every document; documents that decode to `null` (empty ones) are skipped.
pub(super) fn parse_multi(text: &str) -> Result<Vec<Value>, Error> {
    let docs = Reader::new(text).documents(false)?;
    Ok(docs.into_iter().filter(|v| !v.is_null()).collect())
}

/// Parses the first document (`null` when there is none), like go-yaml's `Unmarshal`.
pub(super) fn parse_one(text: &str) -> Result<Value, Error> {
    let mut docs = Reader::new(text).documents(true)?;
    Ok(if docs.is_empty() {
        Value::Null
    } else {
        docs.swap_remove(0)
    })
}
