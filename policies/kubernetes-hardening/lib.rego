# Shared helpers: every workload in the plan with its pod spec.
package infra.k8s.lib

pod_spec_paths := {
	"Deployment": ["spec", "template", "spec"],
	"StatefulSet": ["spec", "template", "spec"],
	"DaemonSet": ["spec", "template", "spec"],
	"ReplicaSet": ["spec", "template", "spec"],
	"Job": ["spec", "template", "spec"],
	"CronJob": ["spec", "jobTemplate", "spec", "template", "spec"],
	"Pod": ["spec"],
}

long_running := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"}

workloads contains w if {
	some r in input.resources
	r.kind != "delete"
	startswith(r.type, "kubernetes:")
	manifest := r.inputs.manifest
	path := pod_spec_paths[manifest.kind]
	pod := object.get(manifest, path, {})
	namespace := object.get(manifest, ["metadata", "namespace"], "default")
	not namespace in data.config.exemptNamespaces
	w := {
		"urn": r.urn,
		"kind": manifest.kind,
		"name": manifest.metadata.name,
		"namespace": namespace,
		"pod": pod,
	}
}

containers(pod) := array.concat(object.get(pod, "containers", []), object.get(pod, "initContainers", []))

label(w, c) := sprintf("%s %s/%s container %s", [w.kind, w.namespace, w.name, c.name])
