namespace Infra.Cli.Graph;

/// <summary>A rectangle in pixels, origin top left.</summary>
internal readonly record struct LayoutBox(int X, int Y, int Width, int Height)
{
    /// <summary>The horizontal centre.</summary>
    public int CenterX => X + (Width / 2);

    /// <summary>The bottom edge.</summary>
    public int Bottom => Y + Height;

    /// <summary>The box moved by an offset.</summary>
    public LayoutBox Offset(int dx, int dy) => this with { X = X + dx, Y = Y + dy };
}
