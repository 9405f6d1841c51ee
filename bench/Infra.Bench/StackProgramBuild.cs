using System.Reflection.PortableExecutable;

namespace Infra.Bench;

/// <summary>Says how the measured stack program was built: ReadyToRun (precompiled) or JIT-only, for the results header.</summary>
public static class StackProgramBuild
{
    /// <summary>E.g. <c>ReadyToRun (bench/Infra.Bench.Stack/bin/publish/Infra.Bench.Stack)</c>.</summary>
    public static string Describe(string program, string repositoryRoot)
    {
        var engine = Path.Combine(Path.GetDirectoryName(program)!, "Infra.Engine.dll");
        var kind = !File.Exists(engine) ? "unknown build" : IsReadyToRun(engine) ? "ReadyToRun" : "JIT only (no ReadyToRun code)";
        return $"{kind} ({Path.GetRelativePath(repositoryRoot, program)})";
    }

    /// <summary>True when the assembly carries precompiled code (a ReadyToRun header).</summary>
    public static bool IsReadyToRun(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
