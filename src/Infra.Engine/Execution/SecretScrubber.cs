using System.Text;
using Infra.Properties;

namespace Infra.Engine.Execution;

/// <summary>Removes secret values (and their base64 forms) from text that may echo them, such as provider errors.</summary>
public static class SecretScrubber
{
    /// <summary>Replaces every secret string found in <paramref name="sources"/> with <c>[secret]</c>.</summary>
    public static string Scrub(string text, params PropertyMap?[] sources)
    {
        var secrets = new List<string>();
        foreach (var source in sources)
        {
            if (source is { ContainsSecrets: true })
            {
                Collect(PropertyValue.Create(source), inSecret: false, secrets);
            }
        }
        foreach (var secret in secrets.Where(s => s.Length >= 3).OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, PropertyJson.SecretText, StringComparison.Ordinal)
                .Replace(Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)), PropertyJson.SecretText, StringComparison.Ordinal);
        }
        return text;
    }

    private static void Collect(PropertyValue value, bool inSecret, List<string> into)
    {
        switch (value.Kind)
        {
            case PropertyValueKind.Secret:
                Collect(value.SecretValue, true, into);
                break;
            case PropertyValueKind.String when inSecret:
                into.Add(value.StringValue);
                break;
            case PropertyValueKind.Number when inSecret:
                into.Add(value.ToString());
                break;
            case PropertyValueKind.Array:
                foreach (var item in value.ArrayValue)
                {
                    Collect(item, inSecret, into);
                }
                break;
            case PropertyValueKind.Object:
                foreach (var (_, item) in value.ObjectValue)
                {
                    Collect(item, inSecret, into);
                }
                break;
        }
    }
}
