namespace Infra.Fuzz.Tests.Harness;

/// <summary>One fuzzed input: the file the CLI reads (valid in a fresh workspace) and the CLI verb that parses it.</summary>
/// <param name="Name">Short name for messages.</param>
/// <param name="FileName">The file (relative to the workspace) that each case overwrites.</param>
/// <param name="Syntax">Its grammar.</param>
/// <param name="Args">The CLI arguments.</param>
/// <param name="AllowedExitCodes">Exit codes a well-behaved CLI may return for arbitrary content.</param>
public sealed record FuzzTarget(string Name, string FileName, Syntax Syntax, string[] Args, int[] AllowedExitCodes)
{
    public override string ToString() => Name;
}
