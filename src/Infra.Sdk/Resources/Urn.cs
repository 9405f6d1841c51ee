namespace Infra;

/// <summary>Builds and reads Pulumi-shaped URNs: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualified type&gt;::&lt;name&gt;</c>.</summary>
public static class Urn
{
    /// <summary>The type token of the root stack resource.</summary>
    public const string StackType = "pulumi:pulumi:Stack";

    /// <summary>Creates a URN.</summary>
    public static string Create(string stack, string project, string? parentQualifiedType, string type, string name) =>
        $"urn:pulumi:{stack}::{project}::{(string.IsNullOrEmpty(parentQualifiedType) ? type : parentQualifiedType + "$" + type)}::{name}";

    /// <summary>The name part of a URN.</summary>
    public static string Name(string urn) =>
        TryGetParts(urn, out _, out var nameStart) ? urn[nameStart..] : urn;

    /// <summary>The qualified type part of a URN (parent types joined by <c>$</c>).</summary>
    public static string QualifiedType(string urn) =>
        TryGetParts(urn, out var type, out _) ? urn.Substring(type.Start, type.Length) : "";

    // The URN's parts are separated by "::"; the name is everything after the third separator (it may contain more).
    private static bool TryGetParts(string urn, out (int Start, int Length) qualifiedType, out int nameStart)
    {
        qualifiedType = default;
        nameStart = 0;
        var first = urn.IndexOf("::", StringComparison.Ordinal);
        var second = first < 0 ? -1 : urn.IndexOf("::", first + 2, StringComparison.Ordinal);
        var third = second < 0 ? -1 : urn.IndexOf("::", second + 2, StringComparison.Ordinal);
        if (third < 0)
        {
            return false;
        }
        qualifiedType = (second + 2, third - second - 2);
        nameStart = third + 2;
        return true;
    }

    /// <summary>The resource's own type token (last segment of the qualified type).</summary>
    public static string Type(string urn)
    {
        var qualified = QualifiedType(urn);
        var index = qualified.LastIndexOf('$');
        return index < 0 ? qualified : qualified[(index + 1)..];
    }

    /// <summary>True when <paramref name="urn"/> has the URN shape.</summary>
    public static bool IsValid(string urn) => urn.StartsWith("urn:pulumi:", StringComparison.Ordinal) && TryGetParts(urn, out _, out _);
}
