using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Infra.Engine.Telemetry;

/// <summary>
/// The engine's OpenTelemetry instruments. <see cref="ActivitySource"/> and <see cref="Meter"/> are process-wide by
/// .NET design (listeners subscribe by name); they hold no run state. Attributes carry URNs, types, kinds and
/// redacted messages only — never property values.
/// </summary>
public static class EngineTelemetry
{
    /// <summary>The name of the activity source and meter.</summary>
    public const string Name = "Infra.Engine";

    /// <summary>Spans: command, program run, policy evaluation, steps, provider calls, state writes.</summary>
    public static readonly ActivitySource Source = new(Name, "0.1.0");

    /// <summary>Metrics.</summary>
    public static readonly Meter Meter = new(Name, "0.1.0");

    /// <summary>Steps by kind and outcome.</summary>
    public static readonly Counter<long> Steps = Meter.CreateCounter<long>("infra.steps", description: "Steps executed, by kind and outcome.");

    /// <summary>Provider call latency.</summary>
    public static readonly Histogram<double> ProviderCallDuration = Meter.CreateHistogram<double>("infra.provider.call.duration", "ms", "Provider call latency.");

    /// <summary>Policy evaluation time.</summary>
    public static readonly Histogram<double> PolicyDuration = Meter.CreateHistogram<double>("infra.policy.evaluation.duration", "ms", "Time to evaluate the policy gates over a plan.");

    /// <summary>State write time.</summary>
    public static readonly Histogram<double> StateWriteDuration = Meter.CreateHistogram<double>("infra.state.write.duration", "ms", "Time of one durable state write (journal batch or checkpoint).");

    /// <summary>State bytes written.</summary>
    public static readonly Counter<long> StateWriteBytes = Meter.CreateCounter<long>("infra.state.write.bytes", "By", "Bytes written to state (journal and checkpoint).");

    /// <summary>Times a provider call in a child span, recording latency and errors.</summary>
    public static async Task<T> ProviderCallAsync<T>(string package, string operation, string urn, Func<Task<T>> call)
    {
        using var activity = Source.StartActivity($"provider.{operation}");
        activity?.SetTag("infra.provider", package);
        activity?.SetTag("infra.urn", urn);
        var watch = Stopwatch.StartNew();
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            ProviderCallDuration.Record(watch.Elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("provider", package), new KeyValuePair<string, object?>("operation", operation));
        }
    }
}
