using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Infra.Engine.Telemetry;
using Infra.Engine.Tests.Support;
using Infra.TestPrograms;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Infra.Engine.Tests.Telemetry;

public sealed class TelemetryTests
{
    private const string Secret = "telemetry-secret-value";

    private static void Body(LambdaStack stack)
    {
        var ok = new FileThing("ok", new FileThingArgs { Content = "fine", Password = Output.CreateSecret(Secret) });
        _ = new FileThing("broken", new FileThingArgs { Fail = true, Content = ok.Path });
    }

    [Fact]
    public async Task Up_EmitsCommandProgramStepAndProviderSpans_ContinuingTraceparent_WithErrorStatusOnFailedStep()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource(EngineTelemetry.Name).AddInMemoryExporter(spans).Build();
        using var meter = Sdk.CreateMeterProviderBuilder().AddMeter(EngineTelemetry.Name).AddInMemoryExporter(metrics).Build();
        using var project = new TempProject();
        var traceId = ActivityTraceId.CreateRandom();
        var parentSpan = ActivitySpanId.CreateRandom();
        project.Variables["TRACEPARENT"] = $"00-{traceId.ToHexString()}-{parentSpan.ToHexString()}-01";

        var run = await project.RunAsync(Body, "up", "--stack", "dev", "--yes");
        Assert.Equal(1, run.ExitCode);
        tracer!.ForceFlush();
        meter!.ForceFlush();

        var mine = spans.Where(s => s.TraceId == traceId).ToList();
        var root = Assert.Single(mine, s => s.DisplayName == "infra.up");
        Assert.Equal(parentSpan, root.ParentSpanId);
        Assert.Equal(ActivityStatusCode.Error, root.Status);
        var update = Assert.Single(mine, s => s.DisplayName == "program.update");
        Assert.Equal(root.SpanId, update.ParentSpanId);
        Assert.Single(mine, s => s.DisplayName == "program.preview" && s.ParentSpanId == root.SpanId);
        var steps = mine.Where(s => s.DisplayName == "step").ToList();
        var okStep = Assert.Single(steps, s => (string?)s.GetTagItem("infra.urn") == "urn:pulumi:dev::testproj::files:index:Thing::ok");
        Assert.Equal("create", okStep.GetTagItem("infra.step.kind"));
        Assert.Equal("files", okStep.GetTagItem("infra.provider"));
        Assert.Equal("succeeded", okStep.GetTagItem("infra.outcome"));
        Assert.Equal(update.SpanId, okStep.ParentSpanId);
        var failed = Assert.Single(steps, s => ((string?)s.GetTagItem("infra.urn"))!.EndsWith("::broken", StringComparison.Ordinal));
        Assert.Equal(ActivityStatusCode.Error, failed.Status);
        Assert.Contains("fail: true", failed.StatusDescription);
        Assert.Contains(mine, s => s.DisplayName == "provider.create" && s.ParentSpanId == okStep.SpanId);
        Assert.Contains(mine, s => s.DisplayName == "state.checkpoint");
        foreach (var span in mine)
        {
            Assert.DoesNotContain(span.TagObjects, t => t.Value?.ToString()?.Contains(Secret, StringComparison.Ordinal) == true);
        }

        Assert.Contains(metrics, m => m.Name == "infra.steps");
        Assert.Contains(metrics, m => m.Name == "infra.provider.call.duration");
        Assert.Contains(metrics, m => m.Name == "infra.state.write.bytes");
    }

    [Fact]
    public async Task TracingFile_WritesSpansAsJsonLines_WithoutSecrets()
    {
        using var project = new TempProject();
        var run = await project.RunAsync(Body, "up", "--stack", "dev", "--yes", "--tracing", "file://trace.json");
        Assert.Equal(1, run.ExitCode);
        var lines = File.ReadAllLines(project.Path("trace.json"));
        Assert.Contains(lines, l => l.Contains("\"name\":\"infra.up\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"name\":\"step\"", StringComparison.Ordinal) && l.Contains("::ok", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(Secret, StringComparison.Ordinal));
        Assert.Equal(2, (await project.RunAsync(Body, "up", "--stack", "dev", "--yes", "--tracing", "http://nope")).ExitCode);
    }

    [Fact]
    public async Task OtlpEndpoint_PostsProtobufSpansToTheCollector()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var received = new List<(string Path, string? ContentType, byte[] Body)>();
        var serving = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                lock (received)
                {
                    received.Add((context.Request.Url!.AbsolutePath, context.Request.ContentType, body.ToArray()));
                }
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
                context.Response.Close();
            }
        });
        using var project = new TempProject();
        var run = await project.RunAsync(s => _ = new FileThing("exported", new FileThingArgs { Content = "x" }), "up", "--stack", "dev", "--yes", "--otlp-endpoint", $"http://127.0.0.1:{port}");
        Assert.True(run.ExitCode == 0, run.ToString());
        listener.Stop();
        await serving;
        List<(string Path, string? ContentType, byte[] Body)> traces;
        lock (received)
        {
            traces = received.Where(r => r.Path == "/v1/traces").ToList();
        }
        Assert.NotEmpty(traces);
        Assert.All(traces, t => Assert.Equal("application/x-protobuf", t.ContentType));
        var payload = traces.SelectMany(t => t.Body).ToArray();
        foreach (var expected in new[] { "infra.up", "program.update", "step", "urn:pulumi:dev::testproj::files:index:Thing::exported", "Infra.Engine" })
        {
            Assert.True(Contains(payload, Encoding.UTF8.GetBytes(expected)), $"the OTLP payload lacks '{expected}'");
        }
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
