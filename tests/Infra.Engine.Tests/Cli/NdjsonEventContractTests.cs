using Infra.Cli.Display;
using Infra.Engine.Events;

namespace Infra.Engine.Tests.Cli;

public sealed class NdjsonEventContractTests
{
    public static TheoryData<string> EventTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(EngineEvent).Assembly.GetTypes().Where(t => !t.IsAbstract && t.IsAssignableTo(typeof(EngineEvent))))
        {
            data.Add(type.FullName!);
        }
        return data;
    }

    // `--json` writes events through a source-generated contract: an event type missing from it could not be written.
    [Theory]
    [MemberData(nameof(EventTypes))]
    public void NdjsonContract_EveryEngineEventType_IsListed(string typeName)
    {
        var type = typeof(EngineEvent).Assembly.GetType(typeName, throwOnError: true)!;

        Assert.NotNull(NdjsonEventJson.Default.GetTypeInfo(type));
    }
}
