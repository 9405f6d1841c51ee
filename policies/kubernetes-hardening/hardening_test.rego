package infra.k8s.hardening_test

import data.infra.k8s.capabilities
import data.infra.k8s.images
import data.infra.k8s.nonroot
import data.infra.k8s.privileged
import data.infra.k8s.probes
import data.infra.k8s.readonlyfs
import data.infra.k8s.resources

good_container := {
	"name": "app",
	"image": "registry.example/app:1.4.2",
	"securityContext": {
		"runAsNonRoot": true,
		"allowPrivilegeEscalation": false,
		"readOnlyRootFilesystem": true,
		"capabilities": {"drop": ["ALL"]},
	},
	"resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "256Mi"}},
	"readinessProbe": {"httpGet": {"path": "/ready", "port": 8080}},
	"livenessProbe": {"httpGet": {"path": "/live", "port": 8080}},
}

plan(container) := {"resources": [{
	"urn": "urn:pulumi:dev::p::kubernetes:apps/v1:Deployment::app",
	"type": "kubernetes:apps/v1:Deployment",
	"kind": "create",
	"inputs": {"manifest": {
		"apiVersion": "apps/v1",
		"kind": "Deployment",
		"metadata": {"name": "app", "namespace": "web"},
		"spec": {"template": {"spec": {"containers": [container]}}},
	}},
}]}

test_good_workload_passes_every_policy if {
	count(nonroot.deny) == 0 with input as plan(good_container) with data.config as {"exemptNamespaces": []}
	count(privileged.deny) == 0 with input as plan(good_container) with data.config as {"exemptNamespaces": []}
	count(readonlyfs.deny) == 0 with input as plan(good_container) with data.config as {"exemptNamespaces": []}
	count(capabilities.deny) == 0 with input as plan(good_container) with data.config as {"exemptNamespaces": []}
	count(resources.deny) == 0 with input as plan(good_container) with data.config as {"exemptNamespaces": []}
	count(images.deny) == 0 with input as plan(good_container) with data.config as {"exemptNamespaces": []}
	count(probes.warn) == 0 with input as plan(good_container) with data.config as {"exemptNamespaces": []}
}

test_root_container_denied if {
	bad := json.patch(good_container, [{"op": "replace", "path": "/securityContext/runAsNonRoot", "value": false}])
	count(nonroot.deny) == 1 with input as plan(bad) with data.config as {"exemptNamespaces": []}
}

test_privileged_denied if {
	bad := json.patch(good_container, [{"op": "add", "path": "/securityContext/privileged", "value": true}])
	count(privileged.deny) == 1 with input as plan(bad) with data.config as {"exemptNamespaces": []}
}

test_writable_root_fs_denied if {
	bad := json.remove(good_container, ["securityContext/readOnlyRootFilesystem"])
	count(readonlyfs.deny) == 1 with input as plan(bad) with data.config as {"exemptNamespaces": []}
}

test_kept_capabilities_denied if {
	bad := json.remove(good_container, ["securityContext/capabilities"])
	count(capabilities.deny) == 1 with input as plan(bad) with data.config as {"exemptNamespaces": []}
}

test_missing_limits_denied if {
	bad := json.remove(good_container, ["resources/limits"])
	count(resources.deny) == 1 with input as plan(bad) with data.config as {"exemptNamespaces": []}
}

test_latest_and_untagged_images_denied if {
	count(images.deny) == 1 with input as plan(object.union(good_container, {"image": "nginx:latest"})) with data.config as {"exemptNamespaces": []}
	count(images.deny) == 1 with input as plan(object.union(good_container, {"image": "nginx"})) with data.config as {"exemptNamespaces": []}
	count(images.deny) == 0 with input as plan(object.union(good_container, {"image": "nginx@sha256:0123456789abcdef"})) with data.config as {"exemptNamespaces": []}
}

test_missing_probes_warn if {
	bad := json.remove(good_container, ["readinessProbe", "livenessProbe"])
	count(probes.warn) == 2 with input as plan(bad) with data.config as {"exemptNamespaces": []}
}

test_exempt_namespace_skipped if {
	bad := json.patch(good_container, [{"op": "add", "path": "/securityContext/privileged", "value": true}])
	count(privileged.deny) == 0 with input as plan(bad) with data.config as {"exemptNamespaces": ["web"]}
}
