using System.Text.Json.Nodes;
using Infra.Components.Crossplane.Composites;
using Infra.Components.Crossplane.Database;
using Infra.Compositions.Objects;

namespace Infra.Components.Tests.Crossplane;

/// <summary>Environments and in-memory renders of the XDatabase compositions.</summary>
internal static class CompositeFixtures
{
    public static CloudEnvironment Environment(string name) =>
        new(name, name == "prod", "eu-west-1", "europe-west1", "westeurope", "platform-" + name);

    public static JsonObject DatabaseXr(string engine, string version, string sizeClass, int storageGb) => new()
    {
        ["apiVersion"] = "platform.infra.dev/v1alpha1",
        ["kind"] = "XDatabase",
        ["metadata"] = new JsonObject { ["name"] = "orders" },
        ["spec"] = new JsonObject
        {
            ["parameters"] = new JsonObject { ["engine"] = engine, ["engineVersion"] = version, ["sizeClass"] = sizeClass, ["storageGB"] = storageGb },
            ["writeConnectionSecretToRef"] = new JsonObject { ["name"] = "orders-db", ["namespace"] = "apps" },
        },
    };

    public static RenderedComposite RenderDatabase(DatabaseCloud cloud, DatabaseEngine engine, string environment, string sizeClass = "medium", int storageGb = 50)
    {
        var version = engine == DatabaseEngine.Mysql ? "8.0" : "16";
        var result = CompositeRendering.Render(XDatabaseDefinition.Definition, XDatabase.CompositionFor(cloud, engine),
            DatabaseXr(engine.ToString().ToLowerInvariant(), version, sizeClass, storageGb), [Environment(environment).ToEnvironmentConfig()], "orders");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Rendered!;
    }

    public static JsonNode? At(JsonObject o, string dottedPath)
    {
        JsonNode? node = o;
        foreach (var part in dottedPath.Split('.'))
        {
            node = node?[part];
        }
        return node;
    }
}
