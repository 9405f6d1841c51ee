namespace Infra.Vault;

/// <summary>What every Vault resource's arguments share: an optional explicit connection.</summary>
public abstract class VaultResourceArgs : ResourceArgs
{
    /// <summary>The Vault to manage the resource in; the stack config's when unset.</summary>
    public VaultConnection? Connection { get; init; }
}
