package infra.ci.supply_chain_test

import data.infra.ci.digests
import data.infra.ci.provenance

pipeline(steps) := {"resources": [{
	"urn": "urn:pulumi:prod::p::kubernetes:tekton.dev/v1:Pipeline::build",
	"type": "kubernetes:tekton.dev/v1:Pipeline",
	"kind": "create",
	"inputs": {"manifest": {
		"apiVersion": "tekton.dev/v1",
		"kind": "Pipeline",
		"metadata": {"name": "build"},
		"spec": {"tasks": [{"name": s.name, "taskSpec": {"steps": [s]}} | some s in steps]},
	}},
}]}

good := [
	{"name": "build", "image": "gcr.io/kaniko-project/executor@sha256:aaaa"},
	{"name": "sbom", "image": "anchore/syft@sha256:bbbb"},
	{"name": "sign", "image": "cosign@sha256:cccc", "script": "cosign sign"},
]

test_complete_pipeline_passes if {
	count(digests.deny) == 0 with input as pipeline(good)
	count(provenance.deny) == 0 with input as pipeline(good)
}

test_tag_instead_of_digest_denied if {
	count(digests.deny) == 1 with input as pipeline(array.concat(good, [{"name": "scan", "image": "aquasec/trivy:0.50.0"}]))
}

test_missing_signing_denied if {
	count(provenance.deny) == 1 with input as pipeline([good[0], good[1]])
}

test_missing_sbom_denied if {
	count(provenance.deny) == 1 with input as pipeline([good[0], good[2]])
}

argo(name, kind, spec) := {
	"urn": sprintf("urn:pulumi:prod::p::kubernetes:argoproj.io/v1alpha1:%s::%s", [kind, name]),
	"type": sprintf("kubernetes:argoproj.io/v1alpha1:%s", [kind]),
	"kind": "create",
	"inputs": {"manifest": {
		"apiVersion": "argoproj.io/v1alpha1",
		"kind": kind,
		"metadata": {"name": name, "namespace": "ci"},
		"spec": spec,
	}},
}

template(steps) := argo("supply-chain", "WorkflowTemplate", {"templates": [{"name": s.name, "container": s} | some s in steps]})

nightly(ref) := argo("nightly", "CronWorkflow", {"schedules": ["0 3 * * *"], "workflowSpec": {"workflowTemplateRef": {"name": ref}}})

test_cron_workflow_running_a_complete_template_passes if {
	count(provenance.deny) == 0 with input as {"resources": [template(good), nightly("supply-chain")]}
}

test_cron_workflow_running_an_unsigned_template_denied if {
	denied := provenance.deny with input as {"resources": [template([good[0], good[1]]), nightly("supply-chain")]}
	count(denied) == 2
	some d in denied
	contains(d.msg, "CronWorkflow nightly has no cosign signing step")
}

test_cron_workflow_referencing_a_missing_template_denied if {
	count(provenance.deny) == 2 with input as {"resources": [template(good), nightly("elsewhere")]}
}
