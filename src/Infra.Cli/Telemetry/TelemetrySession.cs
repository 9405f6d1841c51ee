using System.Diagnostics;
using Infra.Engine.Diagnostics;
using Infra.Engine.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Infra.Cli.Telemetry;

/// <summary>
/// Tracing and metrics for one command: exported only when asked (<c>--tracing file://…</c>, <c>--otlp-endpoint</c>
/// or the standard <c>OTEL_EXPORTER_OTLP_*</c> variables); the command span continues <c>TRACEPARENT</c>.
/// </summary>
internal sealed class TelemetrySession : IDisposable
{
    private readonly TracerProvider? _tracer;
    private readonly MeterProvider? _meter;
    private readonly Activity? _root;

    private TelemetrySession(TracerProvider? tracer, MeterProvider? meter, Activity? root)
    {
        _tracer = tracer;
        _meter = meter;
        _root = root;
    }

    public static TelemetrySession Start(CliContext context, string command, string? tracing, string? otlpEndpoint)
    {
        var endpoint = otlpEndpoint ?? context.Environment.Get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") ?? context.Environment.Get("OTEL_EXPORTER_OTLP_ENDPOINT");
        TracerProvider? tracer = null;
        MeterProvider? meter = null;
        if (tracing is not null || endpoint is not null)
        {
            var resource = ResourceBuilder.CreateDefault().AddService(context.Environment.Get("OTEL_SERVICE_NAME") ?? "infra");
            var builder = Sdk.CreateTracerProviderBuilder().AddSource(EngineTelemetry.Name).SetResourceBuilder(resource);
            if (tracing is not null)
            {
                if (!tracing.StartsWith("file://", StringComparison.Ordinal))
                {
                    throw new InputException($"--tracing must be a file:// URL (e.g. file://trace.json), got '{tracing}'.");
                }
                builder.AddProcessor(new SimpleActivityExportProcessor(new FileSpanExporter(context.ResolvePath(tracing["file://".Length..]))));
            }
            if (endpoint is not null)
            {
                var headers = context.Environment.Get("OTEL_EXPORTER_OTLP_HEADERS");
                builder.AddOtlpExporter(o => Configure(o, endpoint, "v1/traces", headers));
                meter = Sdk.CreateMeterProviderBuilder().AddMeter(EngineTelemetry.Name).SetResourceBuilder(resource)
                    .AddOtlpExporter(o => Configure(o, endpoint, "v1/metrics", headers)).Build();
            }
            tracer = builder.Build();
        }
        ActivityContext.TryParse(context.Environment.Get("TRACEPARENT"), context.Environment.Get("TRACESTATE"), out var parent);
        var root = EngineTelemetry.Source.StartActivity($"infra.{command}", ActivityKind.Internal, parent);
        root?.SetTag("infra.command", command);
        return new TelemetrySession(tracer, meter, root);
    }

    public int Complete(int exitCode)
    {
        _root?.SetTag("infra.exit_code", exitCode);
        if (exitCode != 0)
        {
            _root?.SetStatus(ActivityStatusCode.Error, $"exit code {exitCode}");
        }
        return exitCode;
    }

    public void Dispose()
    {
        _root?.Dispose();
        _tracer?.ForceFlush();
        _tracer?.Dispose();
        _meter?.ForceFlush();
        _meter?.Dispose();
    }

    private static void Configure(OtlpExporterOptions options, string endpoint, string signalPath, string? headers)
    {
        var uri = new Uri(endpoint);
        options.Protocol = OtlpExportProtocol.HttpProtobuf;
        options.Endpoint = uri.AbsolutePath is "/" or "" ? new Uri(uri, signalPath) : uri;
        if (headers is not null)
        {
            options.Headers = headers;
        }
    }
}
