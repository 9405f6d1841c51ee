using Infra.Bench;
using Xunit;

namespace Infra.Bench.Smoke;

public sealed class BenchOptionsTests
{
    public static TheoryData<string[], string> Layouts => new()
    {
        { [], "namespace" },
        { ["--render-layout", "object"], "object" },
        { ["--render-layout", "namespace"], "namespace" },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Parse_RenderLayout_IsWrittenLayout(string[] args, string expected)
    {
        var options = BenchOptions.Parse(args, "/repo");

        Assert.Equal(expected, options.RenderLayout);
    }

    [Theory]
    [InlineData("file")]
    [InlineData("")]
    public void Parse_UnknownRenderLayout_Throws(string layout)
    {
        Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--render-layout", layout], "/repo"));
    }
}
