package infra.data.lib

manifests contains m if {
	some r in input.resources
	r.kind != "delete"
	startswith(r.type, "kubernetes:")
	m := object.union(r.inputs.manifest, {"__urn": r.urn})
}

clusters contains s if {
	some s in manifests
	s.kind == "StatefulSet"
	object.get(s, ["metadata", "labels", "app.kubernetes.io/name"], "") in data.config.quorumServices
}

production if input.stack in data.config.productionStacks

namespace(m) := object.get(m, ["metadata", "namespace"], "default")
