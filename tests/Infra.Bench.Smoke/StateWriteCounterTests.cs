using Infra.Bench;
using Xunit;

namespace Infra.Bench.Smoke;

public sealed class StateWriteCounterTests
{
    public static TheoryData<string, long> Lines => new()
    {
        { "16626 pwrite64(96</tmp/p/.infra/stacks/dev/journal.log>, \"\"..., 6649, 73561) = 6649", 6649 },
        { "16626 pwrite64(96</tmp/p/.infra/stacks/dev/journal.log>, \"\"..., 4785, 185069 <unfinished ...>", 4785 },
        { "16634 pwrite64(95</tmp/p/.infra/stacks/dev/checkpoint.json.tmp>, \"\"..., 433520, 0) = 433520", 433520 },
        { "16635 copy_file_range(95</tmp/p/.infra/stacks/dev/checkpoint.json>, NULL, 96</tmp/p/.infra/stacks/dev/checkpoint.json.bak>, NULL, 202, 0) = 202", 202 },
        { "16626 pwrite64(75</tmp/p/.infra/stacks/dev/lock.json>, \"\"..., 130, 0) = 130", 0 },
        { "16626 write(14<pipe:[525794]>, \"\"..., 1) = 1", 0 },
        { "16626 pwrite64(80</tmp/p/out/dev/apps-v1-deployment-bench-app.yaml>, \"\"..., 1500, 0) = 1500", 0 },
        { "16635 copy_file_range(-1, NULL, -1, NULL, 0, 0) = -1 EBADF (Bad file descriptor)", 0 },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void StateBytesOf_StraceLine_CountsOnlyStateFileWrites(string line, long expected) =>
        Assert.Equal(expected, StateWriteCounter.StateBytesOf(line));
}
