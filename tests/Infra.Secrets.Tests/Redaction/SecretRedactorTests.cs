using System.Text;
using Infra.Secrets.Redaction;

namespace Infra.Secrets.Tests.Redaction;

public sealed class SecretRedactorTests
{
    public static TheoryData<string[], string, string> Cases => new()
    {
        { ["hunter2"], "password is hunter2.", "password is [secret]." },
        { ["hunter2"], "hunter2hunter2", "[secret][secret]" },
        { ["hunter2"], "nothing here", "nothing here" },
        { ["s3cr3t-token-value"], "token=" + B64("s3cr3t-token-value"), "token=[secret]" },
        { ["s3cr3t-token-value"], "Authorization: Basic " + B64("admin:s3cr3t-token-value"), "Authorization: Basic YWRtaW46[secret]" },
        { ["s3cr3t-token-value"], "x " + B64("ab" + "s3cr3t-token-value" + "cd") + " y", "x " + B64("ab" + "s3cr3t-token-value" + "cd")[..3] + "[secret]" + B64("ab" + "s3cr3t-token-value" + "cd")[^6..] + " y" },
        { ["key/with+chars??>>"], "url " + B64("key/with+chars??>>").TrimEnd('=').Replace('+', '-').Replace('/', '_'), "url [secret]" },
        { ["abc", "abcdef"], "xabcdefx abc", "x[secret]x [secret]" },
        { ["bcdefg", "abcd"], "abcdefg", "[secret]" },
        { ["", "pw"], "my pw", "my [secret]" },
        { [], "unchanged", "unchanged" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Redact_KnownSecrets_ReplacesEveryForm(string[] secrets, string input, string expected)
    {
        var redactor = new SecretRedactor(secrets);

        Assert.Equal(expected, redactor.Redact(input));
    }

    [Fact]
    public void Redact_ShortSecret_DoesNotRedactItsUnpaddedBase64Fragment()
    {
        var redactor = new SecretRedactor(["a"]);

        Assert.Equal("YQ Y[secret]b", redactor.Redact("YQ Yab"));
        Assert.Equal("[secret]", redactor.Redact("YQ=="));
    }

    [Fact]
    public void Redact_ManySecretsAndLongText_StaysFast()
    {
        var secrets = Enumerable.Range(0, 2_000).Select(i => $"secret-value-{i:D6}").ToArray();
        var redactor = new SecretRedactor(secrets);
        var text = string.Concat(Enumerable.Repeat("ordinary log line without anything sensitive in it\n", 2_000)) + secrets[1234];
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var redacted = redactor.Redact(text);

        watch.Stop();
        Assert.EndsWith("\n[secret]", redacted);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
