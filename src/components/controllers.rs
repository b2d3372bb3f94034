//! The seven Flux controllers as flux2 v2.9.4 ships them in its embedded bundle
//! (`flux2: manifests/bases/<controller>` built: the controller's release Deployment and
//! Service(s), a ServiceAccount, the component labels and flux's JSON patch adding
//! `--events-addr`, `serviceAccountName`, `priorityClassName` and `GOMEMLIMIT`).

use serde_json::{Value, json};

/// The toolkit version these components belong to.
pub const FLUX_VERSION: &str = "v2.9.4";

/// The default components, in upstream's order.
pub const DEFAULT_COMPONENTS: &[&str] = &[
    "source-controller",
    "kustomize-controller",
    "helm-controller",
    "notification-controller",
];

/// The extra components, in upstream's order.
pub const EXTRA_COMPONENTS: &[&str] = &[
    "image-reflector-controller",
    "image-automation-controller",
    "source-watcher",
];

/// One controller: name, pinned image tag and what distinguishes its Deployment.
#[derive(Debug, Clone, Copy)]
pub struct Controller {
    /// Deployment, ServiceAccount and component name.
    pub name: &'static str,
    /// The image tag pinned by flux2 v2.9.4.
    pub tag: &'static str,
    storage: bool,
    critical: bool,
    recreate: bool,
    grace: u32,
    http_port: bool,
    webhook_port: bool,
    data_volume_second: bool,
    tuf_root: bool,
    events_addr: bool,
}

const fn ctl(name: &'static str, tag: &'static str) -> Controller {
    Controller {
        name,
        tag,
        storage: false,
        critical: false,
        recreate: false,
        grace: 10,
        http_port: false,
        webhook_port: false,
        data_volume_second: false,
        tuf_root: false,
        events_addr: true,
    }
}

/// Every controller flux2 v2.9.4 knows, default ones first.
pub const CONTROLLERS: &[Controller] = &[
    Controller {
        storage: true,
        critical: true,
        recreate: true,
        http_port: true,
        tuf_root: true,
        ..ctl("source-controller", "v1.9.4")
    },
    Controller {
        critical: true,
        grace: 60,
        ..ctl("kustomize-controller", "v1.9.4")
    },
    Controller {
        critical: true,
        grace: 600,
        ..ctl("helm-controller", "v1.6.3")
    },
    Controller {
        http_port: true,
        webhook_port: true,
        events_addr: false,
        ..ctl("notification-controller", "v1.9.3")
    },
    Controller {
        data_volume_second: true,
        ..ctl("image-reflector-controller", "v1.2.4")
    },
    ctl("image-automation-controller", "v1.2.4"),
    Controller {
        storage: true,
        critical: true,
        recreate: true,
        http_port: true,
        ..ctl("source-watcher", "v2.2.3")
    },
];

/// The controller called `name`.
pub fn controller(name: &str) -> Option<&'static Controller> {
    CONTROLLERS.iter().find(|c| c.name == name)
}

fn component_labels(name: &str) -> Value {
    json!({"app.kubernetes.io/component": name, "app.kubernetes.io/part-of": "flux"})
}

fn with_label(mut labels: Value, key: &str, value: &str) -> Value {
    labels[key] = Value::String(value.to_string());
    labels
}

impl Controller {
    /// The bundle's ServiceAccount.
    pub fn service_account(&self) -> Value {
        json!({
            "apiVersion": "v1",
            "kind": "ServiceAccount",
            "metadata": {"labels": component_labels(self.name), "name": self.name},
        })
    }

