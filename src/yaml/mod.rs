//! The `sigs.k8s.io/yaml`-compatible YAML layer: a writer that reproduces upstream's
//! `yaml.Marshal` output byte for byte (Go object → JSON → go-yaml v2, see spec B.0.4) and a
//! multi-document reader with go-yaml v2 / `YAMLToJSON` value semantics.

mod emit;
mod read;

/// YAML errors (messages follow the Go wording).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The value could not be turned into JSON.
    #[error("error marshaling into JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The text is not YAML, or does not convert to JSON.
    #[error("error converting YAML to JSON: {0}")]
    Parse(String),
}

/// Serialises a JSON value as go-yaml v2 would marshal it (sorted keys in go-yaml natural
/// order, block style, sequences under a key at the key's indentation, go-yaml quoting and
/// 80-column folding). Always ends with "\n". An empty top-level mapping is "{}\n".
pub fn to_string(value: &serde_json::Value) -> String {
    emit::emit_document(value)
}

/// Serialises any `Serialize` via `serde_json::to_value` then [`to_string`].
pub fn to_yaml<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    Ok(to_string(&serde_json::to_value(value)?))
}

/// Parses a multi-document YAML stream ("---" separators; empty documents skipped) into JSON
/// values. A document is skipped when it decodes to `null` (no content, only comments, or an
/// explicit `null`), as Kubernetes multi-document readers do.
pub fn from_str_multi(text: &str) -> Result<Vec<serde_json::Value>, Error> {
    read::parse_multi(text)
}

/// Parses a single YAML document into a JSON value (the first document of a stream; `null`
/// for an empty text).
pub fn from_str(text: &str) -> Result<serde_json::Value, Error> {
    read::parse_one(text)
}

#[cfg(test)]
mod tests {
    //! Expected outputs are derived from go-yaml v2's `emitterc.go`, `encode.go`,
    //! `resolve.go` and `sorter.go` (as vendored by `sigs.k8s.io/yaml/goyaml.v2`).

    use super::emit::{go_format_float_g, key_less};
    use super::*;
    use serde_json::{Value, json};

    /// `{"k": value}` serialised.
    fn kv(value: Value) -> String {
        to_string(&json!({ "k": value }))
    }

    // --- key order ------------------------------------------------------------------------

    #[test]
    fn key_order_golden_examples() {
        let sorted = [
            "githubAppBaseURL",
            "githubAppID",
            "githubAppInstallationID",
            "githubAppPrivateKey",
        ];
        for w in sorted.windows(2) {
            assert!(key_less(w[0], w[1]), "{} < {}", w[0], w[1]);
            assert!(!key_less(w[1], w[0]));
        }
        for w in ["identity", "identity.pub", "known_hosts", "password"].windows(2) {
            assert!(key_less(w[0], w[1]), "{} < {}", w[0], w[1]);
        }
        for w in ["ca.crt", "ca.pem", "trustpolicy.json"].windows(2) {
            assert!(key_less(w[0], w[1]), "{} < {}", w[0], w[1]);
        }
    }

    #[test]
    fn key_order_rules() {
        // Both letters: code points, so upper case first.
        assert!(key_less("B", "a"));
        assert!(key_less("Zeta", "alpha"));
        // Exactly one letter: the non-letter first.
        assert!(key_less("a-b", "ab"));
        assert!(key_less("1", "a"));
        assert!(key_less("_x", "x"));
        // Both non-letters, no digits: code points.
        assert!(key_less("a.b", "a_b"));
        // Digit runs compared numerically.
        assert!(key_less("a2", "a10"));
        assert!(key_less("x9y", "x10y"));
        assert!(!key_less("a10", "a2"));
        // Same number, shorter run first.
        assert!(key_less("a1", "a01"));
        assert!(!key_less("a01", "a1"));
        // Prefix: shorter first.
        assert!(key_less("a", "ab"));
        assert!(!key_less("ab", "a"));
        assert!(!key_less("same", "same"));
    }

