namespace Infra.Cli.Graph;

/// <summary>Sizes used by the layout and the SVG writer (12px sans-serif text).</summary>
internal static class LayoutMetrics
{
    public const int FontSize = 12;
    public const int CharWidth = 7;
    public const int LineHeight = 16;
    public const int NodePadding = 10;
    public const int NodeHeight = (2 * LineHeight) + (2 * 6);
    public const int MinNodeWidth = 90;
    public const int ItemGap = 24;
    public const int LayerGap = 48;
    public const int ClusterPadding = 14;
    public const int ClusterTitle = 22;
    public const int Margin = 16;

    /// <summary>An estimate of the width of <paramref name="text"/> (no font measuring, so output is the same on every machine).</summary>
    public static int TextWidth(string text) => text.Length * CharWidth;
}
