using System.Text;
using Infra.Properties;
using Infra.Providers.Kubernetes.Rendering;
using Infra.Providers.Kubernetes.Tests.Live;

namespace Infra.Providers.Kubernetes.Tests.Rendering;

public sealed class DirectManifestRenderingTests
{
    private const string BenchDeployment = """
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"svc-0042","namespace":"team-7","labels":{"app.kubernetes.io/name":"svc-0042","app.kubernetes.io/part-of":"bench","tier":"backend"},
         "annotations":{"infra.dev/owner":"team-7","checksum/config":"5f2b9c"}},
         "spec":{"replicas":2,"revisionHistoryLimit":3,"selector":{"matchLabels":{"app.kubernetes.io/name":"svc-0042"}},
          "strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":"25%","maxUnavailable":0}},
          "template":{"metadata":{"labels":{"app.kubernetes.io/name":"svc-0042","tier":"backend"}},
           "spec":{"serviceAccountName":"svc-0042","securityContext":{"runAsNonRoot":true,"runAsUser":10001,"fsGroup":2000},
            "containers":[{"name":"app","image":"registry.example.com/svc:1.2.3","imagePullPolicy":"IfNotPresent",
              "args":["--port=8080","--log-level","info"],"env":[{"name":"MODE","value":"prod"},{"name":"RATIO","value":"0.5"},{"name":"EMPTY","value":""}],
              "ports":[{"name":"http","containerPort":8080,"protocol":"TCP"}],
              "readinessProbe":{"httpGet":{"path":"/healthz","port":"http"},"periodSeconds":10,"failureThreshold":3},
              "resources":{"requests":{"cpu":"100m","memory":"128Mi"},"limits":{"cpu":"1","memory":"256Mi"}},
              "volumeMounts":[{"name":"config","mountPath":"/etc/app","readOnly":true}]}],
            "volumes":[{"name":"config","configMap":{"name":"svc-0042-config"}},{"name":"scratch","emptyDir":{}}]}}}}
        """;

    private const string BenchService = """
        {"apiVersion":"v1","kind":"Service","metadata":{"name":"svc-0042","namespace":"team-7","labels":{"app.kubernetes.io/name":"svc-0042"}},
         "spec":{"type":"ClusterIP","selector":{"app.kubernetes.io/name":"svc-0042"},"ports":[{"name":"http","port":80,"targetPort":"http","protocol":"TCP"}]}}
        """;

    private const string BenchConfigMap = """
        {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"svc-0042-config","namespace":"team-7"},
         "data":{"app.yaml":"server:\n  port: 8080\n  ratio: 0.5\n","LOG_LEVEL":"info","flag":"true","count":"10","note":"ünïcødé ✓ 日本語","trailing":"line one\nline two","crlf":"a\r\nb","tabbed":"\tindented\n"}}
        """;

    private const string Numbers = """
        {"apiVersion":"example.com/v1","kind":"Numbers","metadata":{"name":"n"},
         "spec":{"half":0.5,"tenth":0.1,"big":1e21,"huge":1e300,"tiny":1.5e-7,"negZero":-0,"negZeroFloat":-0.0,"neg":-42,"negHalf":-0.5,
          "pi":3.141592653589793,"largeInt":12345678901234567890,"edge":9007199254740991,"pastEdge":9007199254740993,"negEdge":-9007199254740992,
          "int32":2147483648,"thousand":1000,"zero":0,"fraction":123456.789}}
        """;

    private const string Collections = """
        {"apiVersion":"example.com/v1","kind":"Shapes","metadata":{"name":"shapes","namespace":"ns","labels":{},"annotations":{"b":"2","a":"1","B":"3","_":"4","a.b":"5","a-b":"6"}},
         "spec":{"emptyMap":{},"emptyList":[],"nested":[[1,2],[],[[3]],[{"a":1},{}],["x",true,false]],"listOfMaps":[{"z":1,"a":{"deep":[{"k":"v"}]}},{"only":[]}],
          "bools":[true,false],"strings":["yes","no","null","~","","- dash","key: value","#hash","1e3","0777"],"multi":["first\nsecond\n","  leading spaces\nx"],
          "unicode":{"ключ":"значение","日本":"語","emoji":"🚀","ctrl":"bell\u0007"}}}
        """;

