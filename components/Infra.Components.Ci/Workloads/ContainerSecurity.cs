namespace Infra.Components.Ci.Workloads;

/// <summary>A container security context (the fields the CI components set).</summary>
public sealed record ContainerSecurity
{
    /// <summary>Refuse to start as root.</summary>
    public bool? RunAsNonRoot { get; init; }

    /// <summary>The user id.</summary>
    public long? RunAsUser { get; init; }

    /// <summary>Whether setuid binaries may raise privileges.</summary>
    public bool? AllowPrivilegeEscalation { get; init; }

    /// <summary>Mount the image read-only.</summary>
    public bool? ReadOnlyRootFilesystem { get; init; }

    /// <summary>Capabilities to add and drop.</summary>
    public ContainerCapabilities? Capabilities { get; init; }

    /// <summary>The seccomp profile.</summary>
    public SeccompProfile? SeccompProfile { get; init; }

    /// <summary>Non-root, no privilege escalation, all capabilities dropped, runtime-default seccomp.</summary>
    public static ContainerSecurity Restricted { get; } = new()
    {
        RunAsNonRoot = true,
        AllowPrivilegeEscalation = false,
        ReadOnlyRootFilesystem = true,
        Capabilities = new ContainerCapabilities(null, ["ALL"]),
        SeccompProfile = new SeccompProfile("RuntimeDefault"),
    };

    /// <summary>As <see cref="Restricted"/> but with a writable root filesystem (tools that write to $HOME or /tmp).</summary>
    public static ContainerSecurity RestrictedWritable { get; } = Restricted with { ReadOnlyRootFilesystem = false };
}
