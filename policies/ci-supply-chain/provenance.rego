package infra.ci.provenance

import data.infra.ci.lib

spec_text(o) := lower(json.marshal(o.manifest.spec))

# A CronWorkflow that runs a WorkflowTemplate by reference (workflowSpec.workflowTemplateRef) signs and describes
# what the template does: it is judged by that template, found in the same namespace of the plan.
referenced_template(o) := t if {
	ref := o.manifest.spec.workflowSpec.workflowTemplateRef.name
	some t in lib.ci_objects
	t.manifest.kind == "WorkflowTemplate"
	t.manifest.metadata.name == ref
	object.get(t.manifest.metadata, "namespace", "") == object.get(o.manifest.metadata, "namespace", "")
}

text(o) := concat(" ", [spec_text(o), spec_text(t)]) if {
	t := referenced_template(o)
} else := spec_text(o)

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
