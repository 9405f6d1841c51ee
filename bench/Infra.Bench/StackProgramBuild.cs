using System.Reflection.PortableExecutable;

namespace Infra.Bench;

/// <summary>
/// Says how the measured stack program was built, for the results header: self-contained composite ReadyToRun (one
/// precompiled image of the program, its packages and the runtime), framework-dependent ReadyToRun, Native AOT, or
/// JIT-only.
/// </summary>
public static class StackProgramBuild
{
    /// <summary>E.g. <c>self-contained composite ReadyToRun (bench/Infra.Bench.Stack/bin/publish/Infra.Bench.Stack)</c>.</summary>
    public static string Describe(string program, string repositoryRoot)
    {
        var engine = Path.Combine(Path.GetDirectoryName(program)!, "Infra.Engine.dll");
        var composite = program + ".r2r.dll";
        var kind = !File.Exists(engine) ? (File.Exists(program) ? "Native AOT (one native executable)" : "unknown build")
            : File.Exists(composite) ? "self-contained composite ReadyToRun"
            : IsReadyToRun(engine) ? "framework-dependent ReadyToRun"
            : "JIT only (no ReadyToRun code)";
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
