package infra.ci.provenance

import data.infra.ci.lib

text(o) := lower(json.marshal(o.manifest.spec))

deny contains {"msg": msg, "urn": o.urn} if {
	some o in lib.ci_objects
	o.manifest.kind in lib.pipeline_kinds
	not regex.match(`cosign`, text(o))
	msg := sprintf("%s has no cosign signing step", [lib.name(o)])
}

deny contains {"msg": msg, "urn": o.urn} if {
	some o in lib.ci_objects
	o.manifest.kind in lib.pipeline_kinds
	not regex.match(`sbom|syft|cyclonedx|spdx`, text(o))
	msg := sprintf("%s produces no SBOM", [lib.name(o)])
}