    #[test]
    fn key_order_go_yaml_sorted_output_test() {
        // The string part of go-yaml v2's `TestSortedOutput`.
        let order = [
            "", ".1", ".2", ".a", "1", "2", "a!10", "a/0001", "a/002", "a/3", "a/10", "a/11",
            "a/0012", "a/100", "a~10", "ab/1", "b/1", "b/01", "b/2", "b/02", "b/3", "b/03", "b1",
            "b01", "b3", "c2.10", "c10.2", "d1", "d7", "d7abc", "d12", "d12a",
        ];
        for w in order.windows(2) {
            assert!(key_less(w[0], w[1]), "{:?} < {:?}", w[0], w[1]);
            assert!(!key_less(w[1], w[0]), "!({:?} < {:?})", w[1], w[0]);
        }
    }

    #[test]
    fn go_yaml_marshal_tests() {
        // Cases from go-yaml v2's `encode_test.go` that JSON data can express.
        assert_eq!(to_string(&json!({"v": "hi"})), "v: hi\n");
        assert_eq!(to_string(&json!({"v": "true"})), "v: \"true\"\n");
        assert_eq!(to_string(&json!({"v": "10"})), "v: \"10\"\n");
        assert_eq!(to_string(&json!({"v": 0.1})), "v: 0.1\n");
        assert_eq!(to_string(&json!({"v": -0.1})), "v: -0.1\n");
        assert_eq!(to_string(&json!({"v": 4294967296_i64})), "v: 4294967296\n");
        assert_eq!(to_string(&json!({"v": ""})), "v: \"\"\n");
        assert_eq!(to_string(&json!({"v": ["A", "B"]})), "v:\n- A\n- B\n");
        assert_eq!(
            to_string(&json!({"v": ["A", "B\nC"]})),
            "v:\n- A\n- |-\n  B\n  C\n"
        );
        assert_eq!(
            to_string(&json!({"v": ["A", 1, {"B": [2, 3]}]})),
            "v:\n- A\n- 1\n- B:\n  - 2\n  - 3\n"
        );
        assert_eq!(to_string(&json!({"a": {"b": "c"}})), "a:\n  b: c\n");
        assert_eq!(to_string(&json!({"a": "-"})), "a: '-'\n");
        assert_eq!(to_string(&json!({"a": "<foo>"})), "a: <foo>\n");
        assert_eq!(to_string(&json!({"a": "1:1"})), "a: \"1:1\"\n");
        assert_eq!(to_string(&json!({"a": "\u{0}"})), "a: \"\\0\"\n");
        assert_eq!(to_string(&json!({"a": "你好"})), "a: 你好\n");
        assert_eq!(
            to_string(&json!({"a": "2015-02-24T18:19:39Z"})),
            "a: \"2015-02-24T18:19:39Z\"\n"
        );
        assert_eq!(to_string(&json!({"a": "b: c"})), "a: 'b: c'\n");
        assert_eq!(
            to_string(&json!({"a": "Hello #comment"})),
            "a: 'Hello #comment'\n"
        );
        assert_eq!(
            to_string(&json!({"a": "你好 #comment"})),
            "a: '你好 #comment'\n"
        );
        // `TestLineWrapping`.
        let v = json!({"a": "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 "});
        assert_eq!(
            to_string(&v),
            "a: 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 abcdefghijklmnopqrstuvwxyz\n  ABCDEFGHIJKLMNOPQRSTUVWXYZ 1234567890 '\n"
        );
    }

    #[test]
    fn mapping_keys_are_sorted() {
        let v = json!({"spec": 1, "kind": 2, "metadata": 3, "apiVersion": 4, "stringData": 5, "type": 6});
        assert_eq!(
            to_string(&v),
            "apiVersion: 4\nkind: 2\nmetadata: 3\nspec: 1\nstringData: 5\ntype: 6\n"
        );
        let v = json!({"a10": 1, "a2": 2, "B": 3, "a": 4});
        assert_eq!(to_string(&v), "B: 3\na: 4\na2: 2\na10: 1\n");
    }

    // --- layout ---------------------------------------------------------------------------

    #[test]
    fn block_layout() {
        let v = json!({
            "a": {"b": 1, "c": {"d": true}},
            "c": [1, 2],
            "d": [{"e": "f", "g": "h"}],
            "i": [[1, 2], []],
            "j": {},
            "k": [],
            "l": null,
            "m": false
        });
        let want = "\
a:
  b: 1
  c:
    d: true
c:
- 1
- 2
d:
- e: f
  g: h
i:
- - 1
  - 2
- []
j: {}
k: []
l: null
m: false
";
        assert_eq!(to_string(&v), want);
    }

