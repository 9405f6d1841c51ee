package infra.data.vault

import data.infra.data.lib

vault_configs contains {"urn": m.__urn, "name": m.metadata.name, "hcl": hcl} if {
	some m in lib.manifests
	m.kind == "ConfigMap"
	object.get(m, ["metadata", "labels", "app.kubernetes.io/name"], "") == "vault"
	some key, hcl in object.get(m, "data", {})
	endswith(key, ".hcl")
}

deny contains {"msg": msg, "urn": c.urn} if {
	lib.production
	some c in vault_configs
	not regex.match(`(?m)^\s*seal\s+"`, c.hcl)
	msg := sprintf("Vault config %s has no seal stanza: production needs auto-unseal", [c.name])
}

deny contains {"msg": msg, "urn": c.urn} if {
	lib.production
	some c in vault_configs
	regex.match(`tls_disable\s*=\s*(1|true|"true")`, c.hcl)
	msg := sprintf("Vault config %s disables TLS in %s", [c.name, input.stack])
}
