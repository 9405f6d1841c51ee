namespace Infra.Consul;

/// <summary>Arguments of <see cref="Key"/>.</summary>
public sealed class KeyArgs : ConsulResourceArgs
{
    /// <summary>The key, e.g. <c>config/app/feature</c>; changing it replaces the entry.</summary>
    [Input("key")]
    public required Input<string> KeyPath { get; init; }

    /// <summary>The value (UTF-8 text); pass a secret to keep it encrypted in state.</summary>
    public required Input<string> Value { get; init; }

    /// <summary>Opaque unsigned flags stored with the value.</summary>
    public Input<int>? Flags { get; init; }
}
