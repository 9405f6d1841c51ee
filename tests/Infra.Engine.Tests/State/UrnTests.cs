namespace Infra.Engine.Tests.State;

public sealed class UrnTests
{
    [Theory]
    [InlineData("urn:pulumi:dev::proj::kubernetes:apps/v1:Deployment::web", "kubernetes:apps/v1:Deployment", "web")]
    [InlineData("urn:pulumi:dev::proj::my:Cluster$kubernetes:core/v1:Service::db", "my:Cluster$kubernetes:core/v1:Service", "db")]
    [InlineData("urn:pulumi:dev::proj::t:T::name::with::colons", "t:T", "name::with::colons")]
    [InlineData("urn:pulumi:dev::proj::t:T::", "t:T", "")]
    public void Parts_Urn_ReadFromTheSeparators(string urn, string qualifiedType, string name)
    {
        Assert.Equal(qualifiedType, Urn.QualifiedType(urn));
        Assert.Equal(name, Urn.Name(urn));
        Assert.Equal(qualifiedType[(qualifiedType.LastIndexOf('$') + 1)..], Urn.Type(urn));
    }

    [Theory]
    [InlineData("not-a-urn")]
    [InlineData("urn:pulumi:dev::proj")]
    [InlineData("urn:pulumi:dev::proj::t:T")]
    public void Parts_TooFewSeparators_NameIsWholeTextAndTypeEmpty(string text)
    {
        Assert.Equal(text, Urn.Name(text));
        Assert.Equal("", Urn.QualifiedType(text));
    }

    [Fact]
    public void Create_ThenRead_RoundTrips()
    {
        var urn = Urn.Create("dev", "proj", "my:Cluster", "kubernetes:core/v1:Service", "db");
        Assert.Equal("my:Cluster$kubernetes:core/v1:Service", Urn.QualifiedType(urn));
        Assert.Equal("db", Urn.Name(urn));
    }
}
