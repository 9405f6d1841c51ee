# A Kubernetes hardening pack of 20 deny rules, evaluated over a saved Infra plan (input.steps[_].newInputs.manifest).
package bench.k8s

import rego.v1

workload_kinds := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"}

manifests contains m if {
	some step in input.steps
	step.kind != "delete"
	m := step.newInputs.manifest
}

pods contains [label, spec] if {
	some m in manifests
	m.kind in workload_kinds
	label := sprintf("%s %s/%s", [m.kind, m.metadata.namespace, m.metadata.name])
	spec := m.spec.template.spec
}

containers contains [label, c] if {
	some [pod, spec] in pods
	some c in spec.containers
	label := sprintf("%s container %s", [pod, c.name])
}

# 1
deny contains sprintf("%s: privileged", [label]) if {
	some [label, c] in containers
	c.securityContext.privileged == true
}

# 2
deny contains sprintf("%s: allowPrivilegeEscalation must be false", [label]) if {
	some [label, c] in containers
	not c.securityContext.allowPrivilegeEscalation == false
}

# 3
deny contains sprintf("%s: readOnlyRootFilesystem must be true", [label]) if {
	some [label, c] in containers
	not c.securityContext.readOnlyRootFilesystem == true
}

# 4
deny contains sprintf("%s: must run as non-root", [label]) if {
	some [pod, spec] in pods
	some c in spec.containers
	not spec.securityContext.runAsNonRoot == true
	not c.securityContext.runAsNonRoot == true
	label := sprintf("%s container %s", [pod, c.name])
}

# 5
deny contains sprintf("%s: capabilities must drop ALL", [label]) if {
	some [label, c] in containers
	not "ALL" in object.get(c, ["securityContext", "capabilities", "drop"], [])
}

# 6
deny contains sprintf("%s: capability %s must not be added", [label, cap]) if {
	some [label, c] in containers
	some cap in object.get(c, ["securityContext", "capabilities", "add"], [])
	cap in {"SYS_ADMIN", "NET_ADMIN", "NET_RAW", "SYS_PTRACE", "ALL"}
}

# 7
deny contains sprintf("%s: image %s must be pinned to a tag other than latest", [label, c.image]) if {
	some [label, c] in containers
	not regex.match(`:[A-Za-z0-9_][A-Za-z0-9_.-]*$`, c.image)
}

deny contains sprintf("%s: image %s must not use latest", [label, c.image]) if {
	some [label, c] in containers
	endswith(c.image, ":latest")
}

# 8
deny contains sprintf("%s: image %s is not from an allowed registry", [label, c.image]) if {
	some [label, c] in containers
	not startswith(c.image, "registry.example/")
}

# 9
deny contains sprintf("%s: resources.limits.cpu is required", [label]) if {
	some [label, c] in containers
	not c.resources.limits.cpu
}

# 10
deny contains sprintf("%s: resources.limits.memory is required", [label]) if {
	some [label, c] in containers
	not c.resources.limits.memory
}

# 11
deny contains sprintf("%s: resources.requests.cpu is required", [label]) if {
	some [label, c] in containers
	not c.resources.requests.cpu
}

# 12
deny contains sprintf("%s: resources.requests.memory is required", [label]) if {
	some [label, c] in containers
	not c.resources.requests.memory
}

# 13
deny contains sprintf("%s: readinessProbe is required", [label]) if {
	some [label, c] in containers
	not c.readinessProbe
}

# 14
deny contains sprintf("%s: livenessProbe is required", [label]) if {
	some [label, c] in containers
	not c.livenessProbe
}

# 15
deny contains sprintf("%s: hostNetwork is not allowed", [label]) if {
	some [label, spec] in pods
	spec.hostNetwork == true
}

# 16
deny contains sprintf("%s: hostPID and hostIPC are not allowed", [label]) if {
	some [label, spec] in pods
	some field in ["hostPID", "hostIPC"]
	spec[field] == true
}

# 17
deny contains sprintf("%s: hostPath volume %s is not allowed", [label, v.name]) if {
	some [label, spec] in pods
	some v in object.get(spec, "volumes", [])
	v.hostPath
}

# 18
deny contains sprintf("%s: seccompProfile must be RuntimeDefault or Localhost", [label]) if {
	some [label, spec] in pods
	not spec.securityContext.seccompProfile.type in {"RuntimeDefault", "Localhost"}
}

# 19
deny contains sprintf("%s: automountServiceAccountToken must be false", [label]) if {
	some [label, spec] in pods
	not spec.automountServiceAccountToken == false
}

# 20
deny contains sprintf("Service %s/%s: type %s is not allowed", [m.metadata.namespace, m.metadata.name, m.spec.type]) if {
	some m in manifests
	m.kind == "Service"
	m.spec.type in {"NodePort", "LoadBalancer"}
}
