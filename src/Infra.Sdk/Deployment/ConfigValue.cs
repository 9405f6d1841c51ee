namespace Infra.Deployment;

/// <summary>A configuration value as the program sees it: the text (JSON for objects and arrays) and whether it is secret.</summary>
/// <param name="Value">The value text.</param>
/// <param name="IsSecret">True when the value must be treated as a secret.</param>
/// <param name="IsObject">True when <paramref name="Value"/> is JSON (objects, arrays).</param>
public sealed record ConfigValue(string Value, bool IsSecret, bool IsObject = false)
{
    /// <summary>Redacted rendering.</summary>
    public override string ToString() => IsSecret ? "[secret]" : Value;
}
