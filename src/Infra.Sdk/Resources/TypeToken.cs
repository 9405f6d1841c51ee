namespace Infra;

/// <summary>Reads Pulumi-shaped type tokens: <c>&lt;package&gt;:&lt;module&gt;:&lt;Name&gt;</c>.</summary>
public static class TypeToken
{
    /// <summary>The package part (the provider that manages the type), e.g. <c>kubernetes</c>; the whole token when it has no <c>:</c>.</summary>
    public static string Package(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var colon = type.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? type[..colon] : type;
    }
}
