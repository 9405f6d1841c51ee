package infra.crossplane.deletion_test

import data.infra.crossplane.deletion

config := {"productionStacks": ["prod"], "statefulKinds": ["Instance"]}

plan(stack, policy) := {"stack": stack, "resources": [{
	"urn": "urn:pulumi:prod::p::kubernetes:rds.aws.upbound.io/v1beta3:Instance::db",
	"type": "kubernetes:rds.aws.upbound.io/v1beta3:Instance",
	"kind": "create",
	"inputs": {"manifest": {
		"apiVersion": "rds.aws.upbound.io/v1beta3",
		"kind": "Instance",
		"metadata": {"name": "db"},
		"spec": {"deletionPolicy": policy},
	}},
}]}

test_delete_policy_denied_in_prod if {
	count(deletion.deny) == 1 with input as plan("prod", "Delete") with data.config as config
}

test_orphan_allowed_in_prod if {
	count(deletion.deny) == 0 with input as plan("prod", "Orphan") with data.config as config
}

test_delete_allowed_in_dev if {
	count(deletion.deny) == 0 with input as plan("dev", "Delete") with data.config as config
}
