using Infra.Hcl;

namespace Infra.Providers.Vault.Tests;

public sealed class HclSyntaxCheckerTests
{
    public static TheoryData<string> ValidPolicies => new()
    {
        "path \"secret/*\" {\n  capabilities = [\"read\", \"list\"]\n}",
        "# comment\npath \"a\" { capabilities = [\"deny\"] }\n// another\n/* block */ path \"b\" { capabilities = [] }",
        "path \"sys/*\" {\n  capabilities = [\"read\",]\n  allowed_parameters = {\n    \"ttl\" = [\"1h\"]\n  }\n  min_wrapping_ttl = \"1s\"\n}",
        "key_prefix \"\" { policy = \"read\" }\nservice \"web\" { policy = \"write\" intentions = \"read\" }\noperator = \"read\"",
        "",
    };

    public static TheoryData<string, string> InvalidPolicies => new()
    {
        { "path \"a\" {\n  capabilities = [\"read\"\n}", "3:1: expected ',' or ']', found '}'" },
        { "path \"a\" {\n  capabilities = [\"read\"]\n", "3:1: unexpected end of text: a '{' block is not closed" },
        { "path \"a\" }", "1:10: expected '=', a \"label\" or '{' after the name" },
        { "path \"a {\n}", "1:6: string is not closed on its line" },
        { "path \"a\" { capabilities = }", "1:27: expected a value, found '}'" },
        { "}", "1:1: '}' without a matching '{'" },
        { "/* open", "1:1: comment '/*' is not closed" },
    };

    [Theory]
    [MemberData(nameof(ValidPolicies))]
    public void FindError_ValidHcl_ReturnsNull(string text) => Assert.Null(HclSyntaxChecker.FindError(text));

    [Theory]
    [MemberData(nameof(InvalidPolicies))]
    public void FindError_InvalidHcl_ReportsLineColumnAndReason(string text, string expected) =>
        Assert.Equal(expected, HclSyntaxChecker.FindError(text));
}
