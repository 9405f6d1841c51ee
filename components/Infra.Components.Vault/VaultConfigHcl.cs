using System.Text;

namespace Infra.Components.Vault;

/// <summary>
/// Renders the server configuration as HCL for the ConfigMap. It holds no secrets: TLS keys are mounted from a Secret
/// and the transit token arrives in <c>VAULT_TOKEN</c> from a Secret reference. Per-pod addresses and the raft node ID
/// come from <c>VAULT_API_ADDR</c>, <c>VAULT_CLUSTER_ADDR</c> and <c>VAULT_RAFT_NODE_ID</c>.
/// </summary>
internal static class VaultConfigHcl
{
    public static string Render(VaultTopology t, VaultClusterArgs args)
    {
        var hcl = new StringBuilder();
        hcl.AppendLine("ui = true");
        hcl.AppendLine("disable_mlock = true");
        hcl.AppendLine("log_format = \"json\"");
        hcl.AppendLine("cluster_name = " + Quote(t.Name));
        hcl.AppendLine();
        hcl.AppendLine("listener \"tcp\" {");
        hcl.AppendLine("  address = \"[::]:" + VaultTopology.ApiPort + "\"");
        hcl.AppendLine("  cluster_address = \"[::]:" + VaultTopology.ClusterPort + "\"");
        if (t.Tls)
        {
            hcl.AppendLine("  tls_cert_file = \"/vault/tls/tls.crt\"");
            hcl.AppendLine("  tls_key_file = \"/vault/tls/tls.key\"");
            hcl.AppendLine("  tls_client_ca_file = \"/vault/tls/ca.crt\"");
            hcl.AppendLine("  tls_min_version = \"tls12\"");
        }
        else
        {
            hcl.AppendLine("  tls_disable = true");
        }
        hcl.AppendLine("  telemetry {");
        hcl.AppendLine("    unauthenticated_metrics_access = true");
        hcl.AppendLine("  }");
        hcl.AppendLine("}");
        hcl.AppendLine();
        hcl.AppendLine("storage \"raft\" {");
        hcl.AppendLine("  path = \"/vault/data\"");
        for (var i = 0; i < t.Replicas; i++)
        {
            hcl.AppendLine("  retry_join {");
            hcl.AppendLine("    leader_api_addr = " + Quote($"{t.Scheme}://{t.NodeHost(i)}:{VaultTopology.ApiPort}"));
            if (t.Tls)
            {
                hcl.AppendLine("    leader_ca_cert_file = \"/vault/tls/ca.crt\"");
                hcl.AppendLine("    leader_tls_servername = " + Quote(t.NodeHost(i)));
            }
            hcl.AppendLine("  }");
        }
        hcl.AppendLine("}");
        hcl.AppendLine();
        hcl.AppendLine("service_registration \"kubernetes\" {}");
        AppendSeal(hcl, args.Unseal);
        hcl.AppendLine();
        hcl.AppendLine("telemetry {");
        hcl.AppendLine("  prometheus_retention_time = \"30s\"");
        hcl.AppendLine("  disable_hostname = true");
        hcl.AppendLine("}");
        return hcl.ToString();
    }

    private static void AppendSeal(StringBuilder hcl, VaultUnsealArgs unseal)
    {
        var fields = unseal.Mode switch
        {
            VaultUnsealMode.Transit => ("transit", new[]
            {
                ("address", unseal.TransitAddress!),
                ("key_name", unseal.TransitKeyName!),
                ("mount_path", unseal.TransitMountPath),
                ("disable_renewal", "false"),
            }),
            VaultUnsealMode.AwsKms => ("awskms", new[] { ("region", unseal.AwsRegion!), ("kms_key_id", unseal.AwsKmsKeyId!) }),
            VaultUnsealMode.GcpCkms => ("gcpckms", new[]
            {
                ("project", unseal.GcpProject!),
                ("region", unseal.GcpRegion!),
                ("key_ring", unseal.GcpKeyRing!),
                ("crypto_key", unseal.GcpCryptoKey!),
            }),
            _ => (null, []),
        };
        if (fields.Item1 is null)
        {
            return;
        }
        hcl.AppendLine();
        hcl.AppendLine("seal " + Quote(fields.Item1) + " {");
        foreach (var (key, value) in fields.Item2)
        {
            hcl.AppendLine($"  {key} = {Quote(value)}");
        }
        hcl.AppendLine("}");
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
