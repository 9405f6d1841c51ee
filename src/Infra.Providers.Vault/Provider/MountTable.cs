using System.Text.Json.Nodes;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>Reads one entry of Vault's mount tables (<c>sys/mounts</c>, <c>sys/auth</c>), which key entries by <c>path/</c>.</summary>
internal static class MountTable
{
    public static async Task<JsonObject?> FindAsync(VaultClient vault, string table, string path, CancellationToken cancellationToken)
    {
        var answer = await vault.ReadAsync(table, cancellationToken).ConfigureAwait(false);
        var entries = answer?["data"] as JsonObject ?? answer;
        return entries?[path + "/"] as JsonObject;
    }

    /// <summary>The <c>config</c> part of an enable or tune call: lease TTLs as duration strings.</summary>
    public static JsonObject TuneBody(long? defaultLeaseTtl, long? maxLeaseTtl)
    {
        var body = new JsonObject();
        if (defaultLeaseTtl is { } ttl)
        {
            body["default_lease_ttl"] = Props.Seconds(ttl);
        }
        if (maxLeaseTtl is { } max)
        {
            body["max_lease_ttl"] = Props.Seconds(max);
        }
        return body;
    }
}
