namespace Infra.Consul.Client;

/// <summary>Where Consul is and how to call it.</summary>
internal sealed record ConsulClientOptions
{
    public required Uri Address { get; init; }

    public string? Token { get; init; }

    public string? Datacenter { get; init; }

    public string? CaCertPath { get; init; }

    public int MaxRetries { get; init; } = 3;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
