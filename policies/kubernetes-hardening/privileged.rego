package infra.k8s.privileged

import data.infra.k8s.lib

deny contains {"msg": msg, "urn": w.urn} if {
	some w in lib.workloads
	some c in lib.containers(w.pod)
	c.securityContext.privileged == true
	msg := sprintf("%s is privileged", [lib.label(w, c)])
}

deny contains {"msg": msg, "urn": w.urn} if {
	some w in lib.workloads
	some c in lib.containers(w.pod)
	object.get(c, ["securityContext", "allowPrivilegeEscalation"], true) != false
	msg := sprintf("%s must set allowPrivilegeEscalation: false", [lib.label(w, c)])
}
