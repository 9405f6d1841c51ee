using Infra.Fuzz.Tests.Harness;
using Xunit.Abstractions;

namespace Infra.Fuzz.Tests;

/// <summary>
/// YAML bombs, deep nesting, invalid UTF-8 and 100 MB files against every input format: each is refused with exit 2
/// and a message naming the file, quickly, without exhausting memory or the stack.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var target in FuzzTargets.All)
            {
                foreach (var name in HostileInputs.Names(target.Syntax))
                {
                    data.Add(target.Name, name);
                }
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Parse_HostileInput_ExitsTwoNamingTheFile(string targetName, string hostile)
    {
        var target = FuzzTargets.Named(targetName);
        using var workspace = await FuzzWorkspace.CreateAsync();
        var seed = await File.ReadAllBytesAsync(workspace.Path(target.FileName));
        var content = HostileInputs.Build(target.Syntax, hostile, seed);
        var size = content.Length;
        var outcome = await workspace.RunCaseAsync(target, content);
        output.WriteLine($"{targetName}/{hostile}: {size} bytes, {outcome.Elapsed.TotalMilliseconds:0} ms");
        output.WriteLine(outcome.Error.Length > 600 ? outcome.Error[..600] : outcome.Error);
        FuzzSettings.FromEnvironment().Report($"hostile {targetName}/{hostile}: {size} bytes, exit {outcome.ExitCode}, {outcome.Elapsed.TotalMilliseconds:0} ms");
        Assert.True(outcome.ExitCode == 2, $"{targetName}/{hostile}: {outcome}");
        Assert.Null(OutcomeChecks.Problem(target, outcome));
        Assert.True(outcome.Elapsed < Budget, $"{targetName}/{hostile} took {outcome.Elapsed}");
    }
}
