package infra.k8s.nonroot

import data.infra.k8s.lib

pod_non_root(pod) if pod.securityContext.runAsNonRoot == true

container_non_root(pod, c) if pod_non_root(pod)

container_non_root(_, c) if c.securityContext.runAsNonRoot == true

runs_as_root(pod, c) if object.get(c, ["securityContext", "runAsUser"], object.get(pod, ["securityContext", "runAsUser"], -1)) == 0

deny contains {"msg": msg, "urn": w.urn} if {
	some w in lib.workloads
	some c in lib.containers(w.pod)
	not container_non_root(w.pod, c)
	msg := sprintf("%s must run as non-root (runAsNonRoot: true)", [lib.label(w, c)])
}

deny contains {"msg": msg, "urn": w.urn} if {
	some w in lib.workloads
	some c in lib.containers(w.pod)
	runs_as_root(w.pod, c)
	msg := sprintf("%s sets runAsUser: 0", [lib.label(w, c)])
}
