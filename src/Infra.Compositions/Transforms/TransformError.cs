namespace Infra.Compositions.Transforms;

/// <summary>Formats the transform chain's error messages (SPEC §5).</summary>
internal static class TransformError
{
    public static string AtIndex(int index, string message) => $"transform at index {index} returned error: {message}";

    public static string CouldNotResolve(string type, string detail) => $"{type} transform could not resolve: {detail}";
}
