using Infra.Backends.Etcd;
using Infra.Engine.Diagnostics;
using Infra.Engine.Workspaces;

namespace Infra.Backends.Tests;

public sealed class EtcdBackendUrlTests
{
    public static TheoryData<string, string, Dictionary<string, string?>, string> Valid => new()
    {
        { "DefaultPrefix", "etcd://127.0.0.1:2379", new(), "http://127.0.0.1:2379 prefix=infra ttl=10 timeout=10 ca= cert=" },
        { "ClusterAndNestedPrefix", "etcd://a:1,b:2,c:3/teams/web/", new(), "http://a:1,b:2,c:3 prefix=teams/web ttl=10 timeout=10 ca= cert=" },
        { "Options", "etcd://a:1/p?lockTtl=30&timeout=5&username=ci", new(), "http://a:1 as ci prefix=p ttl=30 timeout=5 ca= cert=" },
        { "TlsFromCaFile", "etcd://a:1/p?cacert=/etc/ca.pem", new(), "https://a:1 prefix=p ttl=10 timeout=10 ca=/etc/ca.pem cert=" },
        { "TlsFilesFromEnvironment", "etcd://a:1/p", new() { ["INFRA_ETCD_CACERT"] = "/ca.pem", ["INFRA_ETCD_CERT"] = "/c.pem", ["INFRA_ETCD_KEY"] = "/k.pem", ["INFRA_ETCD_USERNAME"] = "env-user" }, "https://a:1 as env-user prefix=p ttl=10 timeout=10 ca=/ca.pem cert=/c.pem" },
        { "TlsExplicitlyOff", "etcd://a:1/p?tls=false&cacert=/ca.pem", new(), "http://a:1 prefix=p ttl=10 timeout=10 ca=/ca.pem cert=" },
    };

    public static TheoryData<string, string, string> Invalid => new()
    {
        { "WrongScheme", "http://a:1/p", "backend URL 'http://a:1/p' must start with etcd://." },
        { "NoPort", "etcd://a/p", "backend URL 'etcd://a/p': endpoint 'a' must be host:port (expected etcd://host:port[,host:port]/prefix)." },
        { "BadPort", "etcd://a:99999/p", "backend URL 'etcd://a:99999/p': endpoint 'a:99999' has port '99999', expected a number from 1 to 65535 (expected etcd://host:port[,host:port]/prefix)." },
        { "EmptyPrefixSegment", "etcd://a:1/x//y", "backend URL 'etcd://a:1/x//y': the key prefix 'x//y' has an empty segment." },
        { "UnknownOption", "etcd://a:1/p?ttl=5", "backend URL 'etcd://a:1/p': unknown option 'ttl' (expected one of tls, cacert, cert, key, username, lockTtl, timeout)." },
        { "PasswordInUrl", "etcd://a:1/p?password=hunter2", "backend URL 'etcd://a:1/p': do not put the etcd password in the URL (Pulumi.yaml is usually committed); set INFRA_ETCD_PASSWORD instead." },
        { "LockTtlTooShort", "etcd://a:1/p?lockTtl=1", "backend URL 'etcd://a:1/p': option 'lockTtl' must be a whole number of seconds from 2 to 3600, got '1'." },
        { "CertWithoutKey", "etcd://a:1/p?cert=/c.pem", "backend URL 'etcd://a:1/p': a client certificate needs both 'cert' and 'key' (or INFRA_ETCD_CERT and INFRA_ETCD_KEY)." },
        { "TlsNotBoolean", "etcd://a:1/p?tls=yes", "backend URL 'etcd://a:1/p': option 'tls' must be true or false, got 'yes'." },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_ValidUrl_GivesSettings(string name, string url, Dictionary<string, string?> variables, string expected)
    {
        var settings = EtcdBackendUrl.Parse(url, new WorkspaceEnvironment(variables, TimeProvider.System));

        var c = settings.Connection;
        Assert.Equal(expected, $"{c} prefix={settings.Prefix} ttl={settings.LockTtl.TotalSeconds} timeout={c.CallTimeout.TotalSeconds} ca={c.CaCertificatePath} cert={c.ClientCertificatePath}");
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public void Parse_PasswordFromEnvironment_NeverShown()
    {
        var settings = EtcdBackendUrl.Parse("etcd://a:1/p?username=u", new WorkspaceEnvironment(new Dictionary<string, string?> { ["INFRA_ETCD_PASSWORD"] = "hunter2" }, TimeProvider.System));

        Assert.Equal("hunter2", settings.Connection.Password);
        Assert.DoesNotContain("hunter2", settings.Connection.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", settings.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Parse_InvalidUrl_NamesTheProblem(string name, string url, string expected)
    {
        var error = Assert.Throws<InputException>(() => EtcdBackendUrl.Parse(url, new WorkspaceEnvironment(new Dictionary<string, string?>(), TimeProvider.System)));

        Assert.Equal(expected, error.Message);
        Assert.False(string.IsNullOrEmpty(name));
    }
}
