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
