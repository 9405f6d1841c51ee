package infra.k8s.capabilities

import data.infra.k8s.lib

deny contains {"msg": msg, "urn": w.urn} if {
	some w in lib.workloads
	some c in lib.containers(w.pod)
	not "ALL" in object.get(c, ["securityContext", "capabilities", "drop"], [])
	msg := sprintf("%s must drop all capabilities (capabilities.drop: [\"ALL\"])", [lib.label(w, c)])
}
