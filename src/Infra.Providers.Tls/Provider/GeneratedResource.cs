using Infra.Properties;

namespace Infra.Providers.Tls;

/// <summary>What creating a TLS resource produced: its ID and its generated outputs (secret ones already wrapped).</summary>
/// <param name="Id">The resource ID (a fingerprint or serial number, never key material).</param>
/// <param name="Outputs">The generated outputs, without the echoed inputs.</param>
internal sealed record GeneratedResource(string Id, PropertyMap Outputs);
