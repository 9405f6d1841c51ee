using Infra.Properties;

namespace Infra.Engine.Planning;

/// <summary>Keeps recorded values at ignored paths, so changes there neither show nor apply (as Pulumi's ignoreChanges).</summary>
public static class IgnoreChanges
{
    /// <summary>Returns <paramref name="inputs"/> with the values at <paramref name="paths"/> taken from <paramref name="old"/>.</summary>
    public static PropertyMap Apply(PropertyMap inputs, PropertyMap? old, IReadOnlyList<string> paths)
    {
        if (old is null || paths.Count == 0)
        {
            return inputs;
        }
        foreach (var path in paths)
        {
            var segments = path.Split('.');
            inputs = Set(inputs, old, segments, 0);
        }
        return inputs;
    }

    private static PropertyMap Set(PropertyMap target, PropertyMap source, string[] segments, int index)
    {
        var key = segments[index];
        var sourceValue = source.Get(key);
        if (index == segments.Length - 1)
        {
            return sourceValue is null ? target.Remove(key) : target.SetItem(key, sourceValue);
        }
        var targetChild = target.Get(key)?.Unsecret();
        var sourceChild = sourceValue?.Unsecret();
        if (targetChild?.Kind != PropertyValueKind.Object || sourceChild?.Kind != PropertyValueKind.Object)
        {
            return target;
        }
        return target.SetItem(key, PropertyValue.Create(Set(targetChild.ObjectValue, sourceChild.ObjectValue, segments, index + 1)));
    }
}
