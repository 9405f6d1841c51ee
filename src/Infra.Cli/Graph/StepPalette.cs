namespace Infra.Cli.Graph;

/// <summary>The colours of step kinds, shared by the DOT, Mermaid, SVG and HTML output.</summary>
internal static class StepPalette
{
    /// <summary>The kinds a legend lists, in this order.</summary>
    public static IReadOnlyList<string> LegendKinds { get; } = ["create", "update", "replace", "delete", "same"];

    /// <summary>The fill colour of a node with this step kind.</summary>
    public static string Fill(string kind) => kind switch
    {
        "create" => "#dafbe1",
        "update" => "#fff8c5",
        "replace" => "#fbefff",
        "delete" or "delete-replaced" => "#ffebe9",
        "read" or "refresh" => "#ddf4ff",
        _ => "#f6f8fa",
    };

    /// <summary>The border (and text accent) colour of a node with this step kind.</summary>
    public static string Stroke(string kind) => kind switch
    {
        "create" => "#1a7f37",
        "update" => "#9a6700",
        "replace" => "#8250df",
        "delete" or "delete-replaced" => "#cf222e",
        "read" or "refresh" => "#0969da",
        _ => "#6e7781",
    };

    /// <summary>A class name for the kind (<c>delete-replaced</c> shares <c>delete</c>).</summary>
    public static string ClassName(string kind) => kind switch
    {
        "create" or "update" or "replace" or "same" => kind,
        "delete" or "delete-replaced" => "delete",
        "read" or "refresh" => "read",
        _ => "same",
    };
}
