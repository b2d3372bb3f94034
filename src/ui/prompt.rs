//! promptui's confirmation prompt (`flux delete`, the deploy key question of `create source
//! git`): the ANSI-styled `? <label>? [y/N] ` on stdout, answered by one line of stdin. Mirrors
//! manifoldco/promptui v0.9.0 `Prompt{IsConfirm: true}` as flux uses it.

use super::Ui;

/// promptui's confirm template, `{{ "?" | blue | bold }} {{ . | bold }}? {{ "[y/N]" | faint }} `,
/// rendered for `label`.
pub fn confirm_text(label: &str) -> String {
    format!("\x1b[1m\x1b[34m?\x1b[0m\x1b[0m \x1b[1m{label}\x1b[0m? \x1b[2m[y/N]\x1b[0m ")
}

/// Asks `label` and reads the answer from stdin (also without a terminal, as upstream does):
/// only `y`/`Y` confirms; anything else, an empty line or the end of input does not.
pub async fn confirm(ui: &Ui, stdin_is_tty: bool, label: &str) -> std::io::Result<bool> {
    ui.out(&confirm_text(label))?;
    let line = tokio::task::spawn_blocking(|| {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map(|_| line)
    })
    .await
    .map_err(std::io::Error::other)?;
    if !stdin_is_tty {
        // No terminal echoed the answer and its newline: end the prompt line.
        ui.out("\n")?;
    }
    Ok(matches!(
        line.ok().as_deref().map(str::trim),
        Some("y" | "Y")
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn confirm_text_is_promptui_styled() {
        assert_eq!(
            super::confirm_text("Are you sure you want to delete this kustomization"),
            "\u{1b}[1m\u{1b}[34m?\u{1b}[0m\u{1b}[0m \u{1b}[1mAre you sure you want to delete this kustomization\u{1b}[0m? \u{1b}[2m[y/N]\u{1b}[0m "
        );
    }
}
