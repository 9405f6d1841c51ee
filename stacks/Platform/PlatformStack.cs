using Infra;
using Infra.Random;

namespace Platform;

/// <summary>The platform: data-service clusters and CI controllers per environment.</summary>
public sealed class PlatformStack : Stack
{
    /// <summary>Builds the platform from the stack's configuration.</summary>
    public PlatformStack()
    {
        var config = new Config();
        var environment = config.Get("environment") ?? "dev";
        var suffix = new RandomId("suffix", new RandomIdArgs { ByteLength = 4 });
        var adminPassword = new RandomPassword("admin-password", new RandomStringArgs { Length = 24, MinSpecial = 2 });
        Environment = Output.Create(environment);
        Suffix = suffix.Hex;
        AdminPassword = adminPassword.Result;
    }

    /// <summary>The environment name.</summary>
    [Output]
    public Output<string> Environment { get; }

    /// <summary>A random suffix for globally unique names.</summary>
    [Output]
    public Output<string> Suffix { get; }

    /// <summary>The platform admin password (secret).</summary>
    [Output]
    public Output<string> AdminPassword { get; }
}