    #[test]
    fn sequences_and_maps_nested_in_sequences() {
        assert_eq!(
            to_string(&json!({"a": [{"b": {"c": 1}}]})),
            "a:\n- b:\n    c: 1\n"
        );
        assert_eq!(
            to_string(&json!({"a": [{"b": [1, 2]}]})),
            "a:\n- b:\n  - 1\n  - 2\n"
        );
        assert_eq!(
            to_string(&json!([[{"a": 1, "b": 2}]])),
            "- - a: 1\n    b: 2\n"
        );
        assert_eq!(
            to_string(&json!([{"a": 1, "b": 2}, {"c": 3}])),
            "- a: 1\n  b: 2\n- c: 3\n"
        );
        assert_eq!(to_string(&json!([{}, [], null])), "- {}\n- []\n- null\n");
        assert_eq!(
            to_string(
                &json!({"subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User"}]})
            ),
            "subjects:\n- apiGroup: rbac.authorization.k8s.io\n  kind: User\n"
        );
    }

    #[test]
    fn top_level_values() {
        assert_eq!(to_string(&json!({})), "{}\n");
        assert_eq!(to_string(&json!([])), "[]\n");
        assert_eq!(to_string(&Value::Null), "null\n");
        assert_eq!(to_string(&json!("abc")), "abc\n");
        assert_eq!(to_string(&json!("")), "\"\"\n");
        assert_eq!(to_string(&json!(true)), "true\n");
        assert_eq!(to_string(&json!(42)), "42\n");
        assert_eq!(to_string(&json!(["a", "b"])), "- a\n- b\n");
        assert_eq!(to_string(&json!("a\nb")), "|-\n  a\n  b\n");
    }

    #[test]
    fn scalars_plain() {
        assert_eq!(kv(json!(1)), "k: 1\n");
        assert_eq!(kv(json!(-3)), "k: -3\n");
        assert_eq!(kv(json!(i64::MIN)), "k: -9223372036854775808\n");
        assert_eq!(kv(json!(u64::MAX)), "k: 18446744073709551615\n");
        assert_eq!(kv(json!(null)), "k: null\n");
        assert_eq!(kv(json!(true)), "k: true\n");
        assert_eq!(kv(json!("1m0s")), "k: 1m0s\n");
        for s in [
            "oci://ghcr.io/x",
            "sha256:abc",
            "^main-[a-f0-9]+",
            "a,b",
            "a[b]",
            "a{b}",
            "what?",
            "a#b",
            "it's",
            "--x",
            "..x",
            "tRue",
            "yES",
            "<<",
            "0x",
            "0b2",
            "1.2.3",
            "v1.0",
            "_1",
            "1-2",
            "1:60",
            "1e999",
            "2001-13-14",
            "2001-02-30",
            "2001-12-14T21:59:43",
            "2001-12-14 21:59:43.10 -5",
            "é ✚ ü",
            "a\u{a0}b",
            "gotk:ns:reconciler",
        ] {
            assert_eq!(kv(json!(s)), format!("k: {s}\n"), "{s:?}");
        }
    }

    #[test]
    fn scalars_double_quoted_by_resolver() {
        for s in [
            "",
            "~",
            "null",
            "Null",
            "NULL",
            "true",
            "True",
            "TRUE",
            "false",
            "False",
            "FALSE",
            "yes",
            "Yes",
            "YES",
            "no",
            "No",
            "NO",
            "on",
            "On",
            "ON",
            "off",
            "Off",
            "OFF",
            "y",
            "Y",
            "n",
            "N",
            "1",
            "12",
            "-3",
            "+12",
            "0x1f",
            "0X1F",
            "0o17",
            "017",
            "0b101",
            "-0b101",
            "1_000",
            "1__0",
            "08",
            "1.0",
            "1.",
            "-1.5",
            "1e3",
            "1E-3",
            ".5",
            ".5_0",
            "+.5",
            ".inf",
            ".Inf",
            ".INF",
            "+.inf",
            "-.inf",
            ".nan",
            ".NaN",
            ".NAN",
            "99999999999999999999",
            "0x10000000000000000",
            "1:20",
            "-1:20",
            "190:20:30.15",
            "1_0:20",
            "2001-12-14",
            "2001-1-2",
            "2001-12-14T21:59:43Z",
            "2001-12-14t21:59:43.10-05:00",
            "2001-12-14T21:59:43.1+01:00",
            "2001-12-14 21:59:43.10",
            "2001-12-14 2:3:4",
        ] {
            assert_eq!(kv(json!(s)), format!("k: \"{s}\"\n"), "{s:?}");
        }
    }

    #[test]
    fn scalars_single_quoted_by_emitter() {
        for (s, want) in [
            ("*", "'*'"),
            (">=1.0.0", "'>=1.0.0'"),
            ("&a", "'&a'"),
            ("!x", "'!x'"),
            ("|x", "'|x'"),
            ("%x", "'%x'"),
            ("@x", "'@x'"),
            ("`x", "'`x'"),
            ("#x", "'#x'"),
            (",x", "',x'"),
            ("[a", "'[a'"),
            ("]a", "']a'"),
            ("{x}", "'{x}'"),
            ("\"x", "'\"x'"),
            ("'quoted'", "'''quoted'''"),
            ("-", "'-'"),
            ("- a", "'- a'"),
            ("?", "'?'"),
            ("? a", "'? a'"),
            (":", "':'"),
            (": a", "': a'"),
            ("a:", "'a:'"),
            ("a: b", "'a: b'"),
            ("a #b", "'a #b'"),
            (" a", "' a'"),
            ("a ", "'a '"),
            ("---", "'---'"),
            // A line separator is a break but not "\n": plain is refused, the single-quoted
            // writer copies it and indents the next line.
            ("x\u{2028}y", "'x\u{2028}  y'"),
            ("---x", "'---x'"),
            ("...", "'...'"),
            ("Fetched revision: main", "'Fetched revision: main'"),
        ] {
            assert_eq!(kv(json!(s)), format!("k: {want}\n"), "{s:?}");
        }
    }

    #[test]
    fn scalars_double_quoted_with_escapes() {
        for (s, want) in [
            ("a\tb", r#""a\tb""#),
            ("\t\"\\", r#""\t\"\\""#),
            ("\u{0}", r#""\0""#),
            ("\u{7}", r#""\a""#),
            ("\u{8}", r#""\b""#),
            ("\u{b}", r#""\v""#),
            ("\u{c}", r#""\f""#),
            ("a\rb", r#""a\rb""#),
            ("\u{1b}", r#""\e""#),
            ("\u{1}", r#""\x01""#),
            ("\u{7f}", r#""\x7F""#),
            ("\u{85}", r#""\N""#),
            ("\u{feff}x", r#""\uFEFFx""#),
            ("\u{fffe}", r#""\uFFFE""#),
            ("\u{1F600}", r#""\U0001F600""#),
            ("\u{9f}", r#""\x9F""#),
        ] {
            assert_eq!(kv(json!(s)), format!("k: {want}\n"), "{s:?}");
        }
        // Keys follow the same rules.
        assert_eq!(to_string(&json!({"a\tb": 1})), "\"a\\tb\": 1\n");
        assert_eq!(to_string(&json!({"": 1})), "\"\": 1\n");
        assert_eq!(
            to_string(&json!({"1": "x", "yes": "y"})),
            "\"1\": x\n\"yes\": \"y\"\n"
        );
    }

    #[test]
    fn literal_block_scalars() {
        assert_eq!(kv(json!("a\nb")), "k: |-\n  a\n  b\n");
        assert_eq!(kv(json!("a\nb\n")), "k: |\n  a\n  b\n");
        assert_eq!(kv(json!("a\n\n")), "k: |+\n  a\n\n");
        assert_eq!(kv(json!("\n")), "k: |2+\n\n");
        assert_eq!(kv(json!(" a\nb")), "k: |2-\n   a\n  b\n");
        assert_eq!(kv(json!("\na")), "k: |2-\n\n  a\n");
        assert_eq!(kv(json!("a\n b")), "k: |-\n  a\n   b\n");
        assert_eq!(kv(json!("a\n\nb\n")), "k: |\n  a\n\n  b\n");
        // Something after a keep-chomped block.
        assert_eq!(
            to_string(&json!({"k": "a\n\n", "z": 1})),
            "k: |+\n  a\n\nz: 1\n"
        );
        // A string that needs quoting by the resolver but has a line break is still literal.
        assert_eq!(kv(json!("1\n")), "k: |\n  1\n");
        // Inside sequences.
        assert_eq!(to_string(&json!(["a\nb"])), "- |-\n  a\n  b\n");
        assert_eq!(
            to_string(&json!([{"k": "a\nb"}])),
            "- k: |-\n    a\n    b\n"
        );
        assert_eq!(to_string(&json!({"s": ["a\nb"]})), "s:\n- |-\n  a\n  b\n");
    }

    #[test]
    fn literal_not_allowed_falls_back_to_double_quoted() {
        // Space before a line break.
        assert_eq!(kv(json!("a \nb")), "k: \"a \\nb\"\n");
        // Trailing space.
        assert_eq!(kv(json!("a\nb ")), "k: \"a\\nb \"\n");
        // Tab.
        assert_eq!(kv(json!("a\n\tb")), "k: \"a\\n\\tb\"\n");
        // Other non-printable.
        assert_eq!(kv(json!("a\n\u{1}")), "k: \"a\\n\\x01\"\n");
        // Multi-line key: written as a complex key with a literal block.
        assert_eq!(to_string(&json!({"a\nb": 1})), "? |-\n  a\n  b\n: 1\n");
    }

    #[test]
    fn long_keys_use_the_complex_key_indicator() {
        let key = "k".repeat(129);
        assert_eq!(
            to_string(&json!({ key.clone(): 1 })),
            format!("? {key}\n: 1\n")
        );
        let key = "k".repeat(128);
        assert_eq!(to_string(&json!({ key.clone(): 1 })), format!("{key}: 1\n"));
    }

    /// `w00 w01 ...` for `range`.
    fn words(range: std::ops::Range<usize>) -> String {
        range
            .map(|i| format!("w{i:02}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn folding_plain() {
        // The value starts at column 3; the space after w19 is reached at column 82.
        let got = kv(json!(words(0..30)));
        assert_eq!(got, format!("k: {}\n  {}\n", words(0..20), words(20..30)));
        // Strings without spaces are never folded.
        let long = "x".repeat(200);
        assert_eq!(kv(json!(long.clone())), format!("k: {long}\n"));
        // Keys are never folded.
        let key = words(0..25);
        assert_eq!(to_string(&json!({ key.clone(): 1 })), format!("{key}: 1\n"));
        // Two spaces: no break at a space followed by a space, nor at the second space; the
        // next single space past column 80 breaks.
        let text = format!("{}  {}", words(0..20), words(20..22));
        assert_eq!(
            kv(json!(text)),
            format!("k: {}  w20\n  w21\n", words(0..20))
        );
        // Nested: the continuation is indented to the scalar's indentation.
        let got = to_string(&json!({"a": {"b": words(0..30)}}));
        assert_eq!(
            got,
            format!("a:\n  b: {}\n    {}\n", words(0..20), words(20..30))
        );
        // Long top-level scalar (starts at column 0): continuation at indentation 2.
        let got = to_string(&json!(words(0..30)));
        assert_eq!(got, format!("{}\n  {}\n", words(0..21), words(21..30)));
    }

    #[test]
    fn folding_quoted() {
        // Double quoted (a tab forces it): `k: "\t` is 6 columns, the space after w18 is at 81.
        let got = kv(json!(format!("\t{}", words(0..30))));
        assert_eq!(
            got,
            format!("k: \"\\t{}\n  {}\"\n", words(0..19), words(19..30))
        );
        // A fold at a space followed by another space: the folded space is dropped and the
        // next one is escaped with a backslash.
        let got = kv(json!(format!("\t{}  {}", words(0..19), words(19..21))));
        assert_eq!(
            got,
            format!("k: \"\\t{}\n  \\ {}\"\n", words(0..19), words(19..21))
        );
        // Single quoted (leading `@`): `k: '@` is 5 columns, the space after w19 is at 84.
        let got = kv(json!(format!("@{}", words(0..30))));
        assert_eq!(
            got,
            format!("k: '@{}\n  {}'\n", words(0..20), words(20..30))
        );
    }

    #[test]
    fn floats() {
        assert_eq!(kv(json!(1.5)), "k: 1.5\n");
        assert_eq!(kv(json!(-2.25)), "k: -2.25\n");
        // encoding/json prints integral floats as integers; go-yaml reads them back as ints.
        assert_eq!(kv(json!(1.0)), "k: 1\n");
        assert_eq!(kv(json!(1e6)), "k: 1000000\n");
        assert_eq!(kv(json!(-0.0)), "k: 0\n");
        assert_eq!(kv(json!(1e19)), "k: 10000000000000000000\n");
        // Beyond 64-bit integers, or in exponent form, go-yaml formats with 'g'.
        assert_eq!(kv(json!(1e20)), "k: 1e+20\n");
        assert_eq!(kv(json!(1e21)), "k: 1e+21\n");
        assert_eq!(kv(json!(1.5e-7)), "k: 1.5e-07\n");
        assert_eq!(kv(json!(0.0001)), "k: 0.0001\n");
        assert_eq!(kv(json!(0.00001)), "k: 1e-05\n");
        assert_eq!(kv(json!(123456789.5)), "k: 1.234567895e+08\n");
        assert_eq!(kv(json!(100000.5)), "k: 100000.5\n");
        assert_eq!(kv(json!(1.2345e300)), "k: 1.2345e+300\n");
        // The raw go-yaml float formatter.
        assert_eq!(go_format_float_g(1e6), "1e+06");
        assert_eq!(go_format_float_g(123456.0), "123456");
        assert_eq!(go_format_float_g(0.0), "0");
        assert_eq!(go_format_float_g(f64::INFINITY), ".inf");
        assert_eq!(go_format_float_g(f64::NEG_INFINITY), "-.inf");
        assert_eq!(go_format_float_g(f64::NAN), ".nan");
    }

    #[test]
    fn to_yaml_serialises_structs() {
        #[derive(serde::Serialize)]
        struct Obj {
            name: &'static str,
            count: u32,
            tags: Vec<&'static str>,
        }
        let got = to_yaml(&Obj {
            name: "x",
            count: 2,
            tags: vec!["1", "b"],
        });
        assert_eq!(
            got.ok().as_deref(),
            Some("count: 2\nname: x\ntags:\n- \"1\"\n- b\n")
        );
    }

    // --- reader -----------------------------------------------------------------------------

    #[test]
    fn reader_scalar_types() {
        let text = "\
a: 1
b: \"1\"
c: '1'
d: yes
e: 0755
f: 0x1f
g: 1_000
h: 1.0
i: 1.5
j: ~
k:
l: 2001-12-14
m: true
txt: |
  text
o: 0o17
p: -0b101
q: 1e3
r: 08
s: !!str 12
t: !custom 12
u: !!binary aGVsbG8=
v: y
w: 12345678901234567890
";
        let got = from_str(text).ok();
        let want = json!({
            "a": 1, "b": "1", "c": "1", "d": true, "e": 493, "f": 31, "g": 1000, "h": 1,
            "i": 1.5, "j": null, "k": null, "l": "2001-12-14", "m": true, "txt": "text\n",
            "o": 15, "p": -5, "q": 1000, "r": 8, "s": "12", "t": "12", "u": "hello", "v": true,
            "w": 12345678901234567890u64
        });
        assert_eq!(got, Some(want));
    }

    #[test]
    fn reader_go_yaml_unmarshal_tests() {
        // Cases from go-yaml v2's `decode_test.go` (decoded into `interface{}`).
        let cases: &[(&str, Value)] = &[
            ("v: 0b10", json!({"v": 2})),
            ("v: 0xA", json!({"v": 10})),
            ("v: .1", json!({"v": 0.1})),
            ("v: -.1", json!({"v": -0.1})),
            ("canonical: 6.8523e+5", json!({"canonical": 685230})),
            ("expo: 685.230_15e+03", json!({"expo": 685230.15})),
            ("fixed: 685_230.15", json!({"fixed": 685230.15})),
            ("canonical: y", json!({"canonical": true})),
            ("answer: NO", json!({"answer": false})),
            ("option: on", json!({"option": true})),
            ("decimal: +685_230", json!({"decimal": 685230})),
            ("octal: 02472256", json!({"octal": 685230})),
            ("hexa: 0x_0A_74_AE", json!({"hexa": 685230})),
            ("bin: 0b1010_0111_0100_1010_1110", json!({"bin": 685230})),
            ("bin: -0b101010", json!({"bin": -42})),
            (
                "bin: -0b1000000000000000000000000000000000000000000000000000000000000000",
                json!({"bin": i64::MIN}),
            ),
            (
                "uint64_max: 18446744073709551615",
                json!({"uint64_max": u64::MAX}),
            ),
            ("seq: [A,1,C]", json!({"seq": ["A", 1, "C"]})),
            ("'1': '\"2\"'", json!({"1": "\"2\""})),
            ("v: !!float '1.1'", json!({"v": 1.1})),
            ("v: !!float -1", json!({"v": -1})),
            ("v: !!null ''", json!({"v": null})),
            (
                "%TAG !y! tag:yaml.org,2002:\n---\nv: !y!int '1'",
                json!({"v": 1}),
            ),
            ("v: ! test", json!({"v": "test"})),
            ("a: -b_c", json!({"a": "-b_c"})),
            ("a: +b_c", json!({"a": "+b_c"})),
            ("a: 50cent_of_dollar", json!({"a": "50cent_of_dollar"})),
            ("a: 1:1", json!({"a": "1:1"})),
            ("a: 2015-2-3T3:4:5Z", json!({"a": "2015-2-3T3:4:5Z"})),
            ("a: !!timestamp \"2015-01-01\"", json!({"a": "2015-01-01"})),
            ("a: 123456e1", json!({"a": 1234560})),
            (
                "scalar: | # Comment\n\n literal\n\n \ttext\n\n",
                json!({"scalar": "\nliteral\n\n\ttext\n"}),
            ),
            ("---\nhello\n...\n}not yaml", json!("hello")),
            (
                "a:\n  b\nb:\n  ? a\n  : a",
                json!({"a": "b", "b": {"a": "a"}}),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(from_str(text).ok().as_ref(), Some(want), "{text:?}");
        }
    }

    #[test]
    fn reader_keys_are_stringified_like_yaml_to_json() {
        let got = from_str("1: a\nyes: b\n1.5: c\n0x10: d\nfalse: e\nn: f\n\"y\": g\n").ok();
        let want = json!({"1": "a", "true": "b", "1.5": "c", "16": "d", "false": "f", "y": "g"});
        assert_eq!(got, Some(want));
        assert!(from_str("~: a\n").is_err());
    }

    #[test]
    fn reader_anchors_and_merge_keys() {
        let text = "base: &b\n  x: 1\n  z: 2\nother:\n  z: 0\n  <<: *b\n  z: 3\nlist: &l [1, 2]\ncopy: *l\n";
        let got = from_str(text).ok();
        assert_eq!(
            got,
            Some(
                json!({"base": {"x": 1, "z": 2}, "other": {"z": 3, "x": 1}, "list": [1, 2], "copy": [1, 2]})
            )
        );
        let got = from_str("a: &a {x: 1}\nb: &b {x: 2, z: 2}\nc:\n  <<: [*a, *b]\n").ok();
        assert_eq!(got.map(|v| v["c"].clone()), Some(json!({"x": 1, "z": 2})));
    }

    #[test]
    fn reader_rejects_alias_bombs() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            let p = i - 1;
            let refs = vec![format!("*a{p}"); 10].join(", ");
            text.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
        }
        let err = from_str(&text)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(
            err,
            "error converting YAML to JSON: yaml: document contains excessive aliasing"
        );
    }

    #[test]
    fn reader_multi_document() {
        let text = "---\na: 1\n---\n---\n# only a comment\n---\n- x\n...\n---\nb: 2\n";
        let docs = from_str_multi(text).ok();
        assert_eq!(
            docs,
            Some(vec![json!({"a": 1}), json!(["x"]), json!({"b": 2})])
        );
        assert_eq!(from_str_multi("").ok(), Some(vec![]));
        assert_eq!(from_str("").ok(), Some(Value::Null));
        assert_eq!(from_str("a: 1\n---\nb: 2\n").ok(), Some(json!({"a": 1})));
    }

    #[test]
    fn reader_errors() {
        let err = from_str("a: b: c\n")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.starts_with("error converting YAML to JSON: yaml: line 1: "),
            "{err}"
        );
        let err = from_str("a: .inf\n")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert_eq!(
            err,
            "error converting YAML to JSON: json: unsupported value: +Inf"
        );
        assert!(from_str("a: !!int abc\n").is_err());
        assert!(from_str("a: [1, 2\n").is_err());
    }

    #[test]
    fn round_trip_keeps_types() {
        let v = json!({"s": ["1", "true", "", "a b", "x\ny\n", "*", "1.0"], "n": [1, -2, 1.5], "b": false, "z": null});
        let text = to_string(&v);
        assert_eq!(from_str(&text).ok(), Some(v));
    }
}
