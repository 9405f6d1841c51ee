using Infra.Properties;
using Infra.Providers;

namespace Infra.Providers.Connections;

/// <summary>
/// Resources whose connection says <c>apply: false</c> (the stack has no reachable address for the server yet): they
/// stay in plans and state as <em>pending</em> with an ID <c>pending:{urn}</c>, and no API is called. The first run
/// whose connection applies replaces them with real ones; deleting a pending resource deletes nothing.
/// </summary>
internal sealed class PlanOnlyResources(string product, IProgress<string> log)
{
    private const string Prefix = "pending:";
    private int _reported;

    public static bool IsPending(string? id) => id?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>A pending resource whose connection now applies must be created for real.</summary>
    public static DiffResponse? DiffPending(DiffRequest request) =>
        IsPending(request.Id) && ConnectionInput.ApplyOf(request.NewInputs) is not false
            ? new DiffResponse([ConnectionInput.Key], [ConnectionInput.Key], DeleteBeforeReplace: true)
            : null;

    public CreateResponse Create(CreateRequest request, IReadOnlyList<string> computedKeys)
    {
        Report(request.Type);
        return new CreateResponse(Prefix + request.Urn, Without(request.Inputs, [.. computedKeys, ConnectionInput.Key]));
    }

    public UpdateResponse Update(UpdateRequest request, IReadOnlyList<string> computedKeys)
    {
        Report(request.Type);
        return new UpdateResponse(IsPending(request.Id) ? Without(request.NewInputs, [.. computedKeys, ConnectionInput.Key]) : request.OldOutputs);
    }

    public static ReadResponse Read(ReadRequest request) => new(request.Id, request.Inputs, request.Outputs ?? request.Inputs);

    private static PropertyMap Without(PropertyMap inputs, IReadOnlyList<string> keys) => keys.Aggregate(inputs, (map, key) => map.Remove(key));

    /// <summary>Says once per run that resources of this provider are not applied.</summary>
    public void Report(string type)
    {
        if (Interlocked.Exchange(ref _reported, 1) == 0)
        {
            log.Report($"warning: {product} resources (first: {type}) are recorded as pending and NOT applied: their connection has apply=false "
                + $"because the stack config gives no reachable {product} address. Set it (see the README) and run `up` again to apply them.");
        }
    }
}
