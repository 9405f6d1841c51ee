namespace Infra.Bench;

/// <summary>A command line to run as a child: program, arguments, working directory and extra environment.</summary>
public sealed record ChildCommand(string Program, IReadOnlyList<string> Arguments, string WorkingDirectory, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>A built .NET program: its apphost when given one, else <c>dotnet PROGRAM.dll</c>.</summary>
    public static ChildCommand ForDotnet(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment) =>
        program.EndsWith(".dll", StringComparison.Ordinal)
            ? new ChildCommand("dotnet", [program, .. arguments], workingDirectory, environment)
            : new ChildCommand(program, [.. arguments], workingDirectory, environment);

    public override string ToString() => $"{Program} {string.Join(' ', Arguments)}";
}