    /// The bundle's Services (source-controller, notification-controller + webhook-receiver,
    /// source-watcher).
    pub fn services(&self) -> Vec<Value> {
        let svc = |name: &str, target: &str, plane: &str| {
            json!({
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": {
                    "labels": with_label(component_labels(self.name), "control-plane", plane),
                    "name": name,
                },
                "spec": {
                    "ports": [{"name": "http", "port": 80, "protocol": "TCP", "targetPort": target}],
                    "selector": {"app": self.name},
                    "type": "ClusterIP",
                },
            })
        };
        match self.name {
            "source-controller" => vec![svc(self.name, "http", "controller")],
            "notification-controller" => vec![
                svc(self.name, "http", "controller"),
                svc("webhook-receiver", "http-webhook", "controller"),
            ],
            "source-watcher" => vec![svc(self.name, "http", "source-watcher")],
            _ => Vec::new(),
        }
    }

    /// The bundle's Deployment (image `fluxcd/<name>:<tag>`, events address for the
    /// `flux-system` namespace, as the embedded manifests carry them).
    pub fn deployment(&self) -> Value {
        let name = self.name;
        let mut args = Vec::new();
        if self.events_addr {
            args.push(
                "--events-addr=http://notification-controller.flux-system.svc.cluster.local./"
                    .to_string(),
            );
        }
        for a in [
            "--watch-all-namespaces",
            "--log-level=info",
            "--log-encoding=json",
            "--enable-leader-election",
        ] {
            args.push(a.to_string());
        }
        if self.storage {
            args.push("--storage-path=/data".to_string());
            args.push(format!(
                "--storage-adv-addr={name}.$(RUNTIME_NAMESPACE).svc.cluster.local."
            ));
        }
        let mut env = vec![json!({"name": "RUNTIME_NAMESPACE",
            "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}})];
        if self.tuf_root {
            env.push(json!({"name": "TUF_ROOT", "value": "/tmp/.sigstore"}));
        }
        env.push(
            json!({"name": "GOMEMLIMIT", "valueFrom": {"resourceFieldRef":
            {"containerName": "manager", "resource": "limits.memory"}}}),
        );
        let port =
            |n: u16, pname: &str| json!({"containerPort": n, "name": pname, "protocol": "TCP"});
        let mut ports = Vec::new();
        if self.http_port {
            ports.push(port(9090, "http"));
        }
        if self.webhook_port {
            ports.push(port(9292, "http-webhook"));
        }
        ports.push(port(8080, "http-prom"));
        ports.push(port(9440, "healthz"));
        let readiness = if self.storage {
            json!({"httpGet": {"path": "/", "port": "http"}})
        } else {
            json!({"httpGet": {"path": "/readyz", "port": "healthz"}})
        };
        let cpu = if self.storage { "50m" } else { "100m" };
        let (mounts, volumes) = if self.storage {
            (
                json!([{"mountPath": "/data", "name": "data"}, {"mountPath": "/tmp", "name": "tmp"}]),
                json!([{"emptyDir": {}, "name": "data"}, {"emptyDir": {}, "name": "tmp"}]),
            )
        } else if self.data_volume_second {
            (
                json!([{"mountPath": "/tmp", "name": "temp"}, {"mountPath": "/data", "name": "data"}]),
                json!([{"emptyDir": {}, "name": "temp"}, {"emptyDir": {}, "name": "data"}]),
            )
        } else {
            (
                json!([{"mountPath": "/tmp", "name": "temp"}]),
                json!([{"emptyDir": {}, "name": "temp"}]),
            )
        };
        let container = json!({
            "args": args,
            "env": env,
            "image": format!("fluxcd/{name}:{}", self.tag),
            "imagePullPolicy": "IfNotPresent",
            "livenessProbe": {"httpGet": {"path": "/healthz", "port": "healthz"}},
            "name": "manager",
            "ports": ports,
            "readinessProbe": readiness,
            "resources": {"limits": {"cpu": "1000m", "memory": "1Gi"},
                          "requests": {"cpu": cpu, "memory": "64Mi"}},
            "securityContext": {
                "allowPrivilegeEscalation": false,
                "capabilities": {"drop": ["ALL"]},
                "readOnlyRootFilesystem": true,
                "runAsNonRoot": true,
                "seccompProfile": {"type": "RuntimeDefault"},
            },
            "volumeMounts": mounts,
        });
        let mut pod = json!({
            "containers": [container],
            "securityContext": {"fsGroup": 1337},
            "serviceAccountName": name,
            "terminationGracePeriodSeconds": self.grace,
            "volumes": volumes,
        });
        if self.critical {
            pod["priorityClassName"] = json!("system-cluster-critical");
        }
        let mut spec = json!({
            "replicas": 1,
            "selector": {"matchLabels": {"app": name}},
            "template": {
                "metadata": {
                    "annotations": {"prometheus.io/port": "8080", "prometheus.io/scrape": "true"},
                    "labels": with_label(component_labels(name), "app", name),
                },
                "spec": pod,
            },
        });
        if self.recreate {
            spec["strategy"] = json!({"type": "Recreate"});
        }
        json!({
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {
                "labels": with_label(component_labels(name), "control-plane", "controller"),
                "name": name,
            },
            "spec": spec,
        })
    }

    /// The CRDs this controller owns, from `crds::all()`, with the component labels.
    pub fn crds(&self) -> Vec<Value> {
        let mut crds: Vec<Value> = super::crds::all()
            .into_iter()
            .filter(|(c, _)| *c == self.name)
            .map(|(_, mut crd)| {
                let labels = &mut crd["metadata"]["labels"];
                if !labels.is_object() {
                    *labels = json!({});
                }
                labels["app.kubernetes.io/component"] = json!(self.name);
                labels["app.kubernetes.io/part-of"] = json!("flux");
                crd
            })
            .collect();
        crds.sort_by(|a, b| {
            a["metadata"]["name"]
                .as_str()
                .cmp(&b["metadata"]["name"].as_str())
        });
        crds
    }

    /// The bundle file `<name>.yaml`: CRDs, ServiceAccount, Services, Deployment (kustomize
    /// legacy order).
    pub fn bundle_objects(&self) -> Vec<Value> {
        let mut out = self.crds();
        out.push(self.service_account());
        out.extend(self.services());
        out.push(self.deployment());
        out
    }
}
