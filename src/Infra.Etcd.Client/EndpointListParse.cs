namespace Infra.Etcd.Client;

/// <summary>The result of <see cref="EtcdConnectionOptions.ParseEndpoints"/>.</summary>
/// <param name="Endpoints">The endpoints as <c>host:port</c> (empty on error).</param>
/// <param name="UseTls">True when the endpoints were written with <c>https://</c>.</param>
/// <param name="Error">What is wrong with the list, or null.</param>
public sealed record EndpointListParse(IReadOnlyList<string> Endpoints, bool UseTls, string? Error)
{
    /// <summary>A failed parse.</summary>
    public static EndpointListParse Failure(string error) => new([], false, error);
}
