using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>A value transform applied by a patch.</summary>
public abstract record Transform
{
    internal abstract JsonObject ToJson();
}
