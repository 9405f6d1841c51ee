namespace Infra.Deployment;

/// <summary>
/// The monitor of the program run in the current async flow. An <see cref="AsyncLocal{T}"/> (not a global)
/// so that many stacks can run in one process — tests do — without seeing each other's resources.
/// </summary>
public static class DeploymentScope
{
    private static readonly AsyncLocal<IResourceMonitor?> CurrentMonitor = new();

    /// <summary>The monitor for this async flow, if a program is running.</summary>
    public static IResourceMonitor? Current => CurrentMonitor.Value;

    /// <summary>Runs <paramref name="body"/> with <paramref name="monitor"/> as the current monitor.</summary>
    public static async Task<T> RunAsync<T>(IResourceMonitor monitor, Func<Task<T>> body)
    {
        ArgumentNullException.ThrowIfNull(monitor);
        ArgumentNullException.ThrowIfNull(body);
        var previous = CurrentMonitor.Value;
        CurrentMonitor.Value = monitor;
        try
        {
            return await body().ConfigureAwait(false);
        }
        finally
        {
            CurrentMonitor.Value = previous;
        }
    }
}
