using Infra.Engine.Diagnostics;

namespace Infra.Engine.State;

/// <summary>Checks a state's internal consistency, naming the resource and the rule it breaks.</summary>
public static class StateVerifier
{
    /// <summary>Throws <see cref="InputException"/> when <paramref name="state"/> is inconsistent.</summary>
    public static void Verify(StackState state, string where)
    {
        var live = new HashSet<string>(StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in state.Resources)
        {
            all.Add(resource.Urn);
            if (!resource.PendingReplacement && !live.Add(resource.Urn))
            {
                throw new InputException($"{where}: resource {resource.Urn} appears more than once.");
            }
            if (resource.Custom && !resource.PendingReplacement && string.IsNullOrEmpty(resource.Id))
            {
                throw new InputException($"{where}: custom resource {resource.Urn} has no ID.");
            }
        }
        foreach (var resource in state.Resources)
        {
            if (resource.Parent is not null && !all.Contains(resource.Parent))
            {
                throw new InputException($"{where}: resource {resource.Urn} names parent {resource.Parent}, which is not in the state.");
            }
            foreach (var dependency in resource.Dependencies)
            {
                if (!all.Contains(dependency))
                {
                    throw new InputException($"{where}: resource {resource.Urn} depends on {dependency}, which is not in the state.");
                }
            }
        }
    }
}
