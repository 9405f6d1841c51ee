namespace Infra.Etcd.Client;

/// <summary>An etcd call failed; the message names the endpoints and what was being done.</summary>
public sealed class EtcdException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="message">What failed, naming the endpoints.</param>
    /// <param name="unreachable">True when etcd could not be reached (down, wrong address, network).</param>
    /// <param name="inner">The gRPC error.</param>
    public EtcdException(string message, bool unreachable, Exception? inner = null)
        : base(message, inner)
    {
        Unreachable = unreachable;
    }

    /// <summary>True when etcd could not be reached at all, as opposed to refusing the request.</summary>
    public bool Unreachable { get; }
}
