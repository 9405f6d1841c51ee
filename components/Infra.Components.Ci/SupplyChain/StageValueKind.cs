using System.Text.Json.Serialization;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>Where a stage input comes from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StageValueKind>))]
public enum StageValueKind
{
    /// <summary>A fixed text.</summary>
    Literal,

    /// <summary>A pipeline parameter.</summary>
    Parameter,

    /// <summary>A result of an earlier stage.</summary>
    Result,
}
