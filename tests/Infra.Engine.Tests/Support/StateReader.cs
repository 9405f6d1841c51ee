using System.Text.Json;

namespace Infra.Engine.Tests.Support;

/// <summary>Reads a file-backend checkpoint for assertions.</summary>
public static class StateReader
{
    public static JsonElement Resources(TempProject project, string stack = "dev")
    {
        var bytes = File.ReadAllBytes(project.Path($".infra/stacks/{stack}/checkpoint.json"));
        return JsonDocument.Parse(bytes).RootElement.GetProperty("state").GetProperty("resources").Clone();
    }

    public static IReadOnlyList<string> Urns(TempProject project, string stack = "dev") =>
        Resources(project, stack).EnumerateArray().Select(r => r.GetProperty("urn").GetString()!).ToList();

    public static IReadOnlyList<string> CustomIds(TempProject project, string stack = "dev") =>
        Resources(project, stack).EnumerateArray().Where(r => r.GetProperty("custom").GetBoolean()).Select(r => r.GetProperty("id").GetString()!).Order().ToList();

    public static long Serial(TempProject project, string stack = "dev") =>
        JsonDocument.Parse(File.ReadAllBytes(project.Path($".infra/stacks/{stack}/checkpoint.json"))).RootElement.GetProperty("state").GetProperty("serial").GetInt64();
}
