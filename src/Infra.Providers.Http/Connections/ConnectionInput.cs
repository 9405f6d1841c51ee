using Infra.Properties;
using Infra.Providers;

namespace Infra.Providers.Connections;

/// <summary>
/// The <c>connection</c> input a resource may carry (an explicit provider instance whose settings are outputs of other
/// resources, e.g. a cluster's endpoint and CA): the API address, a token, the CA certificate (PEM) and whether to
/// apply. Without it the provider uses its stack config. Shared by the Vault and Consul providers.
/// </summary>
internal sealed record ConnectionInput(string Address, string? Token, string? CaCertPem, bool Apply)
{
    public const string Key = "connection";

    /// <summary>The connection of checked inputs; null when there is none or it is not known yet (preview).</summary>
    public static ConnectionInput? From(PropertyMap inputs)
    {
        if (inputs.Get(Key)?.Unsecret() is not { Kind: PropertyValueKind.Object, ContainsUnknowns: false } value)
        {
            return null;
        }
        var map = value.ObjectValue;
        string? Text(string key) => map.Get(key)?.Unsecret() is { Kind: PropertyValueKind.String, StringValue.Length: > 0 } text ? text.StringValue : null;
        return new ConnectionInput(Text("address") ?? "", Text("token"), Text("caCertPem"), map.Get("apply")?.Unsecret() is not { Kind: PropertyValueKind.Bool, BoolValue: false });
    }

    /// <summary>
    /// The connection's <c>apply</c> flag, read on its own so that unknown addresses or CAs (a preview before the cluster
    /// exists) do not hide a known <c>apply: false</c>: true without a connection or flag, null while the flag is unknown.
    /// </summary>
    public static bool? ApplyOf(PropertyMap inputs) => inputs.Get(Key)?.Unsecret() switch
    {
        null => true,
        { Kind: PropertyValueKind.Object } connection => connection.ObjectValue.Get("apply")?.Unsecret() switch
        {
            null => true,
            { Kind: PropertyValueKind.Bool } flag => flag.BoolValue,
            { Kind: PropertyValueKind.Unknown } => null,
            _ => true,
        },
        { Kind: PropertyValueKind.Unknown } => null,
        _ => true,
    };

    /// <summary>True when the inputs carry a connection with <c>apply: false</c>, whether or not its other values are known.</summary>
    public static bool IsPlanOnly(PropertyMap inputs) => ApplyOf(inputs) == false;

    /// <summary>Marks the token secret, so it is never stored in plain text.</summary>
    public static PropertyMap Normalize(PropertyMap inputs)
    {
        if (inputs.Get(Key)?.Unsecret() is not { Kind: PropertyValueKind.Object } value || value.ObjectValue.Get("token") is not { } token)
        {
            return inputs;
        }
        return inputs.SetItem(Key, PropertyValue.Create(value.ObjectValue.SetItem("token", PropertyValue.MakeSecret(token.Unsecret()))));
    }

    /// <summary>Failures of a connection whose values are known: the address must be an http(s) URL.</summary>
    public static IEnumerable<CheckFailure> Check(PropertyMap inputs)
    {
        if (inputs.Get(Key)?.Unsecret() is { Kind: PropertyValueKind.Object } value
            && value.ObjectValue.Get("address")?.Unsecret() is { Kind: PropertyValueKind.String } address
            && (!Uri.TryCreate(address.StringValue, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            yield return new CheckFailure(Key + ".address", $"must be an http:// or https:// URL, got '{address.StringValue}'");
        }
    }

    /// <summary>True when only the connection differs between old and new inputs.</summary>
    public static bool OnlyConnectionChanged(PropertyMap oldInputs, PropertyMap newInputs) =>
        !Equals(oldInputs.Get(Key)?.RevealSecrets(), newInputs.Get(Key)?.RevealSecrets())
        && Equals(PropertyValue.Create(oldInputs.Remove(Key).RevealSecrets()), PropertyValue.Create(newInputs.Remove(Key).RevealSecrets()));

    /// <summary>A cache key for clients: address, token and CA (hashed, so no secret is kept as a key).</summary>
    public string ClientKey() =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{Address}\n{Token}\n{CaCertPem}")));
}
