namespace Infra.Backends.Tests.Server;

/// <summary>An etcd that only accepts TLS clients presenting a certificate signed by its test CA.</summary>
public sealed class EtcdTlsFixture : EtcdFixture
{
    /// <inheritdoc />
    protected override bool UseTls => true;
}
