using Infra.Components.Tests.Support;

namespace Infra.Components.Tests.Templates;

/// <summary>The template tests that restore from packed Infra packages share one feed (packing is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class TemplateCollection : ICollectionFixture<LocalInfraFeed>
{
    public const string Name = "infra packages feed";
}
