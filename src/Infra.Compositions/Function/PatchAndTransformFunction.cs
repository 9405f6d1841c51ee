using System.Text;
using System.Text.Json.Nodes;
using Infra.Compositions.Connection;
using Infra.Compositions.FieldPaths;
using Infra.Compositions.Input;
using Infra.Compositions.Patches;
using Infra.Compositions.Readiness;
using Infra.Compositions.Validation;
using Infra.Compositions.Values;

namespace Infra.Compositions.Function;

/// <summary>
/// A reimplementation of function-patch-and-transform's <c>RunFunction</c> (SPEC §2.2): environment patches,
/// then each composed template in order, then the v2 connection secret.
/// </summary>
internal static class PatchAndTransformFunction
{
    public static FunctionResponse Run(FunctionRequest request)
    {
        var results = new List<FunctionResult>();
        var input = InputDecoder.DecodeResources(request.Input, out var decodeError);
        if (input is null) return FunctionResponse.FatalOf(request, results, "cannot get Function input: " + decodeError);
        if (InputValidator.Resources(input) is { } invalid) return FunctionResponse.FatalOf(request, results, "invalid Function input: " + invalid);

        var oxr = (JsonObject)request.ObservedComposite.Resource.DeepClone();
        var dxr = (JsonObject?)request.DesiredComposite?.Resource.DeepClone() ?? new JsonObject();
        dxr["apiVersion"] = oxr["apiVersion"]?.DeepClone();
        dxr["kind"] = oxr["kind"]?.DeepClone();
        var xrConnection = new Dictionary<string, string>(request.DesiredComposite?.ConnectionDetails ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        var xrReady = request.DesiredComposite?.Ready;
        var desired = request.DesiredResources.ToDictionary(p => p.Key, p => p.Value with { Resource = (JsonObject)p.Value.Resource.DeepClone() }, StringComparer.Ordinal);

        var templates = PatchSetResolver.Resolve(input.PatchSets, input.Resources, out var patchSetError);
        if (templates is null) return FunctionResponse.FatalOf(request, results, "cannot resolve PatchSets: " + patchSetError);

        var environment = request.Context?[EnvironmentKey.ContextKey] is JsonObject env ? (JsonObject)env.DeepClone() : new JsonObject();
        if (!environment.ContainsKey("apiVersion")) environment["apiVersion"] = EnvironmentKey.ApiVersion;
        if (!environment.ContainsKey("kind")) environment["kind"] = EnvironmentKey.Kind;

        var environmentPatches = input.Environment?.Patches ?? [];
        for (var i = 0; i < environmentPatches.Count; i++)
        {
            var patch = environmentPatches[i];
            var (source, target) = patch.Type switch
            {
                PatchTypes.ToCompositeFieldPath or PatchTypes.FromEnvironmentFieldPath or PatchTypes.CombineToComposite => ((JsonNode)environment, dxr),
                _ => (oxr, environment),
            };
            if (PatchApplier.Apply(patch, source, target) is { } error && (!error.NotFound || patch.IsRequired))
                return FunctionResponse.FatalOf(request, results, $"cannot apply the \"{patch.Type}\" environment patch at index {i}: {error.Message}");
        }

        foreach (var template in templates)
        {
            var outcome = RenderTemplate(template, oxr, dxr, environment, request, desired, xrConnection, results, out var fatal);
            if (fatal is not null) return FunctionResponse.FatalOf(request, results, fatal);
            if (outcome is null)
            {
                xrReady = ResourceState.ReadyFalse;
                continue;
            }
            desired[template.Name] = outcome;
        }

        if (!ConnectionSecretRefs.SupportsConnectionDetails(oxr) && xrConnection.Count > 0)
        {
            var secret = ConnectionSecret(oxr, input.WriteConnectionSecretToRef, xrConnection, out var secretError);
            if (secret is null) return FunctionResponse.FatalOf(request, results, "cannot compose connection secret: cannot generate connection secret reference: " + secretError);
            var xrName = oxr["metadata"]?["name"] is JsonValue n && GoValue.KindOf(n) == GoKind.String ? GoValue.AsString(n) : "";
            desired[xrName + "-connection-secret"] = new ResourceState(secret, new Dictionary<string, string>(), ResourceState.ReadyTrue);
        }

        var context = (JsonObject?)request.Context?.DeepClone() ?? new JsonObject();
        context[EnvironmentKey.ContextKey] = environment;
        return new FunctionResponse(new ResourceState(dxr, xrConnection, xrReady), desired, results, context);
    }

    /// <summary>Renders one template; returns null when a Required patch skipped it, and sets <paramref name="fatal"/> on fatal errors.</summary>
    private static ResourceState? RenderTemplate(ComposedTemplate template, JsonObject oxr, JsonObject dxr, JsonObject environment,
        FunctionRequest request, Dictionary<string, ResourceState> desired, Dictionary<string, string> xrConnection,
        List<FunctionResult> results, out string? fatal)
    {
        fatal = null;
        var name = template.Name;
        JsonObject dcd;
        if (template.Base is null)
        {
            if (!desired.TryGetValue(name, out var existing))
            {
                fatal = $"composed resource \"{name}\" has no base template, and was not produced by a previous Function in the pipeline";
                return null;
            }
            dcd = (JsonObject)existing.Resource.DeepClone();
        }
        else
        {
            if (template.Base["kind"] is null)
            {
                fatal = $"cannot parse base template of composed resource \"{name}\": Object 'Kind' is missing in '{GoJson.Marshal(template.Base)}'";
                return null;
            }
            if (GoValue.Normalize(template.Base, out var encodeError) is not JsonObject normalized)
            {
                fatal = $"cannot parse base template of composed resource \"{name}\": {encodeError}";
                return null;
            }
            dcd = normalized;
        }

        var ready = false;
        request.ObservedResources.TryGetValue(name, out var observed);
        if (observed is not null)
        {
            CopyIdentity(observed.Resource, dcd);
            var details = ConnectionDetailsExtractor.Extract(observed.Resource, observed.ConnectionDetails, template.ConnectionDetails, out var connectionError);
            if (details is null)
                results.Add(new FunctionResult(FunctionResult.Warning, $"cannot extract composite resource connection details from composed resource \"{name}\": {connectionError}"));
            else
                foreach (var (k, v) in details) xrConnection[k] = v;
            ready = ReadinessChecker.IsReady(observed.Resource, template.ReadinessChecks, out var readinessError);
            if (readinessError is not null)
                results.Add(new FunctionResult(FunctionResult.Warning, $"cannot check readiness of composed resource \"{name}\": {readinessError}"));
        }

        for (var i = 0; i < template.Patches.Count; i++)
        {
            var patch = template.Patches[i];
            var writesComposed = patch.Type is PatchTypes.FromCompositeFieldPath or PatchTypes.CombineFromComposite
                or PatchTypes.FromEnvironmentFieldPath or PatchTypes.CombineFromEnvironment;
            if (!writesComposed && observed is null) continue;
            FieldError? error = patch.Type switch
            {
                PatchTypes.FromCompositeFieldPath or PatchTypes.CombineFromComposite => PatchApplier.Apply(patch, oxr, dcd),
                PatchTypes.FromEnvironmentFieldPath or PatchTypes.CombineFromEnvironment => PatchApplier.Apply(patch, environment, dcd),
                PatchTypes.ToCompositeFieldPath or PatchTypes.CombineToComposite => PatchApplier.Apply(patch, observed!.Resource, dxr),
                PatchTypes.ToEnvironmentFieldPath or PatchTypes.CombineToEnvironment => PatchApplier.Apply(patch, observed!.Resource, environment),
                _ => new FieldError($"patch type {patch.Type} is not supported"),
            };
            if (error is null) continue;
            var prefix = $"cannot render composed resource \"{name}\" \"{patch.Type}\" patch at index {i}";
            if (!error.NotFound)
            {
                fatal = $"{prefix}: {error.Message}";
                return null;
            }
            if (!patch.IsRequired) continue;
            if (writesComposed && observed is null)
            {
                results.Add(new FunctionResult(FunctionResult.Warning,
                    $"not adding new composed resource \"{name}\" to desired state because \"{patch.Type}\" patch at index {i} has 'policy.fromFieldPath: Required': {error.Message}"));
                return null;
            }
            results.Add(new FunctionResult(FunctionResult.Warning,
                $"{prefix}: ignoring 'policy.fromFieldPath: Required' because 'to' resource already exists: {error.Message}"));
        }
        return new ResourceState(dcd, new Dictionary<string, string>(), ready ? ResourceState.ReadyTrue : null);
    }

    private static void CopyIdentity(JsonObject observed, JsonObject desired)
    {
        var source = observed["metadata"] as JsonObject;
        var metadata = desired["metadata"] as JsonObject;
        foreach (var key in new[] { "namespace", "name" })
        {
            var value = source?[key] is JsonValue v && GoValue.KindOf(v) == GoKind.String ? GoValue.AsString(v) : "";
            if (value.Length == 0)
            {
                metadata?.Remove(key);
                continue;
            }
            if (metadata is null)
            {
                metadata = new JsonObject();
                desired["metadata"] = metadata;
            }
            metadata[key] = value;
        }
    }

    private static JsonObject? ConnectionSecret(JsonObject oxr, ConnectionSecretRefSpec? input, Dictionary<string, string> details, out string? error)
    {
        var reference = ConnectionSecretRefs.Generate(oxr, input, out error);
        if (reference is null) return null;
        var metadata = new JsonObject();
        if (reference.Value.Name.Length > 0) metadata["name"] = reference.Value.Name;
        if (reference.Value.Namespace.Length > 0) metadata["namespace"] = reference.Value.Namespace;
        var data = new JsonObject();
        foreach (var (k, v) in details.OrderBy(p => p.Key, StringComparer.Ordinal)) data[k] = Convert.ToBase64String(Encoding.UTF8.GetBytes(v));
        return new JsonObject
        {
            ["apiVersion"] = "v1",
            ["kind"] = "Secret",
            ["metadata"] = metadata,
            ["data"] = data,
            ["type"] = "connection.crossplane.io/v1alpha1",
        };
    }
}
