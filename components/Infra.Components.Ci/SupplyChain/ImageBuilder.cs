using System.Text.Json.Serialization;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>The tool that builds and pushes the image.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ImageBuilder>))]
public enum ImageBuilder
{
    /// <summary>Kaniko's executor (root in the container, no daemon).</summary>
    Kaniko,

    /// <summary>BuildKit, rootless and daemonless.</summary>
    BuildKit,
}
