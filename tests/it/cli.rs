//! The command tree as a whole: clap's own consistency check, and pflag-style parse errors.

use crate::support::flux;

#[test]
fn cli_debug_assert() {
    flux_rs::cli::command().debug_assert();
}

#[test]
fn pflag_errors() {
    let cases = [
        (
            "create source git podinfo --interval=x",
            "✗ invalid argument \"x\" for \"--interval\" flag: time: invalid duration \"x\"\n",
        ),
        (
            "create source git podinfo --export=maybe",
            "✗ invalid argument \"maybe\" for \"--export\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax\n",
        ),
        ("create source git podinfo --foo", "✗ unknown flag: --foo\n"),
        (
            "create source git --interval",
            "✗ flag needs an argument: --interval\n",
        ),
        ("get -n", "✗ flag needs an argument: 'n' in -n\n"),
        (
            "create source gitt",
            "✗ unknown command \"gitt\" for \"flux create source\"\n",
        ),
        ("create source git", "✗ name is required\n"),
    ];
    for (line, want) in cases {
        let run = flux(line);
        assert_eq!(
            (run.code, run.out.stderr.as_str()),
            (1, want),
            "flux {line}"
        );
    }
}
