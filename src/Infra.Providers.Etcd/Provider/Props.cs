using System.Collections.Immutable;
using Grpc.Core;
using Infra.Etcd.Client;
using Infra.Properties;

namespace Infra.Etcd.Provider;

/// <summary>Reading and building property values.</summary>
internal static class Props
{
    public static string? Text(PropertyMap map, string key) =>
        map.Get(key)?.Unsecret() is { Kind: PropertyValueKind.String } value ? value.StringValue : null;

    public static bool IsUnknown(PropertyMap map, string key) => map.Get(key)?.Unsecret().Kind == PropertyValueKind.Unknown;

    public static bool IsSecret(PropertyMap map, string key) => map.Get(key)?.Kind == PropertyValueKind.Secret;

    public static double? Number(PropertyMap map, string key) =>
        map.Get(key)?.Unsecret() is { Kind: PropertyValueKind.Number } value ? value.NumberValue : null;

    public static IReadOnlyList<string> Texts(PropertyMap map, string key) =>
        map.Get(key)?.Unsecret() is { Kind: PropertyValueKind.Array } value
            ? value.ArrayValue.Select(v => v.Unsecret()).Where(v => v.Kind == PropertyValueKind.String).Select(v => v.StringValue).ToList()
            : [];

    public static PropertyValue Strings(IEnumerable<string> items) => PropertyValue.Create(items.Select(PropertyValue.Create).ToImmutableArray());

    /// <summary>Wraps <paramref name="value"/> as a secret when the recorded value was one.</summary>
    public static PropertyValue SecretLike(PropertyValue value, PropertyMap recorded, string key) =>
        IsSecret(recorded, key) ? PropertyValue.MakeSecret(value) : value;

    /// <summary>True when etcd said the thing does not exist ("role name not found", "requested lease not found"…).</summary>
    public static bool IsNotFound(EtcdException e) =>
        e.InnerException is RpcException rpc && rpc.Status.Detail.Contains("not found", StringComparison.Ordinal);
}
