using System.Text.Json.Serialization;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>The SBOM document format.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SbomFormat>))]
public enum SbomFormat
{
    /// <summary>CycloneDX JSON (attested with predicate type <c>cyclonedx</c>).</summary>
    CycloneDx,

    /// <summary>SPDX JSON (attested with predicate type <c>spdxjson</c>).</summary>
    Spdx,
}
