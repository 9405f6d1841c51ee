namespace Infra.Consul;

/// <summary>Arguments of <see cref="ConfigEntry"/>.</summary>
public sealed class ConfigEntryArgs : ConsulResourceArgs
{
    /// <summary>The entry kind; changing it replaces the entry.</summary>
    public required Input<string> Kind { get; init; }

    /// <summary>The entry name (<c>global</c> for proxy-defaults, <c>mesh</c> for mesh); changing it replaces the entry.</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The entry's other fields as a JSON object in Consul's names, e.g. <c>{"Protocol":"http"}</c>.</summary>
    public Input<string>? Config { get; init; }
}
