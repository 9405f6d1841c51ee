using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Rendering;

namespace Infra.Providers.Kubernetes.Tests.Rendering;

public sealed class FileNamingTests
{
    public static TheoryData<ResourceIdentity, string> Names => new()
    {
        { new("v1", "Namespace", null, "prod"), "00-namespace_prod.yaml" },
        { new("apps/v1", "Deployment", "prod", "web"), "44-deployment_prod_web.yaml" },
        { new("apps/v1", "Deployment", null, "web"), "44-deployment_web.yaml" },
        { new("argoproj.io/v1alpha1", "Application", "argocd", "platform"), "70-application.argoproj.io_argocd_platform.yaml" },
        { new("rbac.authorization.k8s.io/v1", "ClusterRole", null, "system:reader"), "20-clusterrole_system~reader.yaml" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void For_Identity_ReadableStableName(ResourceIdentity identity, string expected)
    {
        Assert.Equal(expected, FileNaming.For(identity));
        Assert.True(FileNaming.IsManifestFile(expected));
    }

    [Fact]
    public void For_NamespaceNameSplitDiffers_NamesDiffer() =>
        Assert.NotEqual(
            FileNaming.For(new ResourceIdentity("v1", "ConfigMap", "a-b", "c")),
            FileNaming.For(new ResourceIdentity("v1", "ConfigMap", "a", "b-c")));

    [Fact]
    public void For_VeryLongName_ShortenedDeterministicallyAndDistinct()
    {
        var longName = new string('a', 250);
        var first = FileNaming.For(new ResourceIdentity("example.com/v1", "Widget", new string('n', 63), longName + "x"));
        var second = FileNaming.For(new ResourceIdentity("example.com/v1", "Widget", new string('n', 63), longName + "y"));

        Assert.True(first.Length <= 205, first);
        Assert.NotEqual(first, second);
        Assert.Equal(first, FileNaming.For(new ResourceIdentity("example.com/v1", "Widget", new string('n', 63), longName + "x")));
        Assert.StartsWith("70-widget.example.com_nnn", first);
    }

    [Theory]
    [InlineData("kustomization.yaml", false)]
    [InlineData("notes.yaml", false)]
    [InlineData(".infra-tmp-abc", false)]
    [InlineData("13-secret_prod_db.yaml", true)]
    public void IsManifestFile_Name_OnlyRendererFiles(string fileName, bool expected) =>
        Assert.Equal(expected, FileNaming.IsManifestFile(fileName));
}
