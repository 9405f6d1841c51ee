namespace Infra.Compositions.FieldPaths;

/// <summary>One step of a field path: a named field or an array index.</summary>
internal readonly record struct Segment(string? Field, int Index)
{
    public bool IsIndex => Field is null;

    public static Segment OfField(string name) => new(name, -1);

    public static Segment OfIndex(int index) => new(null, index);
}
