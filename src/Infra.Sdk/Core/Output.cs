using System.Collections.Immutable;

namespace Infra;

/// <summary>
/// A value that becomes available as resources deploy. Outputs carry whether the value is known (previews
/// leave values of resources not yet deployed unknown), whether it is secret, and which resources it depends
/// on, and every <see cref="Apply{TResult}(Func{T, TResult})"/> carries all three forward.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class Output<T> : IOutputLike
{
    internal Output(Task<OutputData<T>> data) => DataTask = data;

    internal Task<OutputData<T>> DataTask { get; }

    /// <summary>Transforms the value once it is known; unknown and secret markers and dependencies flow through.</summary>
    public Output<TResult> Apply<TResult>(Func<T, TResult> func) => Apply(v => Task.FromResult(func(v)));

    /// <summary>Transforms the value asynchronously once it is known.</summary>
    public Output<TResult> Apply<TResult>(Func<T, Task<TResult>> func) => new(Tracked(ApplyAsync(func)));

    /// <summary>
    /// The SDK's own transformation of a value on its way into a resource's inputs (conversions of inputs, lists and
    /// maps): unlike <see cref="Apply{TResult}(Func{T, TResult})"/> it is not program code looking at the value, so an
    /// unknown or predicted value does not count as observed; the dependency travels with it.
    /// </summary>
    internal Output<TResult> Map<TResult>(Func<T, TResult> func) => new(MapAsync(func));

    /// <summary>Chains to another output computed from this value.</summary>
    public Output<TResult> Apply<TResult>(Func<T, Output<TResult>> func) => new(Tracked(ApplyOutputAsync(func)));

    /// <summary>Returns the same value marked as secret.</summary>
    public Output<T> AsSecret() => new(MarkSecretAsync());

    /// <summary>Returns a task with the resolved data (tests and the engine use this; programs should use Apply).</summary>
    public Task<OutputData<T>> GetDataAsync() => ObserveAsync(DataTask);

    Output<object?> IOutputLike.ToObjectOutput()
    {
        // Most outputs a program hands to a resource are already resolved: box the data without another async step.
        if (DataTask.IsCompletedSuccessfully)
        {
            var data = DataTask.Result;
            return new(Task.FromResult(new OutputData<object?>(data.IsKnown ? data.Value : null, data.IsKnown, data.IsSecret, data.Resources)));
        }
        return Map(v => (object?)v);
    }

    /// <inheritdoc />
    public override string ToString() =>
        "Output<" + typeof(T).Name + ">: use Apply to read the value; Output.Format builds strings from outputs.";

    private async Task<OutputData<T>> MarkSecretAsync()
    {
        var data = await DataTask.ConfigureAwait(false);
        return data with { IsSecret = true };
    }

    private static Task<TData> Tracked<TData>(Task<TData> task)
    {
        if (!task.IsCompleted)
        {
            Deployment.DeploymentScope.Current?.TrackTask(task);
        }
        return task;
    }

    private static async Task<OutputData<T>> ObserveAsync(Task<OutputData<T>> data)
    {
        var resolved = await data.ConfigureAwait(false);
        Observe(resolved.IsKnown, resolved.Resources);
        return resolved;
    }

    // Program code is about to see a value: tell the run when the value is unknown, or only a provider's prediction
    // (an output of a resource a preview has not deployed), since an update may then see something else.
    private static void Observe(bool known, ImmutableHashSet<Resource> resources)
    {
        if (Deployment.DeploymentScope.Current is not { } monitor)
        {
            return;
        }
        if (!known)
        {
            monitor.ObserveUnknown();
            return;
        }
        foreach (var resource in resources)
        {
            if (resource.Completion.Task is { IsCompletedSuccessfully: true } done && done.Result.Predicted)
            {
                monitor.ObserveUnknown();
                return;
            }
        }
    }

    private async Task<OutputData<TResult>> MapAsync<TResult>(Func<T, TResult> func)
    {
        var data = await DataTask.ConfigureAwait(false);
        return data.IsKnown
            ? new OutputData<TResult>(func(data.Value), true, data.IsSecret, data.Resources)
            : new OutputData<TResult>(default!, false, data.IsSecret, data.Resources);
    }

    private async Task<OutputData<TResult>> ApplyAsync<TResult>(Func<T, Task<TResult>> func)
    {
        var data = await DataTask.ConfigureAwait(false);
        Observe(data.IsKnown, data.Resources);
        if (!data.IsKnown)
        {
            return new OutputData<TResult>(default!, false, data.IsSecret, data.Resources);
        }
        var result = await func(data.Value).ConfigureAwait(false);
        return new OutputData<TResult>(result, true, data.IsSecret, data.Resources);
    }

    private async Task<OutputData<TResult>> ApplyOutputAsync<TResult>(Func<T, Output<TResult>> func)
    {
        var data = await DataTask.ConfigureAwait(false);
        Observe(data.IsKnown, data.Resources);
        if (!data.IsKnown)
        {
            return new OutputData<TResult>(default!, false, data.IsSecret, data.Resources);
        }
        var inner = await func(data.Value).DataTask.ConfigureAwait(false);
        return new OutputData<TResult>(inner.Value, inner.IsKnown, data.IsSecret || inner.IsSecret, data.Resources.Union(inner.Resources));
    }
}

