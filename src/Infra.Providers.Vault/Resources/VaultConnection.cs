namespace Infra.Vault;

/// <summary>
/// An explicit Vault connection for resources whose Vault is created by the same stack: its settings may be outputs
/// (e.g. a <c>VaultCluster</c>'s endpoint and CA), so they resolve at deploy time. Resources without one use the stack
/// config (<c>vault:address</c>, <c>vault:token</c>, …); a connection's token and address win over that config, the
/// rest (namespace, AppRole login, retries) still comes from it.
/// </summary>
public sealed class VaultConnection : ResourceArgs
{
    /// <summary>The API address, e.g. <c>https://vault.vault.svc:8200</c>.</summary>
    public required Input<string> Address { get; init; }

    /// <summary>The CA certificate (PEM) the server's certificate must chain to; the system's trust when unset or empty.</summary>
    public Input<string>? CaCertPem { get; init; }

    /// <summary>The token (kept secret); <c>vault:token</c> when unset.</summary>
    public Input<string>? Token { get; init; }

    /// <summary>
    /// False records the resources as pending without calling Vault (for stacks that render manifests and cannot
    /// reach the server yet); the first run with true creates them. Default true.
    /// </summary>
    public Input<bool>? Apply { get; init; }
}
