using Infra.Compositions.Authoring;
using Infra.Components.Crossplane.Composites;

namespace Infra.Components.Crossplane.Database;

/// <summary>The XDatabase CompositeResourceDefinition (<c>platform.infra.dev/v1alpha1</c>, claim <c>Database</c>).</summary>
public static class XDatabaseDefinition
{
    /// <summary>The API group.</summary>
    public const string Group = "platform.infra.dev";

    /// <summary>The XRD.</summary>
    public static CompositeResourceDefinition Definition => new(Group, "XDatabase", "xdatabases",
    [
        new XrdVersion("v1alpha1", Schema.Composite(
            Schema.Object(new Dictionary<string, System.Text.Json.Nodes.JsonObject>
            {
                ["engine"] = Schema.Enum("The database engine.", "postgres", "mysql"),
                ["engineVersion"] = Schema.String("The engine's major version, e.g. 16 (PostgreSQL) or 8.0 (MySQL).", "^[0-9]+(\\.[0-9]+)?$"),
                ["sizeClass"] = Schema.Enum("The size; each composition maps it to an instance type.", "small", "medium", "large"),
                ["storageGB"] = Schema.Integer("Allocated storage in GiB.", 20, 16384),
                ["subnetGroupName"] = Schema.String("AWS only: the DB subnet group (e.g. from an XNetwork)."),
            }, "engine", "engineVersion", "sizeClass", "storageGB"),
            Schema.Object(new Dictionary<string, System.Text.Json.Nodes.JsonObject> { ["endpoint"] = Schema.String("The database host.") }))),
    ])
    {
        ClaimKind = "Database",
        ClaimPlural = "databases",
    };
}
