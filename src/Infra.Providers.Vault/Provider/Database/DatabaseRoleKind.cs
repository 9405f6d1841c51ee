using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Vault.Provider.Database;

/// <summary>
/// <see cref="DatabaseRole"/>: <c>{mount}/roles/{name}</c> of a database engine, which issues dynamic credentials from
/// a connection. ID = that path. Statements and TTLs are compared with the live role.
/// </summary>
internal sealed class DatabaseRoleKind : PathResourceKind
{
    public override IReadOnlyList<string> InputKeys { get; } =
        ["mount", "name", "dbName", "creationStatements", "revocationStatements", "defaultTtlSeconds", "maxTtlSeconds"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["mount", "name"];

    protected override string Noun => "database role";

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        PathLike(inputs, "mount", failures);
        Require(inputs, "name", failures);
        Require(inputs, "dbName", failures);
        if (inputs.Get("creationStatements") is { ContainsUnknowns: false } && Props.Texts(inputs, "creationStatements").Count == 0)
        {
            failures.Add(new CheckFailure("creationStatements", "needs at least one statement (e.g. CREATE ROLE \"{{name}}\" …)"));
        }
        NotNegative(inputs, ["defaultTtlSeconds", "maxTtlSeconds"], failures);
        if (Props.Whole(inputs, "defaultTtlSeconds") is { } ttl && Props.Whole(inputs, "maxTtlSeconds") is > 0 and var max && ttl > max)
        {
            failures.Add(new CheckFailure("defaultTtlSeconds", $"must not exceed maxTtlSeconds ({max})"));
        }
        return failures;
    }

    public override PropertyMap Normalize(PropertyMap inputs)
    {
        inputs = inputs.ContainsKey("mount") ? inputs : inputs.SetItem("mount", PropertyValue.Create("database"));
        return inputs.ContainsKey("creationStatements") ? inputs : inputs.SetItem("creationStatements", PropertyValue.EmptyArray);
    }

    protected override string PathOf(PropertyMap inputs) => $"{Props.TextOr(inputs, "mount", "database")}/roles/{Props.Text(inputs, "name")}";

    protected override JsonObject Body(PropertyMap inputs)
    {
        var body = new JsonObject
        {
            ["db_name"] = Props.Text(inputs, "dbName"),
            ["creation_statements"] = JsonList(Props.Texts(inputs, "creationStatements")),
            ["revocation_statements"] = JsonList(Props.Texts(inputs, "revocationStatements")),
        };
        if (Props.Whole(inputs, "defaultTtlSeconds") is { } ttl)
        {
            body["default_ttl"] = Props.Seconds(ttl);
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
        return PropertyMap.Create(
            ("mount", PropertyValue.Create(mount)),
            ("name", PropertyValue.Create(name)),
            ("dbName", PropertyValue.Create(Props.JsonText(data["db_name"]))),
            ("creationStatements", Props.Strings(Props.JsonTexts(data["creation_statements"]))),
            ("revocationStatements", Props.Strings(Props.JsonTexts(data["revocation_statements"]))),
            ("defaultTtlSeconds", PropertyValue.Create(Props.JsonWhole(data["default_ttl"]))),
            ("maxTtlSeconds", PropertyValue.Create(Props.JsonWhole(data["max_ttl"]))));
    }
}
