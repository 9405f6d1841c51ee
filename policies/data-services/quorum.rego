package infra.data.quorum

import data.infra.data.lib

deny contains {"msg": msg, "urn": s.__urn} if {
	some s in lib.clusters
	replicas := object.get(s, ["spec", "replicas"], 1)
	replicas % 2 == 0
	msg := sprintf("StatefulSet %s runs %d members: an even count adds no fault tolerance", [s.metadata.name, replicas])
}

deny contains {"msg": msg, "urn": s.__urn} if {
	lib.production
	some s in lib.clusters
	replicas := object.get(s, ["spec", "replicas"], 1)
	replicas < 3
	msg := sprintf("StatefulSet %s runs %d member(s) in %s: production needs at least 3", [s.metadata.name, replicas, input.stack])
}
