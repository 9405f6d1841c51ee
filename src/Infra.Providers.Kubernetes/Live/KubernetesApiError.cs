using System.Text;

namespace Infra.Providers.Kubernetes.Live;

/// <summary>A failed call to the Kubernetes API, with the server's <c>Status</c> explanation.</summary>
/// <param name="Operation">What was attempted, e.g. <c>apply apps/v1 Deployment default/web</c>.</param>
/// <param name="StatusCode">HTTP status (409, 422, 403, 404, ...), or 0 when the server could not be reached or the wait timed out.</param>
/// <param name="Reason">The Status <c>reason</c> (e.g. <c>Conflict</c>, <c>Invalid</c>, <c>Forbidden</c>, <c>Timeout</c>).</param>
/// <param name="Message">The Status <c>message</c>, or a description of the local failure.</param>
/// <param name="Causes">Per-field causes from <c>details.causes</c>.</param>
public sealed record KubernetesApiError(string Operation, int StatusCode, string Reason, string Message, IReadOnlyList<StatusCause> Causes)
{
    /// <summary>True for a server-side apply conflict with another field manager (HTTP 409 on apply).</summary>
    public bool IsConflict => StatusCode == 409;

    /// <summary>A complete, readable message: operation, status, reason, message, causes and a hint.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(Operation).Append(" failed: ");
        if (StatusCode > 0)
        {
            text.Append(StatusCode).Append(' ');
        }

        text.Append(Reason).Append(": ").Append(Message);
        foreach (var cause in Causes)
        {
            text.Append("\n  - ");
            if (cause.Field.Length > 0)
            {
                text.Append(cause.Field).Append(": ");
            }

            text.Append(cause.Message);
            if (cause.Reason.Length > 0)
            {
                text.Append(" (").Append(cause.Reason).Append(')');
            }
        }

        var hint = Hint();
        if (hint is not null)
        {
            text.Append('\n').Append(hint);
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Describe();

    private string? Hint() => StatusCode switch
    {
        409 when Operation.StartsWith("apply", StringComparison.Ordinal) =>
            "Another field manager owns these fields. Remove them from the manifest, or apply with force (kubernetes:forceConflicts: true) to take ownership.",
        422 => "The API server rejected the object as invalid; fix the fields listed above.",
        403 => "The credentials in use lack RBAC permission for this operation.",
        404 when Operation.StartsWith("apply", StringComparison.Ordinal) =>
            "The namespace or the resource type does not exist (is its CRD installed and established?).",
        _ => null,
    };
}
