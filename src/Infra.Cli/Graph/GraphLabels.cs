namespace Infra.Cli.Graph;

/// <summary>Short texts for nodes and clusters.</summary>
internal static class GraphLabels
{
    /// <summary>The part of a type token after its last colon.</summary>
    public static string ShortType(string type)
    {
        var colon = type.LastIndexOf(':');
        return colon >= 0 && colon < type.Length - 1 ? type[(colon + 1)..] : type;
    }
}
