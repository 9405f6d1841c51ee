using System.Text;
using System.Text.RegularExpressions;

namespace Infra.Properties;

/// <summary>Computes property-level differences between two property maps as readable paths.</summary>
public static partial class PropertyDiff
{
    /// <summary>
    /// Returns the paths (e.g. <c>spec.replicas</c>, <c>tags["a.b"]</c>, <c>items[2]</c>) whose values differ.
    /// A path is reported at the deepest level where both sides are still objects or equal-length arrays.
    /// </summary>
    public static IReadOnlyList<string> Compute(PropertyMap? oldMap, PropertyMap newMap)
    {
        var paths = new List<string>();
        CompareMaps(oldMap ?? PropertyMap.Empty, newMap, "", paths);
        return paths;
    }

    /// <summary>Like <see cref="Compute"/>, with the old and new value at each path (null where absent).</summary>
    public static IReadOnlyList<PropertyChange> ComputeDetailed(PropertyMap? oldMap, PropertyMap newMap)
    {
        var oldRoot = PropertyValue.Create(oldMap ?? PropertyMap.Empty);
        var newRoot = PropertyValue.Create(newMap);
        var changes = new List<PropertyChange>();
        foreach (var path in Compute(oldMap, newMap))
        {
            var before = PropertyPath.Get(oldRoot, path);
            var after = PropertyPath.Get(newRoot, path);
            var kind = before is null ? PropertyChangeKind.Add : after is null ? PropertyChangeKind.Delete : PropertyChangeKind.Update;
            changes.Add(new PropertyChange(path, kind, before, after));
        }
        return changes;
    }

    /// <summary>Appends a key to a path, quoting it when it is not a plain identifier.</summary>
    public static string Append(string path, string key)
    {
        if (PlainKey().IsMatch(key))
        {
            return path.Length == 0 ? key : path + "." + key;
        }
        return path + "[\"" + key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";
    }

    /// <summary>True when <paramref name="path"/> equals <paramref name="prefix"/> or lies below it.</summary>
    public static bool IsUnder(string path, string prefix) =>
        path == prefix || (path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length && (path[prefix.Length] == '.' || path[prefix.Length] == '['));

    /// <summary>The top-level key of a path (<c>spec</c> for <c>spec.replicas</c>).</summary>
    public static string TopLevelKey(string path)
    {
        if (path.StartsWith("[\"", StringComparison.Ordinal))
        {
            var sb = new StringBuilder();
            for (var i = 2; i < path.Length; i++)
            {
                if (path[i] == '\\' && i + 1 < path.Length)
                {
                    sb.Append(path[++i]);
                }
                else if (path[i] == '"')
                {
                    break;
                }
                else
                {
                    sb.Append(path[i]);
                }
            }
            return sb.ToString();
        }
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    private static void CompareMaps(PropertyMap oldMap, PropertyMap newMap, string prefix, List<string> paths)
    {
        foreach (var (key, newValue) in newMap)
        {
            var path = Append(prefix, key);
            if (oldMap.TryGetValue(key, out var oldValue))
            {
                CompareValues(oldValue, newValue, path, paths);
            }
            else
            {
                paths.Add(path);
            }
        }
        foreach (var (key, _) in oldMap)
        {
            if (!newMap.ContainsKey(key))
            {
                paths.Add(Append(prefix, key));
            }
        }
    }

    private static void CompareValues(PropertyValue oldValue, PropertyValue newValue, string path, List<string> paths)
    {
        if (oldValue.Equals(newValue))
        {
            return;
        }
        var oldPlain = oldValue.Unsecret();
        var newPlain = newValue.Unsecret();
        if (oldPlain.Kind == PropertyValueKind.Object && newPlain.Kind == PropertyValueKind.Object && !(oldValue.Kind == PropertyValueKind.Secret || newValue.Kind == PropertyValueKind.Secret))
        {
            CompareMaps(oldPlain.ObjectValue, newPlain.ObjectValue, path, paths);
            return;
        }
        if (oldPlain.Kind == PropertyValueKind.Array && newPlain.Kind == PropertyValueKind.Array
            && oldPlain.ArrayValue.Length == newPlain.ArrayValue.Length && !(oldValue.Kind == PropertyValueKind.Secret || newValue.Kind == PropertyValueKind.Secret))
        {
            for (var i = 0; i < oldPlain.ArrayValue.Length; i++)
            {
                CompareValues(oldPlain.ArrayValue[i], newPlain.ArrayValue[i], path + "[" + i + "]", paths);
            }
            return;
        }
        paths.Add(path);
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainKey();
}
