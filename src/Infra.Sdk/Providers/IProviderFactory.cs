namespace Infra.Providers;

/// <summary>Creates a provider for one package (the first segment of resource type tokens, e.g. <c>random</c>).</summary>
public interface IProviderFactory
{
    /// <summary>The package this factory serves.</summary>
    string Package { get; }

    /// <summary>Creates the provider for one run.</summary>
    IProvider Create(ProviderContext context);
}
