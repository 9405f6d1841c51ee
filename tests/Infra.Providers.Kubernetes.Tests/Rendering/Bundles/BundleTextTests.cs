using System.Text;
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
        using var written = new MemoryStream();
        BundleText.Write(written, keys.Zip(documents, (key, yaml) => KeyValuePair.Create(key, BundleDocument.FromText(yaml))));
        var composed = Encoding.UTF8.GetString(written.ToArray());

        Assert.True(keys.SequenceEqual(BundleText.Split(composed).Select(d => d.Key)), scenario);
        Assert.True(documents.SequenceEqual(BundleText.Split(composed).Select(d => d.Value)), scenario);
        var writtenByInfra = !text.Contains('\r', StringComparison.Ordinal) && !text.StartsWith("# hand", StringComparison.Ordinal);
        Assert.True(!writtenByInfra || composed == text, scenario + ": " + composed);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Split_Utf8_SlicesTheSameDocumentsAndWritesThemBackByteForByte(string scenario, string text, string[] keys, string[] documents)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        var split = BundleText.Split(bytes);
        using var written = new MemoryStream();
        BundleText.Write(written, split.Select(d => KeyValuePair.Create(d.Key, BundleDocument.FromUtf8(d.Value))));

        Assert.True(keys.SequenceEqual(split.Select(d => d.Key)), scenario);
        Assert.True(documents.SequenceEqual(split.Select(d => Encoding.UTF8.GetString(d.Value.Span))), scenario);
        var writtenByInfra = !text.Contains('\r', StringComparison.Ordinal) && !text.StartsWith("# hand", StringComparison.Ordinal);
        Assert.True(!writtenByInfra || written.ToArray().AsSpan().SequenceEqual(bytes), scenario);
    }

    [Fact]
    public void Write_DocumentWithoutLastLineBreak_StaysSeparateFromTheNext()
    {
        using var written = new MemoryStream();
        BundleText.Write(written, [KeyValuePair.Create("a.yaml", BundleDocument.FromText("kind: A")), KeyValuePair.Create("b.yaml", BundleDocument.FromText("kind: B\n"))]);

        var split = BundleText.Split(written.ToArray());

        Assert.Equal(["a.yaml", "b.yaml"], split.Select(d => d.Key));
        Assert.Equal(["kind: A\n", "kind: B\n"], split.Select(d => Encoding.UTF8.GetString(d.Value.Span)));
    }

    [Fact]
    public void Split_InvalidUtf8_KeepsDocumentBytesAsTheyAre()
    {
        byte[] invalid = [.. "# infra-object: a\nname: "u8, 0xC3, 0x28, .. "\n"u8];

        var split = BundleText.Split(invalid);
        using var written = new MemoryStream();
        BundleText.Write(written, split.Select(d => KeyValuePair.Create(d.Key, BundleDocument.FromUtf8(d.Value))));

        Assert.Equal(invalid, written.ToArray());
    }

    [Theory]
    [InlineData("kind: ConfigMap\n", "kind: ConfigMap\n", true)]
    [InlineData("kind: ConfigMap\n", "kind: Service\n", false)]
    [InlineData("name: café\n", "name: café\n", true)]
    [InlineData("name: café\n", "name: cafe\n", false)]
    [InlineData("a: 1\n", "a: 1\nb: 2\n", false)]
    public void Holds_DocumentReadFromDisk_ComparesWithText(string onDisk, string yaml, bool same)
    {
        Assert.Equal(same, BundleDocument.FromUtf8(Encoding.UTF8.GetBytes(onDisk)).Holds(yaml));
        Assert.Equal(same, BundleDocument.FromText(onDisk).Holds(yaml));
        Assert.Equal(onDisk, BundleDocument.FromUtf8(Encoding.UTF8.GetBytes(onDisk)).Text);
    }
}
