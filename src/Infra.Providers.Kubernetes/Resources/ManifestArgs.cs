using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Properties;

namespace Infra.Kubernetes;

/// <summary>Builds the arguments of a Kubernetes resource: one <c>manifest</c> property.</summary>
internal static class ManifestArgs
{
    /// <summary>
    /// The argument map. The manifest stays an output inside the map so a secret model marks the <c>manifest</c>
    /// property secret; a secret map as a whole would not be read as arguments.
    /// </summary>
    public static Dictionary<string, object?> Of(Output<PropertyValue> manifest) => new(StringComparer.Ordinal) { ["manifest"] = manifest };

    /// <summary>Converts a manifest to a property value via its JSON text, so numbers of any CLR type convert alike.</summary>
    public static PropertyValue ToValue(JsonObject manifest)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            manifest.WriteTo(writer);
        }

        return PropertyJson.Parse(buffer.WrittenSpan);
    }
}
