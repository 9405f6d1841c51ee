using Infra.Secrets.Passphrase;

namespace Infra.Secrets.Tests.Passphrase;

public sealed class PassphraseResolverTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("infra-passphrase-").FullName;

    public static TheoryData<Dictionary<string, string?>, string> Resolvable => new()
    {
        { new() { ["PULUMI_CONFIG_PASSPHRASE"] = "pulumi-phrase" }, "pulumi-phrase" },
        { new() { ["INFRA_CONFIG_PASSPHRASE"] = "infra-phrase", ["PULUMI_CONFIG_PASSPHRASE"] = "pulumi-phrase" }, "infra-phrase" },
        { new() { ["PULUMI_CONFIG_PASSPHRASE"] = "" }, "" },
        { new() { ["INFRA_CONFIG_PASSPHRASE"] = null, ["PULUMI_CONFIG_PASSPHRASE"] = "p" }, "p" },
        { new() { ["INFRA_CONFIG_PASSPHRASE_FILE"] = "", ["PULUMI_CONFIG_PASSPHRASE"] = "p" }, "p" },
    };

    [Theory]
    [MemberData(nameof(Resolvable))]
    public void Resolve_VariablesSet_ReturnsPassphraseByPrecedence(Dictionary<string, string?> environment, string expected)
    {
        var result = PassphraseResolver.Resolve(environment);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("INFRA_CONFIG_PASSPHRASE_FILE")]
    [InlineData("PULUMI_CONFIG_PASSPHRASE_FILE")]
    public void Resolve_PassphraseFile_ReturnsTrimmedContents(string variable)
    {
        var path = Path.Combine(_directory, "phrase.txt");
        File.WriteAllText(path, "  from file \n");

        var result = PassphraseResolver.Resolve(new Dictionary<string, string?> { [variable] = path });

        Assert.Equal("from file", result.Value);
    }

    [Fact]
    public void Resolve_NothingSet_ReturnsMissingNamingVariables()
    {
        var result = PassphraseResolver.Resolve(new Dictionary<string, string?> { ["PULUMI_CONFIG_PASSPHRASE_FILE"] = "" });

        Assert.Equal(SecretsErrorCode.PassphraseMissing, result.Error?.Code);
        foreach (var name in new[] { "INFRA_CONFIG_PASSPHRASE", "INFRA_CONFIG_PASSPHRASE_FILE", "PULUMI_CONFIG_PASSPHRASE", "PULUMI_CONFIG_PASSPHRASE_FILE" })
        {
            Assert.Contains(name, result.Error!.Message);
        }
    }

    [Fact]
    public void Resolve_FileMissing_ReturnsUnreadableNamingVariable()
    {
        var path = Path.Combine(_directory, "absent.txt");

        var result = PassphraseResolver.Resolve(name => name == "PULUMI_CONFIG_PASSPHRASE_FILE" ? path : null);

        Assert.Equal(SecretsErrorCode.PassphraseFileUnreadable, result.Error?.Code);
        Assert.Contains("PULUMI_CONFIG_PASSPHRASE_FILE", result.Error!.Message);
        Assert.Contains(path, result.Error.Message);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
