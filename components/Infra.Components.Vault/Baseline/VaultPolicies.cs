using System.Text;

namespace Infra.Components.Vault;

/// <summary>The least-privilege HCL policy of one workload: only its own KV folder, transit key and PKI role.</summary>
internal static class VaultPolicies
{
    public const string KvMount = "secret";
    public const string TransitMount = "transit";
    public const string IntermediateMount = "pki-int";
    public const string CertificateRole = "workload";

    public static string For(VaultWorkloadAccess workload)
    {
        var hcl = new StringBuilder();
        Path(hcl, $"{KvMount}/data/{workload.Name}/*", "read");
        Path(hcl, $"{KvMount}/metadata/{workload.Name}/*", "read", "list");
        if (workload.TransitKey)
        {
            Path(hcl, $"{TransitMount}/encrypt/{workload.Name}", "update");
            Path(hcl, $"{TransitMount}/decrypt/{workload.Name}", "update");
        }
        if (workload.IssueCertificates)
        {
            Path(hcl, $"{IntermediateMount}/issue/{CertificateRole}", "create", "update");
        }
        return hcl.ToString();
    }

    private static void Path(StringBuilder hcl, string path, params string[] capabilities) =>
        hcl.Append("path \"").Append(path).Append("\" {\n  capabilities = [")
            .AppendJoin(", ", capabilities.Select(c => $"\"{c}\"")).Append("]\n}\n\n");
}
