using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Infra.Serialization;

/// <summary>
/// Whether reflection-based <see cref="JsonSerializer"/> calls over caller types are available. They are in an ordinary
/// (JIT) build; a Native AOT build never has them (even with the switch below on), and a trimmed publish turns the
/// switch off, so the trimmer removes the guarded code.
/// </summary>
/// <remarks>
/// The switch is System.Text.Json's own (set by the <c>JsonSerializerIsReflectionEnabledByDefault</c> MSBuild property,
/// which the SDK defaults to false for AOT and trimmed publishes), so one setting governs both libraries.
/// </remarks>
internal static class ReflectionJson
{
    private const string Switch = "System.Text.Json.JsonSerializer.IsReflectionEnabledByDefault";

    /// <summary>True when reflection-based JSON over arbitrary types may be used.</summary>
    [FeatureSwitchDefinition(Switch)]
    [FeatureGuard(typeof(RequiresUnreferencedCodeAttribute))]
    [FeatureGuard(typeof(RequiresDynamicCodeAttribute))]
    [UnconditionalSuppressMessage("Trimming", "IL4000", Justification = "A feature switch: trimmed and AOT publishes set it to false and the trimmer substitutes that constant, which the analyzer cannot see.")]
    public static bool IsSupported => RuntimeFeature.IsDynamicCodeSupported && (!AppContext.TryGetSwitch(Switch, out var enabled) || enabled);
}
