using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Infra.Properties;

namespace Infra.Consul.Provider;

/// <summary>Reading inputs and building outputs.</summary>
internal static class Props
{
    public static string? Text(PropertyMap map, string key) =>
        map.Get(key)?.Unsecret() is { Kind: PropertyValueKind.String } value ? value.StringValue : null;

    public static long? Whole(PropertyMap map, string key) =>
        map.Get(key)?.Unsecret() is { Kind: PropertyValueKind.Number } value ? (long)value.NumberValue : null;

    public static bool? Flag(PropertyMap map, string key) =>
        map.Get(key)?.Unsecret() is { Kind: PropertyValueKind.Bool } value ? value.BoolValue : null;

    public static bool IsUnknown(PropertyMap map, string key) => map.Get(key)?.Unsecret().Kind == PropertyValueKind.Unknown;

    public static IReadOnlyList<string> Texts(PropertyMap map, string key) =>
        map.Get(key)?.Unsecret() is { Kind: PropertyValueKind.Array } value
            ? value.ArrayValue.Select(v => v.Unsecret()).Where(v => v.Kind == PropertyValueKind.String).Select(v => v.StringValue).ToList()
            : [];

    public static IReadOnlyDictionary<string, string> TextMap(PropertyMap map, string key) =>
        map.Get(key)?.Unsecret() is { Kind: PropertyValueKind.Object } value
            ? value.ObjectValue.Where(e => e.Value.Unsecret().Kind == PropertyValueKind.String).ToDictionary(e => e.Key, e => e.Value.Unsecret().StringValue, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    public static PropertyValue Map(IEnumerable<KeyValuePair<string, string>> entries) =>
        PropertyValue.Create(PropertyMap.Create(entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => KeyValuePair.Create(e.Key, PropertyValue.Create(e.Value)))));

    public static PropertyValue Strings(IEnumerable<string> items) => PropertyValue.Create(items.Select(PropertyValue.Create).ToImmutableArray());

    public static string JsonText(JsonNode? node) => node switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(),
    };

    public static long JsonWhole(JsonNode? node) => node is JsonValue value && value.TryGetValue<long>(out var whole) ? whole : 0;

    public static List<string> Names(JsonNode? links) =>
        links is JsonArray array ? array.Select(l => JsonText(l?["Name"])).Where(n => n.Length > 0).OrderBy(n => n, StringComparer.Ordinal).ToList() : [];

    public static JsonArray Links(IEnumerable<string> names) => new(names.Select(n => (JsonNode?)new JsonObject { ["Name"] = n }).ToArray());

    /// <summary>The inputs a Read reports: every live value on import, else the recorded inputs updated with live values.</summary>
    public static PropertyMap LiveInputs(PropertyMap recorded, PropertyMap live, IEnumerable<string> inputKeys)
    {
        var keys = inputKeys.ToList();
        if (recorded.Count == 0)
        {
            return PropertyMap.Create(keys.Where(live.ContainsKey).Select(k => KeyValuePair.Create(k, live[k])));
        }
        var result = recorded;
        foreach (var key in keys.Where(k => recorded.ContainsKey(k) && live.ContainsKey(k)))
        {
            result = result.SetItem(key, recorded[key].Kind == PropertyValueKind.Secret ? PropertyValue.MakeSecret(live[key].Unsecret()) : live[key]);
        }
        return result;
    }
}
