using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Infra.Engine.Diagnostics;
using Infra.Providers;

namespace Infra.Engine.Providers;

/// <summary>
/// Maps provider packages to provider instances for one run. Factories come from explicit registration or from
/// <see cref="InfraProviderAttribute"/> on the assemblies of resource classes the program uses.
/// </summary>
public sealed class ProviderRegistry
{
    private readonly ConcurrentDictionary<string, IProviderFactory> _factories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<IProvider>> _providers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Assembly, bool> _scanned = new();
    private readonly Func<string, ProviderContext> _contextFor;

    /// <summary>Creates a registry.</summary>
    /// <param name="factories">Explicit factories (they win over discovered ones).</param>
    /// <param name="contextFor">Builds the context for a package.</param>
    public ProviderRegistry(IEnumerable<IProviderFactory> factories, Func<string, ProviderContext> contextFor)
    {
        foreach (var factory in factories)
        {
            _factories[factory.Package] = factory;
        }
        _contextFor = contextFor;
    }

    /// <summary>
    /// Looks for provider attributes in <paramref name="assembly"/> and, transitively, the assemblies it references that
    /// build on Infra: an assembly that does not reference the attribute's assembly can neither carry the attribute nor
    /// use a provider's resource classes (they derive from Infra's), so it is neither scanned nor followed. That keeps a
    /// command from loading and reading the attributes of every library the program ships (gRPC, Protobuf, telemetry...).
    /// </summary>
    public void Discover(Assembly assembly)
    {
        if (!System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported)
        {
            // Native AOT: references cannot be followed (GetReferencedAssemblies is not supported), but every assembly
            // compiled into the program is already loaded.
            foreach (var loaded in AppDomain.CurrentDomain.GetAssemblies())
            {
                ScanAttributes(loaded);
            }
            return;
        }
        var pending = new Stack<Assembly>();
        pending.Push(assembly);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!ScanAttributes(current))
            {
                continue;
            }
            foreach (var reference in ReferencesOf(current))
            {
                if (reference.Name is null || reference.Name.StartsWith("System", StringComparison.Ordinal) || reference.Name.StartsWith("Microsoft", StringComparison.Ordinal)
                    || reference.Name is "netstandard" or "mscorlib" or "KubernetesClient" or "YamlDotNet")
                {
                    continue;
                }
                try
                {
                    var referenced = Assembly.Load(reference);
                    if (BuildsOnInfra(referenced))
                    {
                        pending.Push(referenced);
                    }
                }
                catch (FileNotFoundException)
                {
                    // An optional reference that is not deployed: it cannot hold a provider we need.
                }
            }
        }
    }

    // Registers the factories an assembly names; false when it was scanned before.
    private bool ScanAttributes(Assembly assembly)
    {
        if (!_scanned.TryAdd(assembly, true))
        {
            return false;
        }
        foreach (var attribute in assembly.GetCustomAttributes<InfraProviderAttribute>())
        {
            var factory = (IProviderFactory)Activator.CreateInstance(attribute.FactoryType)!;
            _factories.TryAdd(factory.Package, factory);
        }
        return true;
    }

    private static bool BuildsOnInfra(Assembly assembly)
    {
        var sdk = typeof(InfraProviderAttribute).Assembly;
        if (assembly == sdk)
        {
            return true;
        }
        var sdkName = sdk.GetName().Name;
        foreach (var reference in ReferencesOf(assembly))
        {
            if (string.Equals(reference.Name, sdkName, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // Only the JIT path of Discover follows references (Native AOT scans the loaded assemblies instead).
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode",
        Justification = "A trimmed program keeps a reference only to an assembly some kept code uses; a reference the trimmer removed "
            + "points at an assembly none of whose code survives, so it holds neither a resource class the program uses nor the "
            + "provider for one, and not following it loses nothing. A referenced assembly missing at run time is already skipped.")]
    private static AssemblyName[] ReferencesOf(Assembly assembly) => assembly.GetReferencedAssemblies();

    /// <summary>The provider for <paramref name="package"/>.</summary>
    public IProvider Get(string package)
    {
        if (!_factories.TryGetValue(package, out var factory))
        {
            throw new InputException($"no provider is available for package '{package}': reference the provider's NuGet package from the program.");
        }
        // Looked up first: the adding path allocates its closures, and a run asks once per step.
        return _providers.TryGetValue(package, out var known) ? known.Value
            : _providers.GetOrAdd(package, p => new Lazy<IProvider>(() => factory.Create(_contextFor(p)))).Value;
    }

    /// <summary>The providers created so far.</summary>
    public IEnumerable<IProvider> Created => _providers.Values.Where(l => l.IsValueCreated).Select(l => l.Value);
}
