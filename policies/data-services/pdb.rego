package infra.data.pdb

import data.infra.data.lib

covered(s) if {
	some p in lib.manifests
	p.kind == "PodDisruptionBudget"
	lib.namespace(p) == lib.namespace(s)
	selector := object.get(p, ["spec", "selector", "matchLabels"], {"": ""})
	labels := object.get(s, ["spec", "template", "metadata", "labels"], {})
	every k, v in selector {
		labels[k] == v
	}
}

deny contains {"msg": msg, "urn": s.__urn} if {
	some s in lib.clusters
	not covered(s)
	msg := sprintf("StatefulSet %s/%s has no PodDisruptionBudget selecting its pods", [lib.namespace(s), s.metadata.name])
}
