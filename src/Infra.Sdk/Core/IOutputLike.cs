namespace Infra;

/// <summary>Lets untyped code (serializers, <see cref="Output.Format"/>) treat any output or input uniformly.</summary>
internal interface IOutputLike
{
    /// <summary>The value as an untyped output.</summary>
    Output<object?> ToObjectOutput();
}
