//! The YAML writer against upstream: every upstream golden that is `yaml.Marshal` output
//! parses and re-emits byte for byte.

use flux_rs::yaml::{from_str_multi, to_string};

// --- upstream goldens -------------------------------------------------------------------

/// How the documents of a golden are framed.
#[derive(Clone, Copy)]
enum Framing {
    /// `---\n` before every document (export printers), optionally one extra final `\n`
    /// (secret printers, B.10.0).
    Leading,
    /// `---\n` after every document (`flux build kustomization`).
    Trailing,
    /// One `# …` header line, then a single document (`flux debug … --show-…`).
    Header,
}

/// The goldens that are pure `yaml.Marshal` output, by path relative to `testdata/`.
/// Everything else under `testdata/` is either command text output or a hand-written
/// input fixture (unsorted keys, comments, indented sequences).
fn golden_framing(rel: &str) -> Option<Framing> {
    let (dir, file) = rel.rsplit_once('/')?;
    let top = dir.split('/').next()?;
    match top {
        "create_source_git" | "create_source_helm" | "create_tenant" | "create_image_update" => {
            Some(Framing::Leading)
        }
        "create_secret" if file.ends_with(".yaml") => Some(Framing::Leading),
        "create_source_chart" | "create_hr" if file != "setup-source.yaml" => {
            Some(Framing::Leading)
        }
        "export" if file != "objects.yaml" => Some(Framing::Leading),
        "oci" if file.starts_with("export") => Some(Framing::Leading),
        "debug_helmrelease" | "debug_kustomization" if file.ends_with(".golden.yaml") => {
            Some(Framing::Header)
        }
        "build-kustomization" if dir == "build-kustomization" && file.ends_with("-result.yaml") => {
            Some(Framing::Trailing)
        }
        _ => None,
    }
}

fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Re-emits `body` framed as the golden is.
fn reemit(body: &str, framing: Framing) -> Result<String, flux_rs::yaml::Error> {
    let (header, rest) = match framing {
        Framing::Header => match body.split_once('\n') {
            Some((h, r)) if h.starts_with('#') => (format!("{h}\n"), r),
            _ => (String::new(), body),
        },
        _ => (String::new(), body),
    };
    // Command output lines printed before the YAML (`✚ generating …`) are kept verbatim.
    let (prefix, rest) = match framing {
        Framing::Leading if !rest.starts_with("---\n") => match rest.find("\n---\n") {
            Some(at) => rest.split_at(at + 1),
            None => ("", rest),
        },
        _ => ("", rest),
    };
    let mut out = header;
    out.push_str(prefix);
    for doc in from_str_multi(rest)? {
        match framing {
            Framing::Leading => {
                out.push_str("---\n");
                out.push_str(&to_string(&doc));
            }
            Framing::Trailing => {
                out.push_str(&to_string(&doc));
                out.push_str("---\n");
            }
            Framing::Header => out.push_str(&to_string(&doc)),
        }
    }
    Ok(out)
}

#[test]
#[allow(clippy::print_stderr)]
fn upstream_goldens_round_trip() {
    let Some(dir) = crate::support::cmd_flux_dir() else {
        return;
    };
    let root = dir.join("testdata");
    let root = root.as_path();
    let mut files = Vec::new();
    collect(root, &mut files);
    files.sort();
    let mut checked = 0;
    let mut failures = Vec::new();
    for path in files {
        let rel = path
            .strip_prefix(root)
            .map(|p| p.to_string_lossy().into_owned());
        let Ok(rel) = rel else { continue };
        let Some(framing) = golden_framing(&rel) else {
            continue;
        };
        let Ok(raw) = std::fs::read_to_string(&path) else {
            continue;
        };
        let text = raw
            .replace("{{ .fluxns }}", "flux-system")
            .replace("{{ .ns }}", "test-ns");
        if text.contains("{{") {
            continue;
        }
        // Command text output without any document (e.g. `success.golden`).
        if matches!(framing, Framing::Leading)
            && !(text.starts_with("---\n") || text.contains("\n---\n"))
        {
            continue;
        }
        checked += 1;
        match reemit(&text, framing) {
            Ok(got) if got == text => {}
            // Secret printers add one newline after the document (B.10.0).
            Ok(got) if matches!(framing, Framing::Leading) && format!("{got}\n") == text => {}
            Ok(got) => failures.push(format!("{rel}: mismatch\n--- want\n{text}--- got\n{got}")),
            Err(e) => failures.push(format!("{rel}: {e}")),
        }
    }
    eprintln!(
        "golden round trip: {}/{checked} files",
        checked - failures.len()
    );
    assert!(checked >= 60, "only {checked} goldens found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
