//! `flux create tenant`: mirrors upstream `cmd/flux/create_tenant.go` (v2.9.4).
//! Deviations: applying to the cluster is not implemented yet.

use clap::Args;

use crate::cli::parse_bool;
use crate::cmd::Ctx;
use crate::cmd::create::CreateFlags;
use crate::error::{CliError, ExitStatus};
use crate::manifests::tenant::{self as generator, TenantOptions};
use crate::report::Reporter;

const EXAMPLES: &str = "Examples:
  # Create a tenant with access to a namespace
  flux create tenant dev-team \\
    --with-namespace=frontend \\
    --label=environment=dev

  # Generate tenant namespaces and role bindings in YAML format
  flux create tenant dev-team \\
    --with-namespace=frontend \\
    --with-namespace=backend \\
    --export > dev-team.yaml";

/// Create or update a tenant
///
/// The create tenant command generates namespaces, service accounts and role bindings to limit
/// the reconcilers scope to the tenant namespaces.
#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CreateTenantArgs {
    /// the object name, then any further arguments (ignored, as upstream does)
    #[arg(value_name = "NAME")]
    pub args: Vec<String>,

    /// namespace belonging to this tenant
    #[arg(long, value_delimiter = ',', action = clap::ArgAction::Append)]
    pub with_namespace: Option<Vec<String>>,

    /// cluster role of the tenant role binding
    #[arg(long, default_value = "cluster-admin")]
    pub cluster_role: String,

    /// service account belonging to this tenant
    #[arg(long, default_value = "")]
    pub with_service_account: String,

    /// skip namespace creation
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true",
          require_equals = true, default_value = "false", value_parser = parse_bool)]
    pub skip_namespace: bool,
}

/// Runs `flux create tenant`.
pub async fn run(
    ctx: &Ctx,
    flags: &CreateFlags,
    args: CreateTenantArgs,
) -> Result<ExitStatus, CliError> {
    let tenant = crate::manifests::name_arg(&args.args)?.to_string();
    let opts = TenantOptions {
        tenant,
        // A given-but-empty `--with-namespace=` is an empty list, as in pflag.
        namespaces: args.with_namespace.map(crate::cli::pflag_slice),
        cluster_role: args.cluster_role,
        service_account: args.with_service_account,
        skip_namespace: args.skip_namespace,
        labels: flags.labels.clone(),
    };
    let objects = generator::build(&opts)?;
    if flags.export {
        ctx.ui.out(&generator::export(&objects)?)?;
        return Ok(ExitStatus::Success);
    }
    use crate::cluster::apply::{self, Merge};
    let deadline = crate::cmd::reconcile::shared::deadline(ctx);
    let client = ctx.kube().await?;
    let upsert = |obj: serde_json::Value, merge: Merge| async move {
        let api = apply::api_for(client, &obj).map_err(CliError::msg)?;
        crate::cluster::by_deadline(deadline, apply::upsert(&api, &obj, merge)).await?;
        Ok::<_, CliError>(())
    };
    for t in &objects {
        if let Some(ns) = &t.namespace {
            ctx.ui.action(&format!(
                "applying namespace {}",
                ns.metadata.name.as_deref().unwrap_or("")
            ));
            upsert(serde_json::to_value(ns)?, Merge::Labels).await?;
        }
        ctx.ui.action(&format!(
            "applying service account {}",
            t.service_account.metadata.name.as_deref().unwrap_or("")
        ));
        upsert(serde_json::to_value(&t.service_account)?, Merge::Labels).await?;
        ctx.ui.action(&format!(
            "applying role binding {}",
            t.role_binding.metadata.name.as_deref().unwrap_or("")
        ));
        upsert(serde_json::to_value(&t.role_binding)?, Merge::Recreate).await?;
    }
    ctx.ui.success("tenant setup completed");
    Ok(ExitStatus::Success)
}
