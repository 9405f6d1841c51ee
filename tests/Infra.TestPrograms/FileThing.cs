using Infra;

namespace Infra.TestPrograms;

/// <summary>Arguments of a <see cref="FileThing"/>.</summary>
public sealed class FileThingArgs : ResourceArgs
{
    /// <summary>The content to store.</summary>
    public Input<string>? Content { get; init; }

    /// <summary>A value whose change forces replacement.</summary>
    public Input<string>? Immutable { get; init; }

    /// <summary>How long create and update take, in milliseconds.</summary>
    public Input<int>? DelayMs { get; init; }

    /// <summary>When true, create and update fail.</summary>
    public Input<bool>? Fail { get; init; }

    /// <summary>A secret value.</summary>
    public Input<string>? Password { get; init; }

    /// <summary>When set, the preview predicts output <c>echo</c> as "predicted" but create returns "actual".</summary>
    public Input<bool>? Mispredict { get; init; }
}

/// <summary>A resource stored as a file by <see cref="FileProvider"/>, so tests can see exactly what exists.</summary>
public sealed class FileThing : CustomResource
{
    /// <summary>Creates it.</summary>
    public FileThing(string name, FileThingArgs args, ResourceOptions? options = null)
        : base("files:index:Thing", name, args, options)
    {
        Content = GetOutput<string>("content");
        Path = GetOutput<string>("path");
        Echo = GetOutput<string>("echo");
    }

    /// <summary>The content.</summary>
    public Output<string> Content { get; }

    /// <summary>The file path.</summary>
    public Output<string> Path { get; }

    /// <summary>"predicted"/"actual" when <see cref="FileThingArgs.Mispredict"/> is set (a provider wrong about its outputs).</summary>
    public Output<string> Echo { get; }
}
