package infra.ci.digests

import data.infra.ci.lib

deny contains {"msg": msg, "urn": o.urn} if {
	some o in lib.ci_objects | lib.workload_objects
	some image in lib.images(o.manifest)
	not contains(image, "@sha256:")
	not contains(image, "$(")
	msg := sprintf("%s uses image %q, which is not pinned by digest", [lib.name(o), image])
}
