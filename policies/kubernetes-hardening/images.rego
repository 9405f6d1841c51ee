package infra.k8s.images

import data.infra.k8s.lib

pinned(image) if contains(image, "@sha256:")

pinned(image) if {
	not contains(image, "@")
	parts := split(image, "/")
	last := parts[count(parts) - 1]
	contains(last, ":")
	not endswith(last, ":latest")
}

deny contains {"msg": msg, "urn": w.urn} if {
	some w in lib.workloads
	some c in lib.containers(w.pod)
	not pinned(c.image)
	msg := sprintf("%s uses image %q: pin a tag other than latest, or a digest", [lib.label(w, c), c.image])
}