/// <summary>Factory methods for <see cref="Output{T}"/>.</summary>
public static class Output
{
    /// <summary>A known, non-secret output.</summary>
    public static Output<T> Create<T>(T value) => new(Task.FromResult(new OutputData<T>(value, true, false, OutputData<T>.NoResources)));

    /// <summary>An output resolved from a task.</summary>
    public static Output<T> Create<T>(Task<T> value) => new(WrapAsync(value));

    /// <summary>A known output marked secret.</summary>
    public static Output<T> CreateSecret<T>(T value) => new(Task.FromResult(new OutputData<T>(value, true, true, OutputData<T>.NoResources)));

    /// <summary>An output whose value is not known (what previews produce for values not yet computed).</summary>
    public static Output<T> CreateUnknown<T>() => new(Task.FromResult(new OutputData<T>(default!, false, false, OutputData<T>.NoResources)));

    /// <summary>Combines several inputs into one output of all their values, in order.</summary>
    public static Output<ImmutableArray<T>> All<T>(params Input<T>[] inputs) => All((IEnumerable<Input<T>>)inputs);

    /// <summary>Combines several inputs into one output of all their values, in order.</summary>
    public static Output<ImmutableArray<T>> All<T>(IEnumerable<Input<T>> inputs) => new(AllAsync(inputs.Select(i => i.ToOutput()).ToList()));

    /// <summary>Combines two outputs.</summary>
    public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> first, Input<T2> second) => new(TupleAsync(first.ToOutput(), second.ToOutput()));

    /// <summary>Combines three outputs.</summary>
    public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Input<T1> first, Input<T2> second, Input<T3> third) =>
        new(Triple(first.ToOutput(), second.ToOutput(), third.ToOutput()));

    /// <summary>Formats an interpolated string whose holes may be outputs: <c>Output.Format($"https://{host}:{port}")</c>.</summary>
    public static Output<string> Format(FormattableString formattable)
    {
        var args = formattable.GetArguments();
        var outputs = args.Select(ToObjectOutput).ToList();
        return new Output<string>(FormatAsync(formattable.Format, outputs));
    }

    internal static Output<object?> ToObjectOutput(object? arg) => arg switch
    {
        IOutputLike like => like.ToObjectOutput(),
        _ => Create(arg),
    };

    private static async Task<OutputData<string>> FormatAsync(string format, List<Output<object?>> outputs)
    {
        var all = await AllAsync(outputs).ConfigureAwait(false);
        if (!all.IsKnown)
        {
            return new OutputData<string>(default!, false, all.IsSecret, all.Resources);
        }
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, all.Value.ToArray());
        return new OutputData<string>(text, true, all.IsSecret, all.Resources);
    }

    private static async Task<OutputData<T>> WrapAsync<T>(Task<T> task) =>
        new(await task.ConfigureAwait(false), true, false, OutputData<T>.NoResources);

    private static async Task<OutputData<ImmutableArray<T>>> AllAsync<T>(List<Output<T>> outputs)
    {
        var values = ImmutableArray.CreateBuilder<T>(outputs.Count);
        var known = true;
        var secret = false;
        var resources = OutputData<T>.NoResources;
        foreach (var output in outputs)
        {
            var data = await output.DataTask.ConfigureAwait(false);
            known &= data.IsKnown;
            secret |= data.IsSecret;
            resources = resources.Union(data.Resources);
            values.Add(data.Value);
        }
        return new OutputData<ImmutableArray<T>>(known ? values.MoveToImmutable() : default, known, secret, resources);
    }

    private static async Task<OutputData<(T1, T2, T3)>> Triple<T1, T2, T3>(Output<T1> first, Output<T2> second, Output<T3> third)
    {
        var ab = await TupleAsync(first, second).ConfigureAwait(false);
        var c = await third.DataTask.ConfigureAwait(false);
        return new OutputData<(T1, T2, T3)>((ab.Value.Item1, ab.Value.Item2, c.Value), ab.IsKnown && c.IsKnown, ab.IsSecret || c.IsSecret, ab.Resources.Union(c.Resources));
    }

    private static async Task<OutputData<(T1, T2)>> TupleAsync<T1, T2>(Output<T1> first, Output<T2> second)
    {
        var a = await first.DataTask.ConfigureAwait(false);
        var b = await second.DataTask.ConfigureAwait(false);
        return new OutputData<(T1, T2)>((a.Value, b.Value), a.IsKnown && b.IsKnown, a.IsSecret || b.IsSecret, a.Resources.Union(b.Resources));
    }
}
