package infra.data.services_test

import data.infra.data.pdb
import data.infra.data.quorum
import data.infra.data.vault

config := {"productionStacks": ["prod"], "quorumServices": ["etcd", "consul", "vault"]}

sts(replicas) := {
	"urn": "urn:pulumi:prod::p::kubernetes:apps/v1:StatefulSet::etcd",
	"type": "kubernetes:apps/v1:StatefulSet",
	"kind": "create",
	"inputs": {"manifest": {
		"apiVersion": "apps/v1",
		"kind": "StatefulSet",
		"metadata": {"name": "etcd", "namespace": "data", "labels": {"app.kubernetes.io/name": "etcd"}},
		"spec": {"replicas": replicas, "template": {"metadata": {"labels": {"app.kubernetes.io/name": "etcd"}}}},
	}},
}

pdb_resource := {
	"urn": "urn:pulumi:prod::p::kubernetes:policy/v1:PodDisruptionBudget::etcd",
	"type": "kubernetes:policy/v1:PodDisruptionBudget",
	"kind": "create",
	"inputs": {"manifest": {
		"apiVersion": "policy/v1",
		"kind": "PodDisruptionBudget",
		"metadata": {"name": "etcd", "namespace": "data"},
		"spec": {"maxUnavailable": 1, "selector": {"matchLabels": {"app.kubernetes.io/name": "etcd"}}},
	}},
}

vault_config(hcl) := {
	"urn": "urn:pulumi:prod::p::kubernetes:core/v1:ConfigMap::vault",
	"type": "kubernetes:core/v1:ConfigMap",
	"kind": "create",
	"inputs": {"manifest": {
		"apiVersion": "v1",
		"kind": "ConfigMap",
		"metadata": {"name": "vault", "labels": {"app.kubernetes.io/name": "vault"}},
		"data": {"vault.hcl": hcl},
	}},
}

test_three_members_with_pdb_pass_in_prod if {
	count(quorum.deny) == 0 with input as {"stack": "prod", "resources": [sts(3), pdb_resource]} with data.config as config
	count(pdb.deny) == 0 with input as {"stack": "prod", "resources": [sts(3), pdb_resource]} with data.config as config
}

test_even_members_denied if {
	count(quorum.deny) == 1 with input as {"stack": "dev", "resources": [sts(2), pdb_resource]} with data.config as config
}

test_single_member_denied_only_in_prod if {
	count(quorum.deny) == 1 with input as {"stack": "prod", "resources": [sts(1), pdb_resource]} with data.config as config
	count(quorum.deny) == 0 with input as {"stack": "dev", "resources": [sts(1), pdb_resource]} with data.config as config
}

test_missing_pdb_denied if {
	count(pdb.deny) == 1 with input as {"stack": "dev", "resources": [sts(3)]} with data.config as config
}

test_vault_without_seal_denied_in_prod if {
	count(vault.deny) == 1 with input as {"stack": "prod", "resources": [vault_config("listener \"tcp\" {}\n")]} with data.config as config
	count(vault.deny) == 0 with input as {"stack": "prod", "resources": [vault_config("seal \"transit\" {}\n")]} with data.config as config
}

test_vault_tls_disabled_denied_in_prod if {
	count(vault.deny) == 1 with input as {"stack": "prod", "resources": [vault_config("seal \"transit\" {}\nlistener \"tcp\" { tls_disable = 1 }\n")]} with data.config as config
}
