# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_flux_global_optspecs
    string join \n timeout= verbose= ns-follows-kube-context= server= kubeconfig= context= cluster= user= n/namespace= as= as-group= as-uid= token= certificate-authority= client-certificate= client-key= insecure-skip-tls-verify= tls-server-name= cache-dir= disable-compression= kube-api-qps= kube-api-burst= h/help
end

function __fish_flux_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_flux_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_flux_using_subcommand
    set -l cmd (__fish_flux_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c flux -n "__fish_flux_needs_command" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_needs_command" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_needs_command" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_needs_command" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_needs_command" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_needs_command" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_needs_command" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_needs_command" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_needs_command" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_needs_command" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_needs_command" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_needs_command" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_needs_command" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_needs_command" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_needs_command" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_needs_command" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_needs_command" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_needs_command" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_needs_command" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_needs_command" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_needs_command" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_needs_command" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_needs_command" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_needs_command" -f -a "bootstrap" -d 'Deploy Flux on a cluster the GitOps way'
complete -c flux -n "__fish_flux_needs_command" -f -a "build" -d 'Build Flux resources locally'
complete -c flux -n "__fish_flux_needs_command" -f -a "check" -d 'Check the prerequisites and the health of the Flux installation'
complete -c flux -n "__fish_flux_needs_command" -f -a "completion" -d 'Print the shell completion script for flux'
complete -c flux -n "__fish_flux_needs_command" -f -a "create" -d 'Create or update sources and resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "debug" -d 'Debug Flux resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "delete" -d 'Delete Flux resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "diff" -d 'Compare local files with what Flux has applied or published'
complete -c flux -n "__fish_flux_needs_command" -f -a "docgen" -d 'Generate the command reference documentation'
complete -c flux -n "__fish_flux_needs_command" -f -a "envsubst" -d 'Substitute environment variables in text read from standard input'
complete -c flux -n "__fish_flux_needs_command" -f -a "events" -d 'Show the Kubernetes events of Flux resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "export" -d 'Export Flux resources in YAML format'
complete -c flux -n "__fish_flux_needs_command" -f -a "get" -d 'Get the resources and their status'
complete -c flux -n "__fish_flux_needs_command" -f -a "install" -d 'Install or upgrade the Flux components on a cluster'
complete -c flux -n "__fish_flux_needs_command" -f -a "list" -d 'List artifacts'
complete -c flux -n "__fish_flux_needs_command" -f -a "logs" -d 'Show the logs of the Flux controllers'
complete -c flux -n "__fish_flux_needs_command" -f -a "migrate" -d 'Migrate Flux resources to the API versions served by this Flux release'
complete -c flux -n "__fish_flux_needs_command" -f -a "plugin" -d 'Manage flux CLI plugins'
complete -c flux -n "__fish_flux_needs_command" -f -a "pull" -d 'Pull artifacts from a container registry'
complete -c flux -n "__fish_flux_needs_command" -f -a "push" -d 'Push artifacts to a container registry'
complete -c flux -n "__fish_flux_needs_command" -f -a "reconcile" -d 'Trigger the reconciliation of Flux resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "resume" -d 'Resume the reconciliation of Flux resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "stats" -d 'Show how many Flux resources run, fail or are suspended, and their storage'
complete -c flux -n "__fish_flux_needs_command" -f -a "suspend" -d 'Suspend the reconciliation of Flux resources'
complete -c flux -n "__fish_flux_needs_command" -f -a "tag" -d 'Tag artifacts in a container registry'
complete -c flux -n "__fish_flux_needs_command" -f -a "trace" -d 'Trace Kubernetes objects back to the Flux sources that deployed them'
complete -c flux -n "__fish_flux_needs_command" -f -a "tree" -d 'Print the resources reconciled by Flux as a tree'
complete -c flux -n "__fish_flux_needs_command" -f -a "trigger" -d 'Trigger webhook receivers'
complete -c flux -n "__fish_flux_needs_command" -f -a "uninstall" -d 'Remove the Flux components, custom resources and namespace from the cluster'
complete -c flux -n "__fish_flux_needs_command" -f -a "verify" -d 'Verify artifacts in a container registry'
complete -c flux -n "__fish_flux_needs_command" -f -a "version" -d 'Print the versions of the CLI and of the Flux controllers'
complete -c flux -n "__fish_flux_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -s v -l version -d 'toolkit version to deploy; when set, the manifests are downloaded from the flux2 GitHub releases' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l components -d 'the components to install, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l components-extra -d 'extra components to install besides the default ones, comma separated (e.g. \'image-reflector-controller,image-automation-controller,source-watcher\')' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l registry -d 'registry the Flux controller images are pulled from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l registry-creds -d 'credentials for the registry as \'user:password\' (needs --image-pull-secret)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l image-pull-secret -d 'name of the Kubernetes Secret used to pull the controller images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l branch -d 'Git branch to commit to and sync from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l recurse-submodules -d 'make the GitRepository source initialise and include Git submodules' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l sparse-checkout -d 'directories to include in the GitRepository sparse checkout (must include --path), comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l manifests -d 'path to a directory of manifests to use instead of the built-in ones' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l watch-all-namespaces -d 'make the controllers watch all namespaces; when false only the Flux namespace is watched' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l network-policy -d 'add network policies that block ingress to the controllers from other namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l token-auth -d 'authenticate to Git with the personal access token instead of an SSH deploy key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l log-level -d 'controller log level (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l cluster-domain -d 'the cluster\'s internal DNS domain' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l toleration-keys -d 'taint keys the controller pods tolerate, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l secret-name -d 'name of the Secret holding the sync credentials (read or created)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l ssh-key-algorithm -d 'algorithm of the generated SSH key (rsa, ecdsa, ed25519)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l ssh-rsa-bits -d 'size in bits of a generated RSA key (a multiple of 8, at least 1024)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l ssh-hostkey-algos -d 'host key algorithms the CLI accepts on SSH connections, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l ssh-ecdsa-curve -d 'curve of a generated ECDSA key (p256, p384, p521)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l ssh-hostname -d 'SSH host name (and port) when it differs from the HTTPS one' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l ca-file -d 'path to a CA bundle for validating self-signed TLS certificates' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l private-key-file -d 'path to a private key for authenticating to the Git SSH server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l author-name -d 'author name of the Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l author-email -d 'author email of the Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l gpg-key-ring -d 'path to a GPG key ring for signing the commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l gpg-passphrase -d 'passphrase of the GPG private key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l gpg-key-id -d 'id of the GPG key to sign with' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l ssh-signing-key-file -d 'path to an SSH private key for signing the commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l ssh-signing-password -d 'passphrase of the SSH signing key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l ssh-signing-passphrase -d 'same as --ssh-signing-password' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l ssh-signing-reuse-private-key -d 'sign the commits with the SSH transport key given by --private-key-file' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l commit-message-appendix -d 'text appended to the commit messages (e.g. \'[ci skip]\')' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l force -d 'take over a Flux installation managed by another tool such as Helm' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -f -a "bitbucket-server" -d 'Deploy Flux on a cluster connected to a Bitbucket Server repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -f -a "git" -d 'Deploy Flux on a cluster connected to any Git repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -f -a "gitea" -d 'Deploy Flux on a cluster connected to a Gitea repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -f -a "github" -d 'Deploy Flux on a cluster connected to a GitHub repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and not __fish_seen_subcommand_from bitbucket-server git gitea github gitlab" -f -a "gitlab" -d 'Deploy Flux on a cluster connected to a GitLab repository'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l owner -d 'Bitbucket Server project key or user that owns the repository' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l repository -d 'name of the Bitbucket Server repository' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l group -d 'Bitbucket Server groups given access to the repository as \'group:permission\' (push when omitted), comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l personal -d 'the owner is a Bitbucket Server user instead of a project' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -s u -l username -d 'user that authenticates to the API and to Git' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l private -d 'create or configure the repository as private' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l interval -d 'sync interval of the cluster' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l hostname -d 'Bitbucket Server host name' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l path -d 'path inside the repository the cluster syncs from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l read-write-key -d 'give the deploy key write access' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l reconcile -d 'also apply the options to a repository that already exists' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -s v -l version -d 'toolkit version to deploy; when set, the manifests are downloaded from the flux2 GitHub releases' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l components -d 'the components to install, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l components-extra -d 'extra components to install besides the default ones, comma separated (e.g. \'image-reflector-controller,image-automation-controller,source-watcher\')' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l registry -d 'registry the Flux controller images are pulled from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l registry-creds -d 'credentials for the registry as \'user:password\' (needs --image-pull-secret)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l image-pull-secret -d 'name of the Kubernetes Secret used to pull the controller images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l branch -d 'Git branch to commit to and sync from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l recurse-submodules -d 'make the GitRepository source initialise and include Git submodules' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l sparse-checkout -d 'directories to include in the GitRepository sparse checkout (must include --path), comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l manifests -d 'path to a directory of manifests to use instead of the built-in ones' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l watch-all-namespaces -d 'make the controllers watch all namespaces; when false only the Flux namespace is watched' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l network-policy -d 'add network policies that block ingress to the controllers from other namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l token-auth -d 'authenticate to Git with the personal access token instead of an SSH deploy key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l log-level -d 'controller log level (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l cluster-domain -d 'the cluster\'s internal DNS domain' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l toleration-keys -d 'taint keys the controller pods tolerate, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l secret-name -d 'name of the Secret holding the sync credentials (read or created)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-key-algorithm -d 'algorithm of the generated SSH key (rsa, ecdsa, ed25519)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-rsa-bits -d 'size in bits of a generated RSA key (a multiple of 8, at least 1024)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-hostkey-algos -d 'host key algorithms the CLI accepts on SSH connections, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-ecdsa-curve -d 'curve of a generated ECDSA key (p256, p384, p521)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-hostname -d 'SSH host name (and port) when it differs from the HTTPS one' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ca-file -d 'path to a CA bundle for validating self-signed TLS certificates' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l private-key-file -d 'path to a private key for authenticating to the Git SSH server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l author-name -d 'author name of the Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l author-email -d 'author email of the Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l gpg-key-ring -d 'path to a GPG key ring for signing the commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l gpg-passphrase -d 'passphrase of the GPG private key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l gpg-key-id -d 'id of the GPG key to sign with' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-signing-key-file -d 'path to an SSH private key for signing the commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-signing-password -d 'passphrase of the SSH signing key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-signing-passphrase -d 'same as --ssh-signing-password' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ssh-signing-reuse-private-key -d 'sign the commits with the SSH transport key given by --private-key-file' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l commit-message-appendix -d 'text appended to the commit messages (e.g. \'[ci skip]\')' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l force -d 'take over a Flux installation managed by another tool such as Helm' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from bitbucket-server" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l url -d 'URL of the Git repository' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l interval -d 'sync interval of the cluster' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l path -d 'path inside the repository the cluster syncs from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -s u -l username -d 'username for basic authentication' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -s p -l password -d 'password for basic authentication (also the passphrase of the SSH key)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -s s -l silent -d 'do not ask for confirmation; assume the deploy key is already configured' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l allow-insecure-http -d 'allow plain HTTP Git URLs' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l with-bearer-token -d 'send the password as a bearer token in the Authorization header' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -s v -l version -d 'toolkit version to deploy; when set, the manifests are downloaded from the flux2 GitHub releases' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l components -d 'the components to install, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l components-extra -d 'extra components to install besides the default ones, comma separated (e.g. \'image-reflector-controller,image-automation-controller,source-watcher\')' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l registry -d 'registry the Flux controller images are pulled from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l registry-creds -d 'credentials for the registry as \'user:password\' (needs --image-pull-secret)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l image-pull-secret -d 'name of the Kubernetes Secret used to pull the controller images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l branch -d 'Git branch to commit to and sync from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l recurse-submodules -d 'make the GitRepository source initialise and include Git submodules' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l sparse-checkout -d 'directories to include in the GitRepository sparse checkout (must include --path), comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l manifests -d 'path to a directory of manifests to use instead of the built-in ones' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l watch-all-namespaces -d 'make the controllers watch all namespaces; when false only the Flux namespace is watched' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l network-policy -d 'add network policies that block ingress to the controllers from other namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l token-auth -d 'authenticate to Git with the personal access token instead of an SSH deploy key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l log-level -d 'controller log level (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l cluster-domain -d 'the cluster\'s internal DNS domain' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l toleration-keys -d 'taint keys the controller pods tolerate, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l secret-name -d 'name of the Secret holding the sync credentials (read or created)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-key-algorithm -d 'algorithm of the generated SSH key (rsa, ecdsa, ed25519)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-rsa-bits -d 'size in bits of a generated RSA key (a multiple of 8, at least 1024)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-hostkey-algos -d 'host key algorithms the CLI accepts on SSH connections, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-ecdsa-curve -d 'curve of a generated ECDSA key (p256, p384, p521)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-hostname -d 'SSH host name (and port) when it differs from the HTTPS one' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ca-file -d 'path to a CA bundle for validating self-signed TLS certificates' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l private-key-file -d 'path to a private key for authenticating to the Git SSH server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l author-name -d 'author name of the Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l author-email -d 'author email of the Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l gpg-key-ring -d 'path to a GPG key ring for signing the commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l gpg-passphrase -d 'passphrase of the GPG private key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l gpg-key-id -d 'id of the GPG key to sign with' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-signing-key-file -d 'path to an SSH private key for signing the commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-signing-password -d 'passphrase of the SSH signing key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-signing-passphrase -d 'same as --ssh-signing-password' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ssh-signing-reuse-private-key -d 'sign the commits with the SSH transport key given by --private-key-file' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l commit-message-appendix -d 'text appended to the commit messages (e.g. \'[ci skip]\')' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l force -d 'take over a Flux installation managed by another tool such as Helm' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from git" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l owner -d 'Gitea user or organisation that owns the repository' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l repository -d 'name of the Gitea repository' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l team -d 'Gitea teams given access to the repository as \'team:permission\' (maintain when omitted), comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l personal -d 'the owner is a Gitea user instead of an organisation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l private -d 'create or configure the repository as private' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l interval -d 'sync interval of the cluster' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l hostname -d 'Gitea host name' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l path -d 'path inside the repository the cluster syncs from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l read-write-key -d 'give the deploy key write access' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l reconcile -d 'also apply the options to a repository that already exists' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -s v -l version -d 'toolkit version to deploy; when set, the manifests are downloaded from the flux2 GitHub releases' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l components -d 'the components to install, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l components-extra -d 'extra components to install besides the default ones, comma separated (e.g. \'image-reflector-controller,image-automation-controller,source-watcher\')' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l registry -d 'registry the Flux controller images are pulled from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l registry-creds -d 'credentials for the registry as \'user:password\' (needs --image-pull-secret)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l image-pull-secret -d 'name of the Kubernetes Secret used to pull the controller images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l branch -d 'Git branch to commit to and sync from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l recurse-submodules -d 'make the GitRepository source initialise and include Git submodules' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l sparse-checkout -d 'directories to include in the GitRepository sparse checkout (must include --path), comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l manifests -d 'path to a directory of manifests to use instead of the built-in ones' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l watch-all-namespaces -d 'make the controllers watch all namespaces; when false only the Flux namespace is watched' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l network-policy -d 'add network policies that block ingress to the controllers from other namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l token-auth -d 'authenticate to Git with the personal access token instead of an SSH deploy key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l log-level -d 'controller log level (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l cluster-domain -d 'the cluster\'s internal DNS domain' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l toleration-keys -d 'taint keys the controller pods tolerate, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l secret-name -d 'name of the Secret holding the sync credentials (read or created)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-key-algorithm -d 'algorithm of the generated SSH key (rsa, ecdsa, ed25519)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-rsa-bits -d 'size in bits of a generated RSA key (a multiple of 8, at least 1024)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-hostkey-algos -d 'host key algorithms the CLI accepts on SSH connections, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-ecdsa-curve -d 'curve of a generated ECDSA key (p256, p384, p521)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-hostname -d 'SSH host name (and port) when it differs from the HTTPS one' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ca-file -d 'path to a CA bundle for validating self-signed TLS certificates' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l private-key-file -d 'path to a private key for authenticating to the Git SSH server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l author-name -d 'author name of the Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l author-email -d 'author email of the Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l gpg-key-ring -d 'path to a GPG key ring for signing the commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l gpg-passphrase -d 'passphrase of the GPG private key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l gpg-key-id -d 'id of the GPG key to sign with' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-signing-key-file -d 'path to an SSH private key for signing the commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-signing-password -d 'passphrase of the SSH signing key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-signing-passphrase -d 'same as --ssh-signing-password' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ssh-signing-reuse-private-key -d 'sign the commits with the SSH transport key given by --private-key-file' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l commit-message-appendix -d 'text appended to the commit messages (e.g. \'[ci skip]\')' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l force -d 'take over a Flux installation managed by another tool such as Helm' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitea" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l owner -d 'GitHub user or organisation that owns the repository' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l repository -d 'name of the GitHub repository' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l team -d 'GitHub teams given access to the repository as \'team:permission\' (maintain when omitted), comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l personal -d 'the owner is a GitHub user instead of an organisation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l private -d 'create or configure the repository as private' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l interval -d 'sync interval of the cluster' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l hostname -d 'GitHub host name (GitHub Enterprise)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l path -d 'path inside the repository the cluster syncs from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l read-write-key -d 'give the deploy key write access' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l reconcile -d 'also apply the options to a repository that already exists' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -s v -l version -d 'toolkit version to deploy; when set, the manifests are downloaded from the flux2 GitHub releases' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l components -d 'the components to install, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l components-extra -d 'extra components to install besides the default ones, comma separated (e.g. \'image-reflector-controller,image-automation-controller,source-watcher\')' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l registry -d 'registry the Flux controller images are pulled from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l registry-creds -d 'credentials for the registry as \'user:password\' (needs --image-pull-secret)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l image-pull-secret -d 'name of the Kubernetes Secret used to pull the controller images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l branch -d 'Git branch to commit to and sync from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l recurse-submodules -d 'make the GitRepository source initialise and include Git submodules' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l sparse-checkout -d 'directories to include in the GitRepository sparse checkout (must include --path), comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l manifests -d 'path to a directory of manifests to use instead of the built-in ones' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l watch-all-namespaces -d 'make the controllers watch all namespaces; when false only the Flux namespace is watched' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l network-policy -d 'add network policies that block ingress to the controllers from other namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l token-auth -d 'authenticate to Git with the personal access token instead of an SSH deploy key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l log-level -d 'controller log level (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l cluster-domain -d 'the cluster\'s internal DNS domain' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l toleration-keys -d 'taint keys the controller pods tolerate, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l secret-name -d 'name of the Secret holding the sync credentials (read or created)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-key-algorithm -d 'algorithm of the generated SSH key (rsa, ecdsa, ed25519)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-rsa-bits -d 'size in bits of a generated RSA key (a multiple of 8, at least 1024)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-hostkey-algos -d 'host key algorithms the CLI accepts on SSH connections, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-ecdsa-curve -d 'curve of a generated ECDSA key (p256, p384, p521)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-hostname -d 'SSH host name (and port) when it differs from the HTTPS one' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ca-file -d 'path to a CA bundle for validating self-signed TLS certificates' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l private-key-file -d 'path to a private key for authenticating to the Git SSH server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l author-name -d 'author name of the Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l author-email -d 'author email of the Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l gpg-key-ring -d 'path to a GPG key ring for signing the commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l gpg-passphrase -d 'passphrase of the GPG private key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l gpg-key-id -d 'id of the GPG key to sign with' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-signing-key-file -d 'path to an SSH private key for signing the commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-signing-password -d 'passphrase of the SSH signing key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-signing-passphrase -d 'same as --ssh-signing-password' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ssh-signing-reuse-private-key -d 'sign the commits with the SSH transport key given by --private-key-file' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l commit-message-appendix -d 'text appended to the commit messages (e.g. \'[ci skip]\')' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l force -d 'take over a Flux installation managed by another tool such as Helm' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from github" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l owner -d 'GitLab user or group that owns the repository' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l repository -d 'name of the GitLab repository' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l team -d 'GitLab groups given maintainer access to the repository, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l personal -d 'the owner is a GitLab user instead of an group' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l private -d 'create or configure the repository as private (deprecated: use --visibility)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l visibility -d 'visibility of the repository (public, internal, private)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l interval -d 'sync interval of the cluster' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l hostname -d 'GitLab host name (self-managed GitLab)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l path -d 'path inside the repository the cluster syncs from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l read-write-key -d 'give the deploy key write access' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l reconcile -d 'also apply the options to a repository that already exists' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l deploy-token-auth -d 'authenticate with a generated project deploy token instead of an SSH deploy key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -s v -l version -d 'toolkit version to deploy; when set, the manifests are downloaded from the flux2 GitHub releases' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l components -d 'the components to install, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l components-extra -d 'extra components to install besides the default ones, comma separated (e.g. \'image-reflector-controller,image-automation-controller,source-watcher\')' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l registry -d 'registry the Flux controller images are pulled from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l registry-creds -d 'credentials for the registry as \'user:password\' (needs --image-pull-secret)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l image-pull-secret -d 'name of the Kubernetes Secret used to pull the controller images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l branch -d 'Git branch to commit to and sync from' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l recurse-submodules -d 'make the GitRepository source initialise and include Git submodules' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l sparse-checkout -d 'directories to include in the GitRepository sparse checkout (must include --path), comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l manifests -d 'path to a directory of manifests to use instead of the built-in ones' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l watch-all-namespaces -d 'make the controllers watch all namespaces; when false only the Flux namespace is watched' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l network-policy -d 'add network policies that block ingress to the controllers from other namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l token-auth -d 'authenticate to Git with the personal access token instead of an SSH deploy key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l log-level -d 'controller log level (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l cluster-domain -d 'the cluster\'s internal DNS domain' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l toleration-keys -d 'taint keys the controller pods tolerate, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l secret-name -d 'name of the Secret holding the sync credentials (read or created)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-key-algorithm -d 'algorithm of the generated SSH key (rsa, ecdsa, ed25519)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-rsa-bits -d 'size in bits of a generated RSA key (a multiple of 8, at least 1024)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-hostkey-algos -d 'host key algorithms the CLI accepts on SSH connections, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-ecdsa-curve -d 'curve of a generated ECDSA key (p256, p384, p521)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-hostname -d 'SSH host name (and port) when it differs from the HTTPS one' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ca-file -d 'path to a CA bundle for validating self-signed TLS certificates' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l private-key-file -d 'path to a private key for authenticating to the Git SSH server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l author-name -d 'author name of the Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l author-email -d 'author email of the Git commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l gpg-key-ring -d 'path to a GPG key ring for signing the commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l gpg-passphrase -d 'passphrase of the GPG private key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l gpg-key-id -d 'id of the GPG key to sign with' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-signing-key-file -d 'path to an SSH private key for signing the commits' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-signing-password -d 'passphrase of the SSH signing key' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-signing-passphrase -d 'same as --ssh-signing-password' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ssh-signing-reuse-private-key -d 'sign the commits with the SSH transport key given by --private-key-file' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l commit-message-appendix -d 'text appended to the commit messages (e.g. \'[ci skip]\')' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l force -d 'take over a Flux installation managed by another tool such as Helm' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand bootstrap; and __fish_seen_subcommand_from gitlab" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -f -a "artifact" -d 'Build a tarball artifact from a directory or file'
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -f -a "kustomization" -d 'Build a Kustomization locally and print the resulting manifests'
complete -c flux -n "__fish_flux_using_subcommand build; and not __fish_seen_subcommand_from artifact kustomization ks" -f -a "ks" -d 'Build a Kustomization locally and print the resulting manifests'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -s p -l path -d 'directory or file to pack (\'-\' reads standard input)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -s o -l output -d 'where to write the tarball' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l ignore-paths -d 'paths to leave out, in .gitignore format, comma separated (replaces the default list)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l resolve-symlinks -d 'copy the targets of symbolic links into the artifact' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l path -d 'local directory holding the manifests to build' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l kustomization-file -d 'local file holding the Flux Kustomization definition' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l ignore-paths -d 'paths to leave out, in .gitignore format, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l dry-run -d 'build without contacting the cluster (needs --kustomization-file)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l strict-substitute -d 'fail when a variable without a default is not set during substitution' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -s r -l recursive -d 'also build the Kustomizations the result contains' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l local-sources -d 'local paths to use for sources when building recursively, as \'Kind/namespace/name=path\', comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l in-memory-build -d 'build in memory instead of on disk' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l path -d 'local directory holding the manifests to build' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l kustomization-file -d 'local file holding the Flux Kustomization definition' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l ignore-paths -d 'paths to leave out, in .gitignore format, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l dry-run -d 'build without contacting the cluster (needs --kustomization-file)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l strict-substitute -d 'fail when a variable without a default is not set during substitution' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -s r -l recursive -d 'also build the Kustomizations the result contains' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l local-sources -d 'local paths to use for sources when building recursively, as \'Kind/namespace/name=path\', comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l in-memory-build -d 'build in memory instead of on disk' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand build; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand check" -l pre -d 'only run the prerequisite checks' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l components -d 'the components to check, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l components-extra -d 'extra components to check besides the default ones, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l poll-interval -d 'how often to poll the controller deployments' -r
complete -c flux -n "__fish_flux_using_subcommand check" -s o -l output -d 'output format: text (logger lines on stderr) or json (one document on stdout)' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand check" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand check" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand check" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -f -a "bash" -d 'Print the bash completion script'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -f -a "fish" -d 'Print the fish completion script'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -f -a "powershell" -d 'Print the PowerShell completion script'
complete -c flux -n "__fish_flux_using_subcommand completion; and not __fish_seen_subcommand_from bash fish powershell zsh" -f -a "zsh" -d 'Print the zsh completion script'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from bash" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from fish" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from powershell" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand completion; and __fish_seen_subcommand_from zsh" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l export -d 'export in YAML format to stdout' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l interval -d 'source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l label -d 'set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -f -a "alert" -d 'Create or update a Alert resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -f -a "alert-provider" -d 'Create or update a Provider resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -f -a "helmrelease" -d 'Create or update a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -f -a "hr" -d 'Create or update a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -f -a "image" -d 'Create or update resources dealing with image automation'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -f -a "kustomization" -d 'Create or update a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -f -a "ks" -d 'Create or update a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -f -a "receiver" -d 'Create or update a Receiver resource'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -f -a "secret" -d 'Create or update Kubernetes secrets'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -f -a "source" -d 'Create or update sources'
complete -c flux -n "__fish_flux_using_subcommand create; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver secret source tenant" -f -a "tenant" -d 'Create or update a tenant'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l provider-ref -d 'the Provider to send the alerts to' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l event-severity -d 'the severity of the events to alert on' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l event-source -d 'the objects whose events raise alerts (<kind>/<name>), also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l export -d 'export in YAML format to stdout' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l interval -d 'source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l label -d 'set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l type -d 'the provider type' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l channel -d 'the channel messages are posted to, for chat providers' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l username -d 'the bot user name the provider posts as' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l address -d 'the address of the Git repository, chat provider or webhook' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l secret-ref -d 'the name of the Secret holding the authentication token' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l export -d 'export in YAML format to stdout' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l interval -d 'source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l label -d 'set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l release-name -d 'name used for the Helm release, defaults to a composition of \'[<target-namespace>-]<HelmRelease-name>\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l source -d 'source that contains the chart in the format \'<kind>/<name>.<namespace>\', where kind must be one of: (HelmRepository, GitRepository, Bucket)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l chart -d 'Helm chart name or path' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l chart-version -d 'Helm chart version, accepts a semver range (ignored for charts from GitRepository sources)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l depends-on -d 'HelmReleases that must be ready before this release can be installed, supported formats \'<name>\' and \'<namespace>/<name>\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l target-namespace -d 'namespace to install this release, defaults to the HelmRelease namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l storage-namespace -d 'namespace to store the Helm release, defaults to the target namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l create-target-namespace -d 'create the target namespace if it does not exist' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l service-account -d 'the name of the service account to impersonate when reconciling this HelmRelease' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l reconcile-strategy -d 'the reconcile strategy for helm chart created by the helm release(accepted values: Revision and ChartRevision)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l chart-interval -d 'the interval of which to check for new chart versions' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l values -d 'local path to values.yaml files, also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l values-from -d 'a Kubernetes object reference that contains the values.yaml data key in the format \'<kind>/<name>\', where kind must be one of: (Secret,ConfigMap)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l crds -d 'upgrade CRDs policy, available options are: (Skip, Create, CreateReplace)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l kubeconfig-secret-ref -d 'the name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l chart-ref -d 'the name of the HelmChart resource to use as source for the HelmRelease, in the format \'<kind>/<name>.<namespace>\', where kind must be one of: (OCIRepository,HelmChart)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l export -d 'export in YAML format to stdout' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l interval -d 'source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l label -d 'set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l release-name -d 'name used for the Helm release, defaults to a composition of \'[<target-namespace>-]<HelmRelease-name>\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l source -d 'source that contains the chart in the format \'<kind>/<name>.<namespace>\', where kind must be one of: (HelmRepository, GitRepository, Bucket)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l chart -d 'Helm chart name or path' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l chart-version -d 'Helm chart version, accepts a semver range (ignored for charts from GitRepository sources)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l depends-on -d 'HelmReleases that must be ready before this release can be installed, supported formats \'<name>\' and \'<namespace>/<name>\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l target-namespace -d 'namespace to install this release, defaults to the HelmRelease namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l storage-namespace -d 'namespace to store the Helm release, defaults to the target namespace' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l create-target-namespace -d 'create the target namespace if it does not exist' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l service-account -d 'the name of the service account to impersonate when reconciling this HelmRelease' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l reconcile-strategy -d 'the reconcile strategy for helm chart created by the helm release(accepted values: Revision and ChartRevision)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l chart-interval -d 'the interval of which to check for new chart versions' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l values -d 'local path to values.yaml files, also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l values-from -d 'a Kubernetes object reference that contains the values.yaml data key in the format \'<kind>/<name>\', where kind must be one of: (Secret,ConfigMap)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l crds -d 'upgrade CRDs policy, available options are: (Skip, Create, CreateReplace)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l kubeconfig-secret-ref -d 'the name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l chart-ref -d 'the name of the HelmChart resource to use as source for the HelmRelease, in the format \'<kind>/<name>.<namespace>\', where kind must be one of: (OCIRepository,HelmChart)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l export -d 'export in YAML format to stdout' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l interval -d 'source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l label -d 'set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l export -d 'export in YAML format to stdout' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l interval -d 'source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l label -d 'set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Create or update an ImagePolicy object'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Create or update an ImageRepository object'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from image" -f -a "update" -d 'Create or update an ImageUpdateAutomation object'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l source -d 'source that contains the Kubernetes manifests in the format \'[<kind>/]<name>.<namespace>\', where kind must be one of: (OCIRepository, GitRepository, Bucket), if kind is not specified it defaults to GitRepository' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l path -d 'path to the directory containing a kustomization.yaml file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l prune -d 'enable garbage collection' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l wait -d 'enable health checking of all the applied resources' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l health-check -d 'workload to be included in the health assessment, in the format \'<kind>/<name>.<namespace>\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l health-check-timeout -d 'timeout of health checking operations' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l validation -d 'validate the manifests before applying them on the cluster, can be \'client\' or \'server\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l depends-on -d 'Kustomization that must be ready before this Kustomization can be applied, supported formats \'<name>\' and \'<namespace>/<name>\', also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l service-account -d 'the name of the service account to impersonate when reconciling this Kustomization' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l decryption-provider -d 'decryption provider, available options are: (sops)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l decryption-secret -d 'set the Kubernetes secret name that contains the OpenPGP private keys used for sops decryption' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l target-namespace -d 'overrides the namespace of all Kustomization objects reconciled by this Kustomization' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l kubeconfig-secret-ref -d 'the name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l retry-interval -d 'the interval at which to retry a previously failed reconciliation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l export -d 'export in YAML format to stdout' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l interval -d 'source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l label -d 'set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l source -d 'source that contains the Kubernetes manifests in the format \'[<kind>/]<name>.<namespace>\', where kind must be one of: (OCIRepository, GitRepository, Bucket), if kind is not specified it defaults to GitRepository' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l path -d 'path to the directory containing a kustomization.yaml file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l prune -d 'enable garbage collection' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l wait -d 'enable health checking of all the applied resources' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l health-check -d 'workload to be included in the health assessment, in the format \'<kind>/<name>.<namespace>\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l health-check-timeout -d 'timeout of health checking operations' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l validation -d 'validate the manifests before applying them on the cluster, can be \'client\' or \'server\'' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l depends-on -d 'Kustomization that must be ready before this Kustomization can be applied, supported formats \'<name>\' and \'<namespace>/<name>\', also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l service-account -d 'the name of the service account to impersonate when reconciling this Kustomization' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l decryption-provider -d 'decryption provider, available options are: (sops)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l decryption-secret -d 'set the Kubernetes secret name that contains the OpenPGP private keys used for sops decryption' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l target-namespace -d 'overrides the namespace of all Kustomization objects reconciled by this Kustomization' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l kubeconfig-secret-ref -d 'the name of the Kubernetes Secret that contains a key with the kubeconfig file for connecting to a remote cluster' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l retry-interval -d 'the interval at which to retry a previously failed reconciliation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l export -d 'export in YAML format to stdout' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l interval -d 'source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l label -d 'set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l type -d 'the receiver type, one of: generic, generic-hmac, github, gitlab, bitbucket, harbor, dockerhub, quay, gcr, nexus, acr, cdevents' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l secret-ref -d 'the name of the Secret holding the webhook token' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l event -d 'the event types to handle, also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l resource -d 'the objects to reconcile (<kind>/<name>), also accepts comma-separated values' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l export -d 'export in YAML format to stdout' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l interval -d 'source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l label -d 'set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l export -d 'export in YAML format to stdout' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l interval -d 'source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l label -d 'set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "git" -d 'Create or update a Kubernetes secret for Git authentication'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "githubapp" -d 'Create or update a GitHub App secret'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "helm" -d 'Create or update a Kubernetes secret for Helm repository authentication'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "notation" -d 'Create or update a Kubernetes secret for verifications of artifacts signed by Notation'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "oci" -d 'Create or update a Kubernetes image pull secret'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "proxy" -d 'Create or update a Kubernetes secret for proxy authentication'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "receiver" -d 'Create or update a Kubernetes secret for a Receiver webhook'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from secret" -f -a "tls" -d 'Create or update a Kubernetes secret with TLS certificates'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l fetch-timeout -d 'set a timeout for fetch operations performed by source-controller (e.g. \'git clone\' or \'helm repo add\')' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l export -d 'export in YAML format to stdout' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l interval -d 'source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l label -d 'set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Create or update a Bucket source'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Create or update a HelmChart source'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -f -a "git" -d 'Create or update a GitRepository source'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Create or update a HelmRepository source'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Create or update an OCIRepository'
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l with-namespace -d 'namespace belonging to this tenant' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l cluster-role -d 'cluster role of the tenant role binding' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l with-service-account -d 'service account belonging to this tenant' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l skip-namespace -d 'skip namespace creation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l export -d 'export in YAML format to stdout' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l interval -d 'source sync interval' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l label -d 'set labels on the resource (can specify multiple labels with commas: label1=value1,label2=value2)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand create; and __fish_seen_subcommand_from tenant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -f -a "helmrelease" -d 'Show the status, values or history of a HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -f -a "hr" -d 'Show the status, values or history of a HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -f -a "kustomization" -d 'Show the status, substitution variables or history of a Kustomization'
complete -c flux -n "__fish_flux_using_subcommand debug; and not __fish_seen_subcommand_from helmrelease hr kustomization ks" -f -a "ks" -d 'Show the status, substitution variables or history of a Kustomization'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l show-status -d 'print the status of the HelmRelease' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l show-values -d 'print the values the HelmRelease computes from all its value sources' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l show-history -d 'print the release history of the HelmRelease' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l show-status -d 'print the status of the HelmRelease' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l show-values -d 'print the values the HelmRelease computes from all its value sources' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l show-history -d 'print the release history of the HelmRelease' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l show-status -d 'print the status of the Kustomization' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l show-vars -d 'print the variables the Kustomization substitutes' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l show-history -d 'print the reconciliation history of the Kustomization' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l show-status -d 'print the status of the Kustomization' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l show-vars -d 'print the variables the Kustomization substitutes' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l show-history -d 'print the reconciliation history of the Kustomization' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand debug; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -s s -l silent -d 'delete without asking for confirmation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "alert" -d 'Delete Alerts'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "alert-provider" -d 'Delete alert Providers'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "helmrelease" -d 'Delete HelmReleases'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "hr" -d 'Delete HelmReleases'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "image" -d 'Delete image automation objects'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "kustomization" -d 'Delete Kustomizations'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "ks" -d 'Delete Kustomizations'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "receiver" -d 'Delete Receivers'
complete -c flux -n "__fish_flux_using_subcommand delete; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "source" -d 'Delete sources'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -s s -l silent -d 'delete without asking for confirmation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -s s -l silent -d 'delete without asking for confirmation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -s s -l silent -d 'delete without asking for confirmation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -s s -l silent -d 'delete without asking for confirmation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -s s -l silent -d 'delete without asking for confirmation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Delete ImagePolicies'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Delete ImageRepositories'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from image" -f -a "update" -d 'Delete ImageUpdateAutomations'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -s s -l silent -d 'delete without asking for confirmation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -s s -l silent -d 'delete without asking for confirmation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -s s -l silent -d 'delete without asking for confirmation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -s s -l silent -d 'delete without asking for confirmation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Delete Buckets'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Delete HelmCharts'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -f -a "git" -d 'Delete GitRepositories'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Delete HelmRepositories'
complete -c flux -n "__fish_flux_using_subcommand delete; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Delete OCIRepositories'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -f -a "artifact" -d 'Compare a local directory or file with an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -f -a "kustomization" -d 'Compare a locally built Kustomization with the cluster'
complete -c flux -n "__fish_flux_using_subcommand diff; and not __fish_seen_subcommand_from artifact kustomization ks" -f -a "ks" -d 'Compare a locally built Kustomization with the cluster'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l path -d 'local directory or file to compare' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l creds -d 'registry credentials as \'<username>[:<password>]\'' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l provider -d 'OCI provider used to authenticate (generic, aws, azure, gcp)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l ignore-paths -d 'paths to leave out, in .gitignore format, comma separated (replaces the default list)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l insecure-registry -d 'allow plain HTTP and unverified TLS to the registry' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l path -d 'local directory holding the manifests to compare' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l progress-bar -d 'show a progress bar while comparing' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l ignore-paths -d 'paths to leave out, in .gitignore format, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l kustomization-file -d 'local file holding the Flux Kustomization definition' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l strict-substitute -d 'fail when a variable without a default is not set during substitution' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -s r -l recursive -d 'also compare the Kustomizations the result contains' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l local-sources -d 'local paths to use for sources when comparing recursively, as \'Kind/namespace/name=path\', comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l in-memory-build -d 'build in memory instead of on disk' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l ignore-not-found -d 'do not fail when the Kustomization does not exist in the cluster' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l path -d 'local directory holding the manifests to compare' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l progress-bar -d 'show a progress bar while comparing' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l ignore-paths -d 'paths to leave out, in .gitignore format, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l kustomization-file -d 'local file holding the Flux Kustomization definition' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l strict-substitute -d 'fail when a variable without a default is not set during substitution' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -s r -l recursive -d 'also compare the Kustomizations the result contains' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l local-sources -d 'local paths to use for sources when comparing recursively, as \'Kind/namespace/name=path\', comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l in-memory-build -d 'build in memory instead of on disk' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l ignore-not-found -d 'do not fail when the Kustomization does not exist in the cluster' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand diff; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand docgen" -l path -d 'directory the documentation is written to' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand docgen" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l strict -d 'fail when a variable without a default is not set' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand envsubst" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand events" -s A -l all-namespaces -d 'show the events of all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand events" -s w -l watch -d 'keep printing new events' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l for -d 'only show the events of this object and its references, as \'<kind>[/<name>]\'' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l types -d 'only show events of these types (Normal, Warning), comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand events" -s o -l output -d 'print the events instead of the table: json or yaml' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand events" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand events" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand events" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l all -d 'export every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -f -a "alert" -d 'Export Alerts in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -f -a "alert-provider" -d 'Export alert Providers in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -f -a "artifact" -d 'Export artifact objects in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -f -a "helmrelease" -d 'Export HelmReleases in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -f -a "hr" -d 'Export HelmReleases in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -f -a "image" -d 'Export image automation objects in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -f -a "kustomization" -d 'Export Kustomizations in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -f -a "ks" -d 'Export Kustomizations in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -f -a "receiver" -d 'Export Receivers in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and not __fish_seen_subcommand_from alert alert-provider artifact helmrelease hr image kustomization ks receiver source" -f -a "source" -d 'Export sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l all -d 'export every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l all -d 'export every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l all -d 'export every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from artifact" -f -a "generator" -d 'Export ArtifactGenerators in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l all -d 'export every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l all -d 'export every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l all -d 'export every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Export ImagePolicies in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Export ImageRepositories in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from image" -f -a "update" -d 'Export ImageUpdateAutomations in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l all -d 'export every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l all -d 'export every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l all -d 'export every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l with-credentials -d 'also export the Secret the source refers to' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l all -d 'export every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Export Bucket sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Export HelmChart sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "external" -d 'Export ExternalArtifact sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "git" -d 'Export GitRepository sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Export HelmRepository sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand export; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Export OCIRepository sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "alert-providers" -d 'Get alert Provider statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "alert-provider" -d 'Get alert Provider statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "alerts" -d 'Get Alert statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "alert" -d 'Get Alert statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "all" -d 'Get the status of every source, image, application and notification resource'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "artifacts" -d 'Get artifact object statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "artifact" -d 'Get artifact object statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "helmreleases" -d 'Get HelmRelease statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "hr" -d 'Get HelmRelease statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "helmrelease" -d 'Get HelmRelease statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "images" -d 'Get image automation object statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "image" -d 'Get image automation object statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "kustomizations" -d 'Get Kustomization statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "ks" -d 'Get Kustomization statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "kustomization" -d 'Get Kustomization statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "receivers" -d 'Get Receiver statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "receiver" -d 'Get Receiver statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "sources" -d 'Get source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and not __fish_seen_subcommand_from alert-providers alert-provider alerts alert all artifacts artifact helmreleases hr helmrelease images image kustomizations ks kustomization receivers receiver sources source" -f -a "source" -d 'Get source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-providers" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alerts" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from all" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -f -a "generators" -d 'Get ArtifactGenerator statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifacts" -f -a "generator" -d 'Get ArtifactGenerator statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -f -a "generators" -d 'Get ArtifactGenerator statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from artifact" -f -a "generator" -d 'Get ArtifactGenerator statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l show-source -d 'add a SOURCE column with the resource\'s source' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmreleases" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l show-source -d 'add a SOURCE column with the resource\'s source' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l show-source -d 'add a SOURCE column with the resource\'s source' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "all" -d 'Get the status of every image automation object'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "policy" -d 'Get ImagePolicy statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "repository" -d 'Get ImageRepository statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from images" -f -a "update" -d 'Get ImageUpdateAutomation statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "all" -d 'Get the status of every image automation object'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Get ImagePolicy statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Get ImageRepository statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from image" -f -a "update" -d 'Get ImageUpdateAutomation statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l show-source -d 'add a SOURCE column with the resource\'s source' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomizations" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l show-source -d 'add a SOURCE column with the resource\'s source' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l show-source -d 'add a SOURCE column with the resource\'s source' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receivers" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "all" -d 'Get the status of every source'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "bucket" -d 'Get Bucket source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "chart" -d 'Get HelmChart source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "external" -d 'Get ExternalArtifact source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "git" -d 'Get GitRepository source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "helm" -d 'Get HelmRepository source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from sources" -f -a "oci" -d 'Get OCIRepository source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -s A -l all-namespaces -d 'list the resources across all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l no-header -d 'do not print the header line' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -s w -l watch -d 'watch for changes after listing the resources' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l status-selector -d 'only list resources whose condition matches, in the form \'type=status\' or \'type!=status\' (e.g. \'ready=false\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -s l -l label-selector -d 'filter the resources by a Kubernetes label selector (e.g. \'app=podinfo\')' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -s o -l output -d 'print the objects instead of the status table: json, yaml or name' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "all" -d 'Get the status of every source'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Get Bucket source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Get HelmChart source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "external" -d 'Get ExternalArtifact source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "git" -d 'Get GitRepository source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Get HelmRepository source statuses'
complete -c flux -n "__fish_flux_using_subcommand get; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Get OCIRepository source statuses'
complete -c flux -n "__fish_flux_using_subcommand install" -l export -d 'print the install manifests to stdout instead of applying them' -r
complete -c flux -n "__fish_flux_using_subcommand install" -s v -l version -d 'toolkit version to install; when set, the manifests are downloaded from the flux2 GitHub releases' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l components -d 'the components to install, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l components-extra -d 'extra components to install besides the default ones, comma separated (e.g. \'image-reflector-controller,image-automation-controller,source-watcher\')' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l manifests -d 'path to a directory of manifests to use instead of the built-in ones' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l registry -d 'registry the controller images are pulled from' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l registry-creds -d 'credentials for the registry as \'user:password\' (needs --image-pull-secret)' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l image-pull-secret -d 'name of the Kubernetes Secret used to pull the controller images from a private registry' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l watch-all-namespaces -d 'make the controllers watch all namespaces; when false only the Flux namespace is watched' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l log-level -d 'controller log level (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l network-policy -d 'add network policies that block ingress to the controllers from other namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l cluster-domain -d 'the cluster\'s internal DNS domain' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l toleration-keys -d 'taint keys the controller pods tolerate, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l force -d 'take over a Flux installation managed by another tool such as Helm' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l multi-tenant -d 'lock the controllers down for multi-tenancy: no cross-namespace references, no remote kustomize bases, and a default service account for impersonation' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l default-service-account -d 'with --multi-tenant, the service account kustomize-controller and helm-controller impersonate when an object names none' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand install" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand install" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand install" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand list; and not __fish_seen_subcommand_from artifacts" -f -a "artifacts" -d 'List the tags of an OCI artifact repository with their digest and origin'
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l filter-semver -d 'only list tags that satisfy this semver constraint' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l filter-regex -d 'only list tags that match this regular expression' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l creds -d 'registry credentials as \'<username>[:<password>]\'' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l provider -d 'OCI provider used to authenticate (generic, aws, azure, gcp)' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l insecure-registry -d 'allow plain HTTP and unverified TLS to the registry' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand list; and __fish_seen_subcommand_from artifacts" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand logs" -l level -d 'only show entries of this log level (debug, info, error)' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l kind -d 'only show entries about objects of this kind' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l name -d 'only show entries about objects with this name' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -s f -l follow -d 'keep streaming new entries' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l tail -d 'number of recent lines to show per controller (-1 shows all)' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l flux-namespace -d 'namespace the Flux controllers run in' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -s A -l all-namespaces -d 'show entries about objects in every namespace' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l since -d 'only show entries newer than this duration (e.g. 5s, 2m, 3h)' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l since-time -d 'only show entries after this RFC3339 time' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand logs" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand migrate" -s f -l path -d 'migrate the manifests in this file or directory instead of the cluster' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -s e -l extensions -d 'file extensions to migrate under --path, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -s v -l version -d 'Flux version to migrate to (defaults to this CLI\'s version)' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -s y -l yes -d 'do not ask for confirmation' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l dry-run -d 'only print the changes' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand migrate" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -f -a "install" -d 'Install a plugin from the catalog'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -f -a "list" -d 'List the installed plugins'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -f -a "ls" -d 'List the installed plugins'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -f -a "search" -d 'Search the plugin catalog'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -f -a "uninstall" -d 'Remove an installed plugin'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -f -a "delete" -d 'Remove an installed plugin'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -f -a "update" -d 'Update installed plugins to their latest version'
complete -c flux -n "__fish_flux_using_subcommand plugin; and not __fish_seen_subcommand_from install list ls search uninstall delete update upgrade" -f -a "upgrade" -d 'Update installed plugins to their latest version'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from search" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from uninstall" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand plugin; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand pull; and not __fish_seen_subcommand_from artifact" -f -a "artifact" -d 'Pull an OCI artifact and extract it into a directory'
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -s o -l output -d 'existing directory to extract the artifact into' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l creds -d 'registry credentials as \'<username>[:<password>]\'' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l provider -d 'OCI provider used to authenticate (generic, aws, azure, gcp)' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l insecure-registry -d 'allow plain HTTP and unverified TLS to the registry' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand pull; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand push; and not __fish_seen_subcommand_from artifact" -f -a "artifact" -d 'Push the contents of a directory or file as an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -s f -l path -d 'directory or file to push (\'-\' reads standard input)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l source -d 'where the content comes from (e.g. a Git URL), stored as an annotation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l revision -d 'revision of the content (e.g. \'main@sha1:<commit>\'), stored as an annotation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l creds -d 'registry credentials as \'<username>[:<password>]\'' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l provider -d 'OCI provider used to authenticate (generic, aws, azure, gcp)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l ignore-paths -d 'paths to leave out, in .gitignore format, comma separated (replaces the default list)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -s a -l annotations -d 'extra annotations as \'key=value\' (repeat the flag for several)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -s o -l output -d 'print the result as \'json\' or \'yaml\'' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l debug -d 'print the registry client\'s retry messages' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l reproducible -d 'use a fixed creation time so the same content yields the same digest' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l insecure-registry -d 'allow plain HTTP and unverified TLS to the registry' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l resolve-symlinks -d 'copy the targets of symbolic links into the artifact' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l sign -d 'sign the pushed artifact with cosign (needs --key; key password from COSIGN_PASSWORD or stdin)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l key -d 'path to the cosign private key used by --sign' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l diff-tag -d 'skip the push when the artifact under this tag has the same content' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand push; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l all -d 'reconcile every resource of that kind in the namespace (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -s l -l label-selector -d 'reconcile the resources of that kind matching this label selector (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -f -a "helmrelease" -d 'Reconcile a HelmRelease, optionally its source first'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -f -a "hr" -d 'Reconcile a HelmRelease, optionally its source first'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -f -a "image" -d 'Reconcile image automation objects'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -f -a "kustomization" -d 'Reconcile a Kustomization, optionally its source first'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -f -a "ks" -d 'Reconcile a Kustomization, optionally its source first'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -f -a "receiver" -d 'Reconcile a Receiver'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and not __fish_seen_subcommand_from helmrelease hr image kustomization ks receiver source" -f -a "source" -d 'Reconcile sources'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l with-source -d 'reconcile the HelmRelease\'s source first' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l force -d 'force a one-off install or upgrade of the HelmRelease' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l reset -d 'reset the failure count of the HelmRelease' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l all -d 'reconcile every resource of that kind in the namespace (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -s l -l label-selector -d 'reconcile the resources of that kind matching this label selector (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l with-source -d 'reconcile the HelmRelease\'s source first' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l force -d 'force a one-off install or upgrade of the HelmRelease' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l reset -d 'reset the failure count of the HelmRelease' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l all -d 'reconcile every resource of that kind in the namespace (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -s l -l label-selector -d 'reconcile the resources of that kind matching this label selector (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l all -d 'reconcile every resource of that kind in the namespace (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -s l -l label-selector -d 'reconcile the resources of that kind matching this label selector (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Reconcile an ImagePolicy'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Reconcile an ImageRepository'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from image" -f -a "update" -d 'Reconcile an ImageUpdateAutomation'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l with-source -d 'reconcile the Kustomization\'s source first' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l all -d 'reconcile every resource of that kind in the namespace (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -s l -l label-selector -d 'reconcile the resources of that kind matching this label selector (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l with-source -d 'reconcile the Kustomization\'s source first' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l all -d 'reconcile every resource of that kind in the namespace (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -s l -l label-selector -d 'reconcile the resources of that kind matching this label selector (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l all -d 'reconcile every resource of that kind in the namespace (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -s l -l label-selector -d 'reconcile the resources of that kind matching this label selector (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l all -d 'reconcile every resource of that kind in the namespace (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -s l -l label-selector -d 'reconcile the resources of that kind matching this label selector (instead of one name)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Reconcile a Bucket source'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Reconcile a HelmChart source, optionally its own source first'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -f -a "git" -d 'Reconcile a GitRepository source'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Reconcile a HelmRepository source'
complete -c flux -n "__fish_flux_using_subcommand reconcile; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Reconcile an OCIRepository source'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l all -d 'resume every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l wait -d 'wait for the resumed resources to become ready (default: only when a single name is given)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -s l -l label-selector -d 'resume the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "alert" -d 'Resume the reconciliation of Alerts'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "alert-provider" -d 'Resume the reconciliation of alert Providers'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "helmrelease" -d 'Resume the reconciliation of HelmReleases'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "hr" -d 'Resume the reconciliation of HelmReleases'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "image" -d 'Resume the reconciliation of image automation objects'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "kustomization" -d 'Resume the reconciliation of Kustomizations'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "ks" -d 'Resume the reconciliation of Kustomizations'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "receiver" -d 'Resume the reconciliation of Receivers'
complete -c flux -n "__fish_flux_using_subcommand resume; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "source" -d 'Resume the reconciliation of sources'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l all -d 'resume every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l wait -d 'wait for the resumed resources to become ready (default: only when a single name is given)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -s l -l label-selector -d 'resume the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l all -d 'resume every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l wait -d 'wait for the resumed resources to become ready (default: only when a single name is given)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -s l -l label-selector -d 'resume the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l all -d 'resume every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l wait -d 'wait for the resumed resources to become ready (default: only when a single name is given)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -s l -l label-selector -d 'resume the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l all -d 'resume every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l wait -d 'wait for the resumed resources to become ready (default: only when a single name is given)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -s l -l label-selector -d 'resume the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l all -d 'resume every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l wait -d 'wait for the resumed resources to become ready (default: only when a single name is given)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -s l -l label-selector -d 'resume the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Resume the reconciliation of ImagePolicies'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Resume the reconciliation of ImageRepositories'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from image" -f -a "update" -d 'Resume the reconciliation of ImageUpdateAutomations'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l all -d 'resume every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l wait -d 'wait for the resumed resources to become ready (default: only when a single name is given)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -s l -l label-selector -d 'resume the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l all -d 'resume every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l wait -d 'wait for the resumed resources to become ready (default: only when a single name is given)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -s l -l label-selector -d 'resume the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l all -d 'resume every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l wait -d 'wait for the resumed resources to become ready (default: only when a single name is given)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -s l -l label-selector -d 'resume the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l all -d 'resume every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l wait -d 'wait for the resumed resources to become ready (default: only when a single name is given)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -s l -l label-selector -d 'resume the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Resume the reconciliation of Buckets'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Resume the reconciliation of HelmCharts'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -f -a "git" -d 'Resume the reconciliation of GitRepositories'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Resume the reconciliation of HelmRepositories'
complete -c flux -n "__fish_flux_using_subcommand resume; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Resume the reconciliation of OCIRepositories'
complete -c flux -n "__fish_flux_using_subcommand stats" -s A -l all-namespaces -d 'count the resources of all namespaces' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -s o -l output -d 'print the statistics as \'json\' or \'yaml\' instead of a table' -r -f -a "json\t''
yaml\t''"
complete -c flux -n "__fish_flux_using_subcommand stats" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand stats" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l all -d 'suspend every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -s l -l label-selector -d 'suspend the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l reason -d 'record why the resources are suspended (annotation flux-rs.io/suspend-reason)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "alert" -d 'Suspend the reconciliation of Alerts'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "alert-provider" -d 'Suspend the reconciliation of alert Providers'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "helmrelease" -d 'Suspend the reconciliation of HelmReleases'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "hr" -d 'Suspend the reconciliation of HelmReleases'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "image" -d 'Suspend the reconciliation of image automation objects'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "kustomization" -d 'Suspend the reconciliation of Kustomizations'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "ks" -d 'Suspend the reconciliation of Kustomizations'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "receiver" -d 'Suspend the reconciliation of Receivers'
complete -c flux -n "__fish_flux_using_subcommand suspend; and not __fish_seen_subcommand_from alert alert-provider helmrelease hr image kustomization ks receiver source" -f -a "source" -d 'Suspend the reconciliation of sources'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l all -d 'suspend every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -s l -l label-selector -d 'suspend the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l reason -d 'record why the resources are suspended (annotation flux-rs.io/suspend-reason)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l all -d 'suspend every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -s l -l label-selector -d 'suspend the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l reason -d 'record why the resources are suspended (annotation flux-rs.io/suspend-reason)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from alert-provider" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l all -d 'suspend every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -s l -l label-selector -d 'suspend the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l reason -d 'record why the resources are suspended (annotation flux-rs.io/suspend-reason)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from helmrelease" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l all -d 'suspend every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -s l -l label-selector -d 'suspend the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l reason -d 'record why the resources are suspended (annotation flux-rs.io/suspend-reason)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from hr" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l all -d 'suspend every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -s l -l label-selector -d 'suspend the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l reason -d 'record why the resources are suspended (annotation flux-rs.io/suspend-reason)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -f -a "policy" -d 'Suspend the reconciliation of ImagePolicies'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -f -a "repository" -d 'Suspend the reconciliation of ImageRepositories'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from image" -f -a "update" -d 'Suspend the reconciliation of ImageUpdateAutomations'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l all -d 'suspend every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -s l -l label-selector -d 'suspend the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l reason -d 'record why the resources are suspended (annotation flux-rs.io/suspend-reason)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l all -d 'suspend every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -s l -l label-selector -d 'suspend the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l reason -d 'record why the resources are suspended (annotation flux-rs.io/suspend-reason)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l all -d 'suspend every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -s l -l label-selector -d 'suspend the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l reason -d 'record why the resources are suspended (annotation flux-rs.io/suspend-reason)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l all -d 'suspend every resource of that kind in the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -s l -l label-selector -d 'suspend the resources of that kind matching this label selector' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l reason -d 'record why the resources are suspended (annotation flux-rs.io/suspend-reason)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -f -a "bucket" -d 'Suspend the reconciliation of Buckets'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -f -a "chart" -d 'Suspend the reconciliation of HelmCharts'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -f -a "git" -d 'Suspend the reconciliation of GitRepositories'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -f -a "helm" -d 'Suspend the reconciliation of HelmRepositories'
complete -c flux -n "__fish_flux_using_subcommand suspend; and __fish_seen_subcommand_from source" -f -a "oci" -d 'Suspend the reconciliation of OCIRepositories'
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand tag; and not __fish_seen_subcommand_from artifact" -f -a "artifact" -d 'Add tags to an existing OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l tag -d 'the tags to add, comma separated' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l creds -d 'registry credentials as \'<username>[:<password>]\'' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l provider -d 'OCI provider used to authenticate (generic, aws, azure, gcp)' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand tag; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand trace" -l kind -d 'kind of the object' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l api-version -d 'API version of the object' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -s o -l output -d 'print the traced objects as a \'json\' or \'yaml\' List instead of text' -r -f -a "json\t''
yaml\t''"
complete -c flux -n "__fish_flux_using_subcommand trace" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand trace" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -f -a "artifact" -d 'Print the trees of artifact objects'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -f -a "kustomization" -d 'Print the objects a Kustomization manages, recursively'
complete -c flux -n "__fish_flux_using_subcommand tree; and not __fish_seen_subcommand_from artifact kustomization ks" -f -a "ks" -d 'Print the objects a Kustomization manages, recursively'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from artifact" -f -a "generator" -d 'Print the sources and artifacts of an ArtifactGenerator as a tree'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l compact -d 'only print the Flux objects' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -s o -l output -d 'print the tree as \'json\' or \'yaml\' instead of text' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from kustomization" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l compact -d 'only print the Flux objects' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -s o -l output -d 'print the tree as \'json\' or \'yaml\' instead of text' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand tree; and __fish_seen_subcommand_from ks" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand trigger; and not __fish_seen_subcommand_from receiver" -f -a "receiver" -d 'Send a webhook request to a Receiver'
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l token -d 'the Receiver\'s secret token' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l url -d 'the webhook URL, instead of reading it from the Receiver' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l type -d 'the Receiver type, which decides how the request is signed' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l oidc-provider -d 'OIDC provider that issues the token (generic-oidc receivers)' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l oidc-token -d 'OIDC token to send (generic-oidc receivers)' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l oidc-audience -d 'audience of the requested OIDC token (needs --oidc-provider)' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l payload -d 'JSON body of the request' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l retries -d 'how many times to retry a failed request' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l retry-delay -d 'how long to wait between retries' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand trigger; and __fish_seen_subcommand_from receiver" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l keep-namespace -d 'do not delete the namespace' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l dry-run -d 'only print what would be deleted' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -s s -l silent -d 'do not ask for confirmation' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand uninstall" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand verify; and not __fish_seen_subcommand_from artifact" -f -a "artifact" -d 'Verify the cosign signature of an OCI artifact with a public key'
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l key -d 'path to the cosign public key (cosign.pub) the signature must verify with' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l creds -d 'registry credentials as \'<username>[:<password>]\'' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l provider -d 'OCI provider used to authenticate (generic, aws, azure, gcp)' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l insecure-registry -d 'allow plain HTTP and unverified TLS to the registry' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand verify; and __fish_seen_subcommand_from artifact" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand version" -l client -d 'only print the CLI version, without contacting the cluster' -r
complete -c flux -n "__fish_flux_using_subcommand version" -s o -l output -d 'output format: \'yaml\' or \'json\'' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l timeout -d 'timeout for this operation' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l verbose -d 'print generated objects' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l ns-follows-kube-context -d 'when enabled, the default namespace of the current kubeconfig context is used instead of flux-system (env FLUX_NS_FOLLOWS_KUBE_CONTEXT)' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l server -d 'the address and port of the Kubernetes API server' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l kubeconfig -d 'path to the kubeconfig file' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l context -d 'the name of the kubeconfig context to use' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l cluster -d 'the name of the kubeconfig cluster to use' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l user -d 'the name of the kubeconfig user to use' -r
complete -c flux -n "__fish_flux_using_subcommand version" -s n -l namespace -d 'the namespace scope for this operation (default flux-system, env FLUX_SYSTEM_NAMESPACE)' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l as -d 'username to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l as-group -d 'group to impersonate for the operation, can be repeated to specify multiple groups' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l as-uid -d 'UID to impersonate for the operation' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l token -d 'bearer token for authentication to the API server' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l certificate-authority -d 'path to a cert file for the certificate authority' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l client-certificate -d 'path to a client certificate file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l client-key -d 'path to a client key file for TLS' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l insecure-skip-tls-verify -d 'if true, the server\'s certificate will not be checked for validity' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l tls-server-name -d 'server name to use for server certificate validation' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l cache-dir -d 'default cache directory' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l disable-compression -d 'if true, opt-out of response compression for all requests to the server' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l kube-api-qps -d 'the maximum queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand version" -l kube-api-burst -d 'the maximum burst queries-per-second of requests sent to the Kubernetes API' -r
complete -c flux -n "__fish_flux_using_subcommand version" -s h -l help -d 'Print help'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "bootstrap" -d 'Deploy Flux on a cluster the GitOps way'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "build" -d 'Build Flux resources locally'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "check" -d 'Check the prerequisites and the health of the Flux installation'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "completion" -d 'Print the shell completion script for flux'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "create" -d 'Create or update sources and resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "debug" -d 'Debug Flux resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "delete" -d 'Delete Flux resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "diff" -d 'Compare local files with what Flux has applied or published'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "docgen" -d 'Generate the command reference documentation'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "envsubst" -d 'Substitute environment variables in text read from standard input'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "events" -d 'Show the Kubernetes events of Flux resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "export" -d 'Export Flux resources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "get" -d 'Get the resources and their status'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "install" -d 'Install or upgrade the Flux components on a cluster'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "list" -d 'List artifacts'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "logs" -d 'Show the logs of the Flux controllers'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "migrate" -d 'Migrate Flux resources to the API versions served by this Flux release'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "plugin" -d 'Manage flux CLI plugins'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "pull" -d 'Pull artifacts from a container registry'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "push" -d 'Push artifacts to a container registry'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "reconcile" -d 'Trigger the reconciliation of Flux resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "resume" -d 'Resume the reconciliation of Flux resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "stats" -d 'Show how many Flux resources run, fail or are suspended, and their storage'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "suspend" -d 'Suspend the reconciliation of Flux resources'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "tag" -d 'Tag artifacts in a container registry'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "trace" -d 'Trace Kubernetes objects back to the Flux sources that deployed them'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "tree" -d 'Print the resources reconciled by Flux as a tree'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "trigger" -d 'Trigger webhook receivers'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "uninstall" -d 'Remove the Flux components, custom resources and namespace from the cluster'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "verify" -d 'Verify artifacts in a container registry'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "version" -d 'Print the versions of the CLI and of the Flux controllers'
complete -c flux -n "__fish_flux_using_subcommand help; and not __fish_seen_subcommand_from bootstrap build check completion create debug delete diff docgen envsubst events export get install list logs migrate plugin pull push reconcile resume stats suspend tag trace tree trigger uninstall verify version help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from bootstrap" -f -a "bitbucket-server" -d 'Deploy Flux on a cluster connected to a Bitbucket Server repository'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from bootstrap" -f -a "git" -d 'Deploy Flux on a cluster connected to any Git repository'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from bootstrap" -f -a "gitea" -d 'Deploy Flux on a cluster connected to a Gitea repository'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from bootstrap" -f -a "github" -d 'Deploy Flux on a cluster connected to a GitHub repository'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from bootstrap" -f -a "gitlab" -d 'Deploy Flux on a cluster connected to a GitLab repository'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from build" -f -a "artifact" -d 'Build a tarball artifact from a directory or file'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from build" -f -a "kustomization" -d 'Build a Kustomization locally and print the resulting manifests'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "bash" -d 'Print the bash completion script'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "fish" -d 'Print the fish completion script'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "powershell" -d 'Print the PowerShell completion script'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from completion" -f -a "zsh" -d 'Print the zsh completion script'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "alert" -d 'Create or update a Alert resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "alert-provider" -d 'Create or update a Provider resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "helmrelease" -d 'Create or update a HelmRelease resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "image" -d 'Create or update resources dealing with image automation'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "kustomization" -d 'Create or update a Kustomization resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "receiver" -d 'Create or update a Receiver resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "secret" -d 'Create or update Kubernetes secrets'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "source" -d 'Create or update sources'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from create" -f -a "tenant" -d 'Create or update a tenant'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from debug" -f -a "helmrelease" -d 'Show the status, values or history of a HelmRelease'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from debug" -f -a "kustomization" -d 'Show the status, substitution variables or history of a Kustomization'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "alert" -d 'Delete Alerts'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "alert-provider" -d 'Delete alert Providers'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "helmrelease" -d 'Delete HelmReleases'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "image" -d 'Delete image automation objects'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "kustomization" -d 'Delete Kustomizations'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "receiver" -d 'Delete Receivers'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from delete" -f -a "source" -d 'Delete sources'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from diff" -f -a "artifact" -d 'Compare a local directory or file with an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from diff" -f -a "kustomization" -d 'Compare a locally built Kustomization with the cluster'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "alert" -d 'Export Alerts in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "alert-provider" -d 'Export alert Providers in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "artifact" -d 'Export artifact objects in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "helmrelease" -d 'Export HelmReleases in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "image" -d 'Export image automation objects in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "kustomization" -d 'Export Kustomizations in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "receiver" -d 'Export Receivers in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "source" -d 'Export sources in YAML format'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "alert-providers" -d 'Get alert Provider statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "alerts" -d 'Get Alert statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "all" -d 'Get the status of every source, image, application and notification resource'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "artifacts" -d 'Get artifact object statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "helmreleases" -d 'Get HelmRelease statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "images" -d 'Get image automation object statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "kustomizations" -d 'Get Kustomization statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "receivers" -d 'Get Receiver statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from get" -f -a "sources" -d 'Get source statuses'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from list" -f -a "artifacts" -d 'List the tags of an OCI artifact repository with their digest and origin'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "install" -d 'Install a plugin from the catalog'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "list" -d 'List the installed plugins'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "search" -d 'Search the plugin catalog'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "uninstall" -d 'Remove an installed plugin'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from plugin" -f -a "update" -d 'Update installed plugins to their latest version'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from pull" -f -a "artifact" -d 'Pull an OCI artifact and extract it into a directory'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from push" -f -a "artifact" -d 'Push the contents of a directory or file as an OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from reconcile" -f -a "helmrelease" -d 'Reconcile a HelmRelease, optionally its source first'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from reconcile" -f -a "image" -d 'Reconcile image automation objects'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from reconcile" -f -a "kustomization" -d 'Reconcile a Kustomization, optionally its source first'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from reconcile" -f -a "receiver" -d 'Reconcile a Receiver'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from reconcile" -f -a "source" -d 'Reconcile sources'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "alert" -d 'Resume the reconciliation of Alerts'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "alert-provider" -d 'Resume the reconciliation of alert Providers'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "helmrelease" -d 'Resume the reconciliation of HelmReleases'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "image" -d 'Resume the reconciliation of image automation objects'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "kustomization" -d 'Resume the reconciliation of Kustomizations'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "receiver" -d 'Resume the reconciliation of Receivers'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from resume" -f -a "source" -d 'Resume the reconciliation of sources'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "alert" -d 'Suspend the reconciliation of Alerts'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "alert-provider" -d 'Suspend the reconciliation of alert Providers'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "helmrelease" -d 'Suspend the reconciliation of HelmReleases'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "image" -d 'Suspend the reconciliation of image automation objects'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "kustomization" -d 'Suspend the reconciliation of Kustomizations'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "receiver" -d 'Suspend the reconciliation of Receivers'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from suspend" -f -a "source" -d 'Suspend the reconciliation of sources'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "artifact" -d 'Add tags to an existing OCI artifact'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from tree" -f -a "artifact" -d 'Print the trees of artifact objects'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from tree" -f -a "kustomization" -d 'Print the objects a Kustomization manages, recursively'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from trigger" -f -a "receiver" -d 'Send a webhook request to a Receiver'
complete -c flux -n "__fish_flux_using_subcommand help; and __fish_seen_subcommand_from verify" -f -a "artifact" -d 'Verify the cosign signature of an OCI artifact with a public key'
