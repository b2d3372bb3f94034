//! The kinds table against upstream's CRD index (`crd-index.tsv`): group, served version,
//! plural, singular, short names and printer column names of all 15 Flux kinds.

use crate::support::upstream;

#[test]
fn kinds_table_matches_crd_index() {
    let Some(dir) = upstream() else { return };
    let text = std::fs::read_to_string(dir.join("crd-index.tsv")).unwrap();
    let mut rows = 0;
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (group, kind, plural, singular, short, version, columns) =
            (f[1], f[2], f[3], f[4], f[5], f[8], f[17]);
        let info = flux_rs::kinds::by_kind(kind).unwrap_or_else(|| panic!("{kind} not in table"));
        assert_eq!(
            (info.group, info.plural, info.singular, info.version),
            (group, plural, singular, version),
            "{kind}"
        );
        let shorts: Vec<&str> = if short == "-" {
            vec![]
        } else {
            short.split(',').collect()
        };
        assert_eq!(info.short_names, shorts.as_slice(), "{kind} short names");
        let names: Vec<&str> = info.printer_columns.iter().map(|c| c.name).collect();
        assert_eq!(names.join(","), columns, "{kind} printer columns");
        rows += 1;
    }
    assert_eq!(rows, flux_rs::kinds::ALL.len());
}

#[test]
fn printer_column_paths_match_the_crds() {
    let Some(dir) = upstream() else { return };
    for k in flux_rs::kinds::ALL {
        let texts: Vec<String> = std::fs::read_dir(dir.join("crds"))
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        let file = texts
            .iter()
            .flat_map(|t| t.split("\n---\n"))
            .find(|doc| doc.contains(&format!("name: {}.{}\n", k.plural, k.group)))
            .unwrap_or_else(|| panic!("no CRD for {}", k.kind));
        for c in k.printer_columns {
            assert!(
                file.contains(&format!(
                    "jsonPath: {}\n      name: {}\n",
                    c.json_path, c.name
                )),
                "{}: column {} with {}",
                k.kind,
                c.name,
                c.json_path
            );
        }
    }
}
