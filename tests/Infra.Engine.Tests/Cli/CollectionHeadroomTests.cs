using Infra.Cli;

namespace Infra.Engine.Tests.Cli;

public sealed class CollectionHeadroomTests
{
    private const long MiB = 1024 * 1024;
    private const long Plenty = 24L * 1024 * MiB;

    [Theory]
    [InlineData(null, Plenty, 1024 * MiB)]
    [InlineData("", Plenty, 1024 * MiB)]
    [InlineData("128", Plenty, 128 * MiB)]
    [InlineData(" 256 ", Plenty, 256 * MiB)]
    [InlineData("0", Plenty, 0)]
    [InlineData("4096", 8L * 1024 * MiB, 1024 * MiB)] // capped at an eighth of the available memory
    [InlineData(null, 1024 * MiB, 128 * MiB)]
    [InlineData("99999999999999999", Plenty, Plenty / 8)] // no overflow to "off"
    public void Bytes_FollowsTheVariable_CappedByAvailableMemory(string? configured, long available, long expected) =>
        Assert.Equal(expected, CollectionHeadroom.Bytes(configured, available));

    [Theory]
    [InlineData("lots")]
    [InlineData("-5")]
    [InlineData("1.5")]
    public void Bytes_RejectsWhatIsNotAWholeNumberOfMiB(string configured)
    {
        var error = Assert.Throws<ArgumentException>(() => CollectionHeadroom.Bytes(configured, Plenty));
        Assert.Contains("INFRA_GC_HEADROOM_MB", error.Message);
        Assert.Contains($"'{configured}'", error.Message);
    }
}
