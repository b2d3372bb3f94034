//! `flux tree artifact …`: mirrors upstream `cmd/flux/tree_artifact*.go`: an ArtifactGenerator
//! and the ExternalArtifacts of its `status.inventory`. Deviations: none known.

use clap::{Args, Subcommand};

use serde_json::Value;

use super::kustomization::{Node, ObjMeta, print};
use crate::cmd::Ctx;
use crate::error::{CliError, ExitStatus};
use crate::kinds;

// `flux tree artifact …`.
#[derive(Debug, Args)]
#[command(arg_required_else_help = true)]
pub struct TreeArtifactArgs {
    #[command(subcommand)]
    pub command: TreeArtifactCommand,
}

/// The `flux tree artifact` subcommands.
#[derive(Debug, Subcommand)]
pub enum TreeArtifactCommand {
    /// Print the sources and artifacts of an ArtifactGenerator as a tree
    Generator(TreeArtifactGeneratorArgs),
}

// Tree of an ArtifactGenerator.
#[derive(Debug, Args)]
pub struct TreeArtifactGeneratorArgs {
    /// name of the ArtifactGenerator
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// print the tree as 'json' or 'yaml' instead of text
    #[arg(short = 'o', long)]
    pub output: Option<String>,
}

/// Runs `flux tree artifact …`.
pub async fn run(ctx: &Ctx, args: TreeArtifactArgs) -> Result<ExitStatus, CliError> {
    match args.command {
        TreeArtifactCommand::Generator(a) => generator(ctx, a).await,
    }
}

/// `flux tree artifact generator NAME`.
async fn generator(ctx: &Ctx, args: TreeArtifactGeneratorArgs) -> Result<ExitStatus, CliError> {
    // cobra.ExactArgs(1)
    if args.args.len() != 1 {
        return Err(CliError::msg(format!(
            "accepts 1 arg(s), received {}",
            args.args.len()
        )));
    }
    let name = &args.args[0];
    let client = ctx.kube().await?.clone();
    let ns = ctx.namespace().to_string();
    let api = crate::cluster::objects::api(&client, &kinds::ARTIFACT_GENERATOR, Some(&ns));
    let ag = ctx.within(async { Ok(api.get(name).await?) }).await?;
    let str_of = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let children = ag
        .data
        .pointer("/status/inventory")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|ea| {
            Node::leaf(ObjMeta {
                namespace: str_of(ea, "namespace"),
                name: str_of(ea, "name"),
                group: kinds::source::GROUP.into(),
                kind: kinds::source::EXTERNAL_ARTIFACT_KIND.into(),
            })
        })
        .collect();
    let tree = Node {
        resource: ObjMeta {
            namespace: ns,
            name: name.clone(),
            group: kinds::source_extensions::GROUP.into(),
            kind: kinds::source_extensions::ARTIFACT_GENERATOR_KIND.into(),
        },
        children,
    };
    print(ctx, &tree, args.output.as_deref())
}
