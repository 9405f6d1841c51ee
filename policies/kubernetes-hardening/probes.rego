package infra.k8s.probes

import data.infra.k8s.lib

warn contains {"msg": msg, "urn": w.urn} if {
	some w in lib.workloads
	w.kind in lib.long_running
	some c in object.get(w.pod, "containers", [])
	some probe in ["readinessProbe", "livenessProbe"]
	not c[probe]
	msg := sprintf("%s has no %s", [lib.label(w, c), probe])
}
