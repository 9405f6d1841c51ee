package infra.crossplane.deletion

managed(manifest) if contains(split(manifest.apiVersion, "/")[0], ".upbound.io")

managed(manifest) if contains(split(manifest.apiVersion, "/")[0], ".crossplane.io")

deny contains {"msg": msg, "urn": r.urn} if {
	input.stack in data.config.productionStacks
	some r in input.resources
	r.kind != "delete"
	startswith(r.type, "kubernetes:")
	manifest := r.inputs.manifest
	managed(manifest)
	manifest.kind in data.config.statefulKinds
	object.get(manifest, ["spec", "deletionPolicy"], "Delete") != "Orphan"
	msg := sprintf("%s %s would be deleted with its composite: set spec.deletionPolicy: Orphan in %s", [manifest.kind, manifest.metadata.name, input.stack])
}
