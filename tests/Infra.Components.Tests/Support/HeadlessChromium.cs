using System.Diagnostics;

namespace Infra.Components.Tests.Support;

/// <summary>Screenshots with Debian's headless Chromium (<c>apt-get install -y chromium</c>).</summary>
internal static class HeadlessChromium
{
    /// <summary>The browser on PATH, or null.</summary>
    public static string? Find() =>
        new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>Skips the test when Chromium is missing, except in CI (CI=true), where the check is required.</summary>
    public static string Require()
    {
        var browser = Find();
        if (browser is null && Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new InvalidOperationException("Chromium is required in CI (CI=true) for the browser check: apt-get install -y chromium (tests/run does it).");
        }
        Skip.If(browser is null, "Chromium is not installed (apt-get install -y chromium); the browser check is skipped.");
        return browser!;
    }

    /// <summary>Renders <paramref name="file"/> at the given window size and returns the PNG.</summary>
    public static async Task<byte[]> ScreenshotAsync(string browser, string file, int width, int height)
    {
        var output = Path.Combine(Path.GetDirectoryName(file)!, Path.GetFileNameWithoutExtension(file) + ".png");
        var profile = Path.Combine(Path.GetDirectoryName(file)!, "chromium-profile");
        var start = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                     $"--user-data-dir={profile}", $"--screenshot={output}", $"--window-size={width},{height}", new Uri(file).AbsoluteUri,
                 })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var log = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        var text = string.Join("\n", await log);
        Assert.True(File.Exists(output), $"Chromium wrote no screenshot (exit {process.ExitCode}):\n{text}");
        return await File.ReadAllBytesAsync(output);
    }
}
