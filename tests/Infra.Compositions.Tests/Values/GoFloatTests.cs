using Infra.Compositions.Values;

namespace Infra.Compositions.Tests.Values;

public sealed class GoFloatTests
{
    public static TheoryData<double, string, string, string> Cases => new()
    {
        { 3, "3", "3", "3" },
        { 2.5, "2.5", "2.5", "2.5" },
        { 1000000, "1e+06", "1000000", "1000000" },
        { 123456789, "1.23456789e+08", "123456789", "123456789" },
        { 100000, "100000", "100000", "100000" },
        { 1e21, "1e+21", "1000000000000000000000", "1e+21" },
        { 1e-7, "1e-07", "0.0000001", "1e-7" },
        { -3.5, "-3.5", "-3.5", "-3.5" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_Value_MatchesGo(double value, string wantG, string wantF, string wantJson)
    {
        Assert.Equal(wantG, GoFloat.FormatG(value));
        Assert.Equal(wantF, GoFloat.FormatF(value));
        Assert.Equal(wantJson, GoFloat.FormatJson(value));
    }
}
