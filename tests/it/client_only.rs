//! Commands that work without any cluster: `version --client` and `completion <shell>`.

use crate::support::flux;

#[test]
fn version_client_yaml_and_json() {
    let run = flux("version --client");
    assert_eq!(
        (run.code, run.out.stdout.as_str(), run.out.stderr.as_str()),
        (0, "flux: v2.9.4\n", "")
    );
    let run = flux("version --client -o yaml");
    assert_eq!(run.out.stdout, "flux: v2.9.4\n");
    let run = flux("version --client --output=json");
    assert_eq!(
        (run.code, run.out.stdout.as_str()),
        (0, "{\n  \"flux\": \"v2.9.4\"\n}\n")
    );
}

#[test]
fn version_rejects_other_outputs_first() {
    for line in ["version --client -o table", "version -o table"] {
        let run = flux(line);
        assert_eq!(
            (run.code, run.out.stderr.as_str()),
            (1, "✗ --output must be json or yaml, not table\n"),
            "flux {line}"
        );
    }
}

#[test]
fn completion_prints_the_generated_script() {
    for (shell, kind) in [
        ("bash", clap_complete::Shell::Bash),
        ("zsh", clap_complete::Shell::Zsh),
        ("fish", clap_complete::Shell::Fish),
        ("powershell", clap_complete::Shell::PowerShell),
    ] {
        let run = flux(&format!("completion {shell}"));
        assert_eq!(run.code, 0, "completion {shell}: {}", run.out.stderr);
        assert!(
            run.out.stdout.len() > 1000,
            "completion {shell} is too short"
        );
        assert_eq!(
            run.out.stdout,
            flux_rs::docs::completion(kind),
            "completion {shell}"
        );
    }
}

#[test]
fn groups_without_subcommand_print_help() {
    for group in [
        "get",
        "get sources",
        "bootstrap",
        "suspend",
        "export source",
        "completion",
    ] {
        let run = flux(group);
        assert_eq!(run.code, 0, "flux {group}: {}", run.out.stderr);
        assert!(run.out.stdout.contains("Usage: flux"), "flux {group}");
    }
}

#[test]
fn enum_flags_reject_bad_values_with_upstream_messages() {
    let cases = [
        (
            "install --log-level=trace",
            "✗ invalid argument \"trace\" for \"--log-level\" flag: unsupported log level 'trace', must be one of: debug, info, error\n",
        ),
        (
            "push artifact oci://x/y --provider=dummy",
            "✗ invalid argument \"dummy\" for \"--provider\" flag: source OCI provider 'dummy' is not supported, must be one of: generic, aws, azure, gcp\n",
        ),
        (
            "bootstrap github --ssh-key-algorithm=dsa",
            "✗ invalid argument \"dsa\" for \"--ssh-key-algorithm\" flag: unsupported public key algorithm 'dsa', must be one of: rsa, ecdsa, ed25519\n",
        ),
        (
            "bootstrap git --ssh-rsa-bits=1000",
            "✗ invalid argument \"1000\" for \"--ssh-rsa-bits\" flag: RSA key bit size must be at least 1024\n",
        ),
        (
            "bootstrap gitlab --visibility=secret",
            "✗ invalid argument \"secret\" for \"--visibility\" flag: unsupported visibility 'secret'\n",
        ),
        (
            "check --poll-interval=5",
            "✗ invalid argument \"5\" for \"--poll-interval\" flag: time: missing unit in duration \"5\"\n",
        ),
        (
            "check extra",
            "✗ unknown command \"extra\" for \"flux check\"\n",
        ),
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
