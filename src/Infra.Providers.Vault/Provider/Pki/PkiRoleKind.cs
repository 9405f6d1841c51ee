using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Vault.Provider.Pki;

/// <summary>
/// <see cref="PkiRole"/>: <c>{mount}/roles/{name}</c> of a pki engine, the template certificates are issued from.
/// ID = that path. Every setting is compared with the live role (Vault answers TTLs in seconds).
/// </summary>
internal sealed class PkiRoleKind : PathResourceKind
{
    private static readonly (string Input, string Api)[] Flags =
    [
        ("allowSubdomains", "allow_subdomains"),
        ("allowBareDomains", "allow_bare_domains"),
        ("allowAnyName", "allow_any_name"),
        ("serverFlag", "server_flag"),
        ("clientFlag", "client_flag"),
    ];

    public override IReadOnlyList<string> InputKeys { get; } =
        ["mount", "name", "issuerRef", "allowedDomains", "keyType", "keyBits", "ttlSeconds", "maxTtlSeconds", .. Flags.Select(f => f.Input)];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["mount", "name"];

    protected override string Noun => "PKI role";

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "mount", failures);
        PathLike(inputs, "mount", failures);
        Require(inputs, "name", failures);
        OneOf(inputs, "keyType", PkiKeys.Types, failures);
        NotNegative(inputs, ["keyBits", "ttlSeconds", "maxTtlSeconds"], failures);
        return failures;
    }

    protected override string PathOf(PropertyMap inputs) => $"{Props.Text(inputs, "mount")}/roles/{Props.Text(inputs, "name")}";

    protected override JsonObject Body(PropertyMap inputs)
    {
        var body = new JsonObject { ["allowed_domains"] = JsonList(Props.Texts(inputs, "allowedDomains")) };
        foreach (var (input, api) in Flags)
        {
            if (Props.Flag(inputs, input) is { } flag)
            {
                body[api] = flag;
            }
        }
        if (Props.Text(inputs, "issuerRef") is { } issuer)
        {
            body["issuer_ref"] = issuer;
        }
        if (Props.Text(inputs, "keyType") is { } keyType)
        {
            body["key_type"] = keyType;
        }
        if (Props.Whole(inputs, "keyBits") is { } bits)
        {
            body["key_bits"] = bits;
        }
        if (Props.Whole(inputs, "ttlSeconds") is { } ttl)
        {
            body["ttl"] = Props.Seconds(ttl);
        }
        if (Props.Whole(inputs, "maxTtlSeconds") is { } max)
        {
            body["max_ttl"] = Props.Seconds(max);
        }
        return body;
    }

    protected override PropertyMap Live(string path, JsonObject data)
    {
        var (mount, name) = Split(path, "roles");
        var live = PropertyMap.Create(
            ("mount", PropertyValue.Create(mount)),
            ("name", PropertyValue.Create(name)),
            ("issuerRef", PropertyValue.Create(Props.JsonText(data["issuer_ref"]))),
            ("allowedDomains", Props.Strings(Props.JsonTexts(data["allowed_domains"]))),
            ("keyType", PropertyValue.Create(Props.JsonText(data["key_type"]))),
            ("keyBits", PropertyValue.Create(Props.JsonWhole(data["key_bits"]))),
            ("ttlSeconds", PropertyValue.Create(Props.JsonWhole(data["ttl"]))),
            ("maxTtlSeconds", PropertyValue.Create(Props.JsonWhole(data["max_ttl"]))));
        return Flags.Aggregate(live, (map, f) => map.SetItem(f.Input, PropertyValue.Create(Props.JsonFlag(data[f.Api]))));
    }
}
