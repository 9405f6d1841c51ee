using Infra.Providers.Kubernetes.Rendering.Bundles;

namespace Infra.Providers.Kubernetes.Tests.Rendering.Bundles;

public sealed class BundleTextTests
{
    public static TheoryData<string, string, string[], string[]> Texts => new()
    {
        { "empty", "", [], [] },
        { "one", "# infra-object: 00-namespace_shop\nkind: Namespace\n", ["00-namespace_shop.yaml"], ["kind: Namespace\n"] },
        {
            "two",
            "# infra-object: 14-configmap_shop_a\nkind: ConfigMap\n---\n# infra-object: 30-service_shop_b\nkind: Service\n",
            ["14-configmap_shop_a.yaml", "30-service_shop_b.yaml"],
            ["kind: ConfigMap\n", "kind: Service\n"]
        },
        {
            "separator inside a block scalar is not a boundary",
            "# infra-object: 14-configmap_shop_a\ndata:\n  doc: |\n    ---\n    # infra-object: fake\n---\n# infra-object: 14-configmap_shop_b\nkind: ConfigMap\n",
            ["14-configmap_shop_a.yaml", "14-configmap_shop_b.yaml"],
            ["data:\n  doc: |\n    ---\n    # infra-object: fake\n", "kind: ConfigMap\n"]
        },
        { "windows line ends", "# infra-object: 00-namespace_a\r\nkind: Namespace\r\n", ["00-namespace_a.yaml"], ["kind: Namespace\n"] },
        { "unmarked text before the first marker is ignored", "# hand-written\nkind: X\n---\n# infra-object: 00-namespace_a\nkind: Namespace\n", ["00-namespace_a.yaml"], ["kind: Namespace\n"] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Split_Text_DocumentsByMarker(string scenario, string text, string[] keys, string[] documents)
    {
        var split = BundleText.Split(text);

        Assert.True(keys.SequenceEqual(split.Select(d => d.Key)), scenario);
        Assert.True(documents.SequenceEqual(split.Select(d => d.Value)), scenario);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Write_SplitDocuments_RoundTrips(string scenario, string text, string[] keys, string[] documents)
    {
        using var written = new StringWriter();
        BundleText.Write(written, keys.Zip(documents, KeyValuePair.Create));
        var composed = written.ToString();

        Assert.True(keys.SequenceEqual(BundleText.Split(composed).Select(d => d.Key)), scenario);
        Assert.True(documents.SequenceEqual(BundleText.Split(composed).Select(d => d.Value)), scenario);
        var writtenByInfra = !text.Contains('\r', StringComparison.Ordinal) && !text.StartsWith("# hand", StringComparison.Ordinal);
        Assert.True(!writtenByInfra || composed == text, scenario + ": " + composed);
    }
}