    private const string ClusterScoped = """
        {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"reader"},
         "rules":[{"apiGroups":[""],"resources":["pods","services"],"verbs":["get","list","watch"]}]}
        """;

    public static TheoryData<string> PlainManifests()
    {
        var data = new TheoryData<string> { BenchDeployment, BenchService, BenchConfigMap, Numbers, Collections, ClusterScoped };
        foreach (var manifest in RenderFixtures.Stack())
        {
            data.Add(manifest.ToJsonString());
        }

        data.Add(TestManifests.Deployment("api", ns: null, replicas: 0).ToJsonString());
        return data;
    }

    public static TheoryData<string> ManifestsForTheJsonPath() => new()
    {
        TestManifests.Secret("db", "prod").ToJsonString(),
        """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"n"},"status":{"phase":"x"}}""",
        """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"n","uid":"1234"}}""",
        """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"n","resourceVersion":"7"}}""",
        """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"n"},"data":{"a":null}}""",
        """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c","namespace":"n"},"list":[1,null]}""",
        """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"namespace":"n"}}""",
        """{"kind":"ConfigMap","metadata":{"name":"c"}}""",
    };

    [Theory]
    [MemberData(nameof(PlainManifests))]
    public void TryRender_PlainManifest_MatchesJsonPath(string json)
    {
        var value = PropertyJson.Parse(Encoding.UTF8.GetBytes(json));
        var expected = ManifestRendering.Render(PropertyJson.ToJson(value.ObjectValue, SecretRendering.Reveal), new RenderOptions("out"), out _);

        var direct = DirectManifestRendering.TryRender(value);

        Assert.NotNull(direct);
        Assert.NotNull(expected.Yaml);
        Assert.Equal(expected.Yaml, direct.Yaml);
        Assert.Equal(expected.FileName, direct.FileName);
        Assert.Equal(expected.Identity, direct.Identity);
        Assert.Null(direct.Error);
    }

    [Theory]
    [MemberData(nameof(ManifestsForTheJsonPath))]
    public void TryRender_SecretKindNotDesiredStateOrNoIdentity_ReturnsNull(string json)
    {
        var value = PropertyJson.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Null(DirectManifestRendering.TryRender(value));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TryRender_SecretOrUnknownValueInside_ReturnsNull(bool secret)
    {
        var plain = PropertyJson.Parse(Encoding.UTF8.GetBytes(BenchService));
        var marked = secret ? PropertyValue.MakeSecret(PropertyValue.Create("x")) : PropertyValue.Unknown;
        var value = PropertyValue.Create(plain.ObjectValue.SetItem("extra", marked));

        Assert.NotNull(DirectManifestRendering.TryRender(plain));
        Assert.Null(DirectManifestRendering.TryRender(value));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void TryRender_NonFiniteNumber_ReturnsNull(double number)
    {
        var plain = PropertyJson.Parse(Encoding.UTF8.GetBytes(BenchService));
        var value = PropertyValue.Create(plain.ObjectValue.SetItem("extra", PropertyValue.Create(number)));

        Assert.Null(DirectManifestRendering.TryRender(value));
    }

    [Fact]
    public void TryRender_KeysGivenOutOfOrder_WritesThemSortedOrdinally()
    {
        var map = PropertyMap.Create(
            ("metadata", PropertyValue.Create(PropertyMap.Create(("name", PropertyValue.Create("c")), ("labels", PropertyValue.Create(PropertyMap.Create(("b", PropertyValue.Create("1")), ("B", PropertyValue.Create("2")), ("a", PropertyValue.Create("3")))))))),
            ("kind", PropertyValue.Create("ConfigMap")),
            ("apiVersion", PropertyValue.Create("v1")));
        var value = PropertyValue.Create(map);
        var expected = ManifestRendering.Render(PropertyJson.ToJson(map, SecretRendering.Reveal), new RenderOptions("out"), out _);

        var direct = DirectManifestRendering.TryRender(value);

        Assert.Equal("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    B: \"2\"\n    a: \"3\"\n    b: \"1\"\n  name: c\n", direct?.Yaml);
        Assert.Equal(expected.Yaml, direct?.Yaml);
    }
}
