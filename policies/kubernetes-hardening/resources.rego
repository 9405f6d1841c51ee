package infra.k8s.resources

import data.infra.k8s.lib

required := [["requests", "cpu"], ["requests", "memory"], ["limits", "memory"]]

deny contains {"msg": msg, "urn": w.urn} if {
	some w in lib.workloads
	some c in lib.containers(w.pod)
	some field in required
	object.get(c, array.concat(["resources"], field), null) == null
	msg := sprintf("%s has no resources.%s", [lib.label(w, c), concat(".", field)])
}
