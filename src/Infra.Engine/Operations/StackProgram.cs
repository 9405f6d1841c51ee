using System.Reflection;
using Infra.Providers;

namespace Infra.Engine.Operations;

/// <summary>A program the engine can run: how to construct its stack, and where its providers come from.</summary>
/// <param name="CreateStack">Constructs the stack (resources register as it runs).</param>
/// <param name="Assembly">The program's assembly; provider packages it references are discovered from it.</param>
/// <param name="Providers">Providers given explicitly (tests, custom providers).</param>
public sealed record StackProgram(Func<Stack> CreateStack, Assembly? Assembly = null, IReadOnlyList<IProviderFactory>? Providers = null)
{
    /// <summary>A program for stack type <typeparamref name="TStack"/>.</summary>
    public static StackProgram For<TStack>(params IProviderFactory[] providers)
        where TStack : Stack, new() => new(() => new TStack(), typeof(TStack).Assembly, providers);
}
