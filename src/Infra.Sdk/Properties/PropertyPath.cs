using System.Text;

namespace Infra.Properties;

/// <summary>Reads values at paths written the way <see cref="PropertyDiff"/> writes them (<c>a.b[0]["x.y"]</c>).</summary>
public static class PropertyPath
{
    /// <summary>The value at <paramref name="path"/>, or null when absent.</summary>
    public static PropertyValue? Get(PropertyValue root, string path)
    {
        PropertyValue? current = root;
        foreach (var segment in Parse(path))
        {
            current = current?.Unsecret();
            if (current is null)
            {
                return null;
            }
            if (segment.Index is { } index)
            {
                current = current.Kind == PropertyValueKind.Array && index < current.ArrayValue.Length ? current.ArrayValue[index] : null;
            }
            else
            {
                current = current.Kind == PropertyValueKind.Object ? current.ObjectValue.Get(segment.Key!) : null;
            }
        }
        return current;
    }

    /// <summary>Splits a path into keys and indexes.</summary>
    public static IReadOnlyList<(string? Key, int? Index)> Parse(string path)
    {
        var segments = new List<(string?, int?)>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
                continue;
            }
            if (path[i] == '[')
            {
                if (i + 1 < path.Length && path[i + 1] == '"')
                {
                    var key = new StringBuilder();
                    i += 2;
                    while (i < path.Length && path[i] != '"')
                    {
                        if (path[i] == '\\' && i + 1 < path.Length)
                        {
                            i++;
                        }
                        key.Append(path[i++]);
                    }
                    i += 2; // closing quote and bracket
                    segments.Add((key.ToString(), null));
                }
                else
                {
                    var end = path.IndexOf(']', i);
                    end = end < 0 ? path.Length : end;
                    segments.Add((null, int.Parse(path.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture)));
                    i = end + 1;
                }
                continue;
            }
            var stop = path.IndexOfAny(['.', '['], i);
            stop = stop < 0 ? path.Length : stop;
            segments.Add((path[i..stop], null));
            i = stop;
        }
        return segments;
    }
}
