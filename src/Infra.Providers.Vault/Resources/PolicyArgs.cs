namespace Infra.Vault;

/// <summary>Arguments of <see cref="Policy"/>.</summary>
public sealed class PolicyArgs : VaultResourceArgs
{
    /// <summary>The policy name; changing it replaces the policy.</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The policy in HCL, e.g. <c>path "secret/data/app/*" { capabilities = ["read"] }</c>.</summary>
    [Input("policy")]
    public required Input<string> PolicyText { get; init; }
}
