namespace Infra.Components.Ci.SupplyChain;

/// <summary>How the signed image reaches the cluster: <see cref="GitOpsRepositoryUpdate"/> or <see cref="ArgoCdSync"/>.</summary>
public abstract record DeployTarget;
