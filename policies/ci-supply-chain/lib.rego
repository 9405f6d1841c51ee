package infra.ci.lib

ci_groups := {"tekton.dev", "argoproj.io", "triggers.tekton.dev"}

pipeline_kinds := {"Pipeline", "WorkflowTemplate", "ClusterWorkflowTemplate", "CronWorkflow"}

ci_objects contains o if {
	some r in input.resources
	r.kind != "delete"
	startswith(r.type, "kubernetes:")
	manifest := r.inputs.manifest
	group := split(manifest.apiVersion, "/")[0]
	group in ci_groups
	o := {"urn": r.urn, "manifest": manifest}
}

workload_objects contains o if {
	some r in input.resources
	r.kind != "delete"
	startswith(r.type, "kubernetes:")
	manifest := r.inputs.manifest
	manifest.kind in {"Deployment", "StatefulSet", "DaemonSet"}
	some label in ["app.kubernetes.io/part-of", "app.kubernetes.io/name"]
	regex.match(`tekton|argo`, object.get(manifest, ["metadata", "labels", label], ""))
	o := {"urn": r.urn, "manifest": manifest}
}

images(manifest) := {image |
	walk(manifest, [path, image])
	count(path) > 0
	path[count(path) - 1] == "image"
	is_string(image)
}

name(o) := sprintf("%s %s", [o.manifest.kind, o.manifest.metadata.name])
