using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Vault.Provider.Database;

/// <summary>
/// <see cref="DatabaseConnection"/>: <c>{mount}/config/{name}</c> of a database engine. ID = that path. Vault never
/// returns the password, so it stays as recorded (always secret) and only the other settings show drift. A new plugin
/// replaces the connection.
/// </summary>
internal sealed class DatabaseConnectionKind : PathResourceKind
{
    public override IReadOnlyList<string> InputKeys { get; } =
        ["mount", "name", "pluginName", "connectionUrl", "username", "password", "allowedRoles", "verifyConnection"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["mount", "name", "pluginName"];

    protected override string Noun => "database connection";

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        PathLike(inputs, "mount", failures);
        Require(inputs, "name", failures);
        Require(inputs, "pluginName", failures);
        Require(inputs, "connectionUrl", failures);
        if (Props.Text(inputs, "connectionUrl") is { } url && Props.Text(inputs, "password") is { Length: > 0 } password && url.Contains(password, StringComparison.Ordinal))
        {
            failures.Add(new CheckFailure("connectionUrl", "must not contain the password: use the {{username}} and {{password}} templates"));
        }
        return failures;
    }

    public override PropertyMap Normalize(PropertyMap inputs)
    {
        inputs = inputs.ContainsKey("mount") ? inputs : inputs.SetItem("mount", PropertyValue.Create("database"));
        return inputs.Get("password") is { } password ? inputs.SetItem("password", PropertyValue.MakeSecret(password.Unsecret())) : inputs;
    }

    protected override string PathOf(PropertyMap inputs) => $"{Props.TextOr(inputs, "mount", "database")}/config/{Props.Text(inputs, "name")}";

    protected override JsonObject Body(PropertyMap inputs)
    {
        var body = new JsonObject
        {
            ["plugin_name"] = Props.Text(inputs, "pluginName"),
            ["connection_url"] = Props.Text(inputs, "connectionUrl"),
            ["allowed_roles"] = JsonList(Props.Texts(inputs, "allowedRoles")),
            ["verify_connection"] = Props.Flag(inputs, "verifyConnection") ?? true,
        };
        if (Props.Text(inputs, "username") is { } username)
        {
            body["username"] = username;
        }
        if (Props.Text(inputs, "password") is { } password)
        {
            body["password"] = password;
        }
        return body;
    }

    protected override PropertyMap Live(string path, JsonObject data)
    {
        var (mount, name) = Split(path, "config");
        var details = data["connection_details"] as JsonObject ?? [];
        return PropertyMap.Create(
            ("mount", PropertyValue.Create(mount)),
            ("name", PropertyValue.Create(name)),
            ("pluginName", PropertyValue.Create(Props.JsonText(data["plugin_name"]))),
            ("connectionUrl", PropertyValue.Create(Props.JsonText(details["connection_url"]))),
            ("username", PropertyValue.Create(Props.JsonText(details["username"]))),
            ("allowedRoles", Props.Strings(Props.JsonTexts(data["allowed_roles"]))),
            ("verifyConnection", PropertyValue.Create(data["verify_connection"] is null || Props.JsonFlag(data["verify_connection"]))));
    }

    /// <summary>The password is write-only in Vault: outputs carry the recorded one, always secret.</summary>
    protected override PropertyMap Outputs(PropertyMap live, PropertyMap inputs) =>
        inputs.Get("password") is { } password ? live.SetItem("password", PropertyValue.MakeSecret(password.Unsecret())) : live;
}
