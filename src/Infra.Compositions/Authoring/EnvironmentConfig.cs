using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>An EnvironmentConfig (<c>apiextensions.crossplane.io/v1beta1</c>): data that environment patches read.</summary>
/// <param name="Name">The EnvironmentConfig's metadata.name.</param>
/// <param name="Data">The environment data.</param>
public sealed record EnvironmentConfig(string Name, JsonObject Data)
{
    internal JsonObject ToJson() => new()
    {
        ["apiVersion"] = "apiextensions.crossplane.io/v1beta1",
        ["kind"] = "EnvironmentConfig",
        ["metadata"] = new JsonObject { ["name"] = Name },
        ["data"] = Data.DeepClone(),
    };
}
