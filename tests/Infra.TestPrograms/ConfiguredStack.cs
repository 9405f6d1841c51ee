using Infra;

namespace Infra.TestPrograms;

/// <summary>
/// A stack shaped by config: <c>things</c> (how many), <c>content</c> (their content), <c>chain</c> (each depends
/// on the previous one), <c>delayMs</c> (how long each create and update takes). Used by child-process tests.
/// </summary>
public sealed class ConfiguredStack : Stack
{
    /// <summary>Builds it.</summary>
    public ConfiguredStack()
    {
        var config = new Config();
        var count = config.GetInt32("things") ?? 3;
        var content = config.Get("content") ?? "v1";
        var chain = config.GetBoolean("chain") ?? false;
        var delay = config.GetInt32("delayMs");
        FileThing? previous = null;
        for (var i = 0; i < count; i++)
        {
            var dependsOn = chain && previous is not null ? new[] { (Resource)previous } : [];
            previous = new FileThing($"thing-{i}", new FileThingArgs { Content = content, DelayMs = delay is { } ms ? (Input<int>)ms : null }, new ResourceOptions { DependsOn = dependsOn });
        }
    }
}
