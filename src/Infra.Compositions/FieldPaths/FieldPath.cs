using System.Globalization;
using System.Text;

namespace Infra.Compositions.FieldPaths;

/// <summary>Parses and prints crossplane-runtime field paths (<c>spec.list[0].name</c>, <c>metadata.labels[a.b/c]</c>).</summary>
internal static class FieldPath
{
    /// <summary>Parses <paramref name="path"/> into segments, or returns the upstream error message.</summary>
    public static IReadOnlyList<Segment>? Parse(string path, out FieldError? error)
    {
        error = null;
        var segments = new List<Segment>();
        var i = 0;
        while (i < path.Length)
        {
            var c = path[i];
            if (c == '.')
            {
                if (i == 0 || path[i - 1] == '.' || i == path.Length - 1)
                    return Fail(path, "unexpected '.'", i, out error);
                i++;
                continue;
            }
            if (c == '[')
            {
                if (i > 0 && path[i - 1] == '.') return Fail(path, "unexpected '['", i, out error);
                var close = path.IndexOf(']', i + 1);
                if (close < 0) return Fail(path, "unterminated '['", i, out error);
                var content = path[(i + 1)..close];
                if (content.Length == 0) return Fail(path, "unexpected ']'", close, out error);
                if (content.Contains('[')) return Fail(path, "unexpected '['", i + 1 + content.IndexOf('['), out error);
                segments.Add(uint.TryParse(content, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index <= int.MaxValue
                    ? Segment.OfIndex((int)index)
                    : Segment.OfField(StripQuotes(content)));
                i = close + 1;
                continue;
            }
            if (c == ']') return Fail(path, "unexpected ']'", i, out error);
            var start = i;
            while (i < path.Length && path[i] is not ('.' or '[' or ']')) i++;
            segments.Add(Segment.OfField(StripQuotes(path[start..i])));
        }
        return segments;
    }

    private static IReadOnlyList<Segment>? Fail(string path, string what, int position, out FieldError error)
    {
        error = new FieldError($"cannot parse path \"{path}\": {what} at position {position}");
        return null;
    }

    private static string StripQuotes(string field) => field.Trim('\'', '"');

    /// <summary>Prints segments the way crossplane-runtime does in error messages.</summary>
    public static string Format(IEnumerable<Segment> segments)
    {
        var sb = new StringBuilder();
        foreach (var s in segments)
        {
            if (s.IsIndex)
            {
                sb.Append('[').Append(s.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (s.Field!.Contains('.') || s.Field == "*")
            {
                sb.Append('[').Append(s.Field).Append(']');
            }
            else
            {
                if (sb.Length > 0) sb.Append('.');
                sb.Append(s.Field);
            }
        }
        return sb.ToString();
    }
}
