package infra.k8s.readonlyfs

import data.infra.k8s.lib

deny contains {"msg": msg, "urn": w.urn} if {
	some w in lib.workloads
	some c in lib.containers(w.pod)
	object.get(c, ["securityContext", "readOnlyRootFilesystem"], false) != true
	msg := sprintf("%s must set readOnlyRootFilesystem: true", [lib.label(w, c)])
}
