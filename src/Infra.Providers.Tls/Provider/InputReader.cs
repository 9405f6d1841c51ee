using Infra.Properties;

namespace Infra.Providers.Tls;

/// <summary>
/// Reads a resource's input properties (secrets already revealed) as typed values. A value that is unknown
/// (during preview) or has the wrong shape reads as null; wrong shapes and missing required values are
/// recorded in <see cref="Errors"/>, unknowns are not. Messages never echo values, so no key material leaks.
/// </summary>
internal sealed class InputReader(PropertyMap inputs, FieldErrors errors, string prefix = "")
{
    internal FieldErrors Errors => errors;

    /// <summary>True when the property is present and is or contains an unknown value.</summary>
    internal bool IsUnknown(string key) => inputs.Get(key) is { ContainsUnknowns: true };

    internal string? String(string key, bool required = false, string? fallback = null)
    {
        var value = Present(key, required);
        if (value is null || value.ContainsUnknowns)
        {
            return value is null ? fallback : null;
        }
        return value.Kind == PropertyValueKind.String ? value.StringValue : WrongShape<string>(key, value, "a string");
    }

    internal int? Integer(string key, bool required = false, int? fallback = null)
    {
        var value = Present(key, required);
        if (value is null || value.ContainsUnknowns)
        {
            return value is null ? fallback : null;
        }
        if (value.Kind == PropertyValueKind.Number && value.NumberValue == Math.Floor(value.NumberValue) && value.NumberValue is >= int.MinValue and <= int.MaxValue)
        {
            return (int)value.NumberValue;
        }
        Errors.Add(Path(key), $"must be a whole number, not {Describe(value)}");
        return null;
    }

    internal bool? Bool(string key, bool fallback)
    {
        var value = Present(key, required: false);
        if (value is null || value.ContainsUnknowns)
        {
            return value is null ? fallback : null;
        }
        return value.Kind == PropertyValueKind.Bool ? value.BoolValue : WrongShape<bool?>(key, value, "true or false");
    }

    /// <summary>A list of strings; absent reads as empty unless <paramref name="required"/>.</summary>
    internal IReadOnlyList<string>? Strings(string key, bool required = false)
    {
        var value = Present(key, required);
        if (value is null || value.ContainsUnknowns)
        {
            return value is null && !required ? [] : null;
        }
        if (value.Kind != PropertyValueKind.Array)
        {
            return WrongShape<IReadOnlyList<string>>(key, value, "a list of strings");
        }
        var items = new List<string>();
        var valid = true;
        for (var i = 0; i < value.ArrayValue.Length; i++)
        {
            var item = value.ArrayValue[i];
            if (item.Kind == PropertyValueKind.String)
            {
                items.Add(item.StringValue);
            }
            else
            {
                Errors.Add($"{Path(key)}[{i}]", $"must be a string, not {Describe(item)}");
                valid = false;
            }
        }
        return valid ? items : null;
    }

    /// <summary>A nested object's reader (paths get the <c>key.</c> prefix); absent reads as an empty object.</summary>
    internal InputReader? Object(string key)
    {
        var value = Present(key, required: false);
        if (value is null)
        {
            return new InputReader(PropertyMap.Empty, errors, Path(key) + ".");
        }
        if (value.ContainsUnknowns)
        {
            return null;
        }
        return value.Kind == PropertyValueKind.Object
            ? new InputReader(value.ObjectValue, errors, Path(key) + ".")
            : WrongShape<InputReader>(key, value, "an object");
    }

    /// <summary>Records every property that is not one of <paramref name="allowed"/> (typos would otherwise be ignored).</summary>
    internal void RejectUnexpected(IReadOnlyCollection<string> allowed, string owner)
    {
        foreach (var key in inputs.Keys.Where(k => !allowed.Contains(k)))
        {
            Errors.Add(Path(key), $"is not a property of {owner}; expected one of {string.Join(", ", allowed)}");
        }
    }

    private PropertyValue? Present(string key, bool required)
    {
        var value = inputs.Get(key);
        if (value is null || value.IsNull)
        {
            if (required)
            {
                Errors.Add(Path(key), "is required");
            }
            return null;
        }
        return value;
    }

    private T? WrongShape<T>(string key, PropertyValue value, string expected)
    {
        Errors.Add(Path(key), $"must be {expected}, not {Describe(value)}");
        return default;
    }

    private string Path(string key) => prefix + key;

    private static string Describe(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.String => "a string",
        PropertyValueKind.Number => "a number",
        PropertyValueKind.Bool => "a boolean",
        PropertyValueKind.Array => "a list",
        PropertyValueKind.Object => "an object",
        _ => value.Kind.ToString().ToLowerInvariant(),
    };
}
