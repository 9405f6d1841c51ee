namespace Infra.Components.Tests.Support;

/// <summary>Tests that restore generated or consumer projects from packed Infra packages share one feed (packing is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class LocalFeedCollection : ICollectionFixture<LocalInfraFeed>
{
    public const string Name = "infra packages feed";
}
