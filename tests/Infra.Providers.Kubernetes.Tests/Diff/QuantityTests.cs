using Infra.Providers.Kubernetes.Diff;

namespace Infra.Providers.Kubernetes.Tests.Diff;

public sealed class QuantityTests
{
    public static TheoryData<string, string> EqualPairs => new()
    {
        { "1Gi", "1024Mi" },
        { "1", "1000m" },
        { "0.5", "500m" },
        { "1k", "1000" },
        { "1e3", "1k" },
        { "1M", "1000k" },
        { "1Ki", "1024" },
        { "1.5Gi", "1536Mi" },
        { "100n", "0.1u" },
    };

    [Theory]
    [MemberData(nameof(EqualPairs))]
    public void TryParse_EquivalentNotations_SameValue(string a, string b)
    {
        Assert.True(Quantity.TryParse(a, out var x));
        Assert.True(Quantity.TryParse(b, out var y));
        Assert.Equal(x, y);
    }

    [Theory]
    [InlineData("1Gb")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1 Gi")]
    [InlineData("1.2.3")]
    public void TryParse_NotAQuantity_ReturnsFalse(string text) => Assert.False(Quantity.TryParse(text, out _));
}
