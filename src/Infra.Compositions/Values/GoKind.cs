namespace Infra.Compositions.Values;

/// <summary>The Go runtime type a value has inside the upstream function (SPEC §2.3).</summary>
internal enum GoKind
{
    Nil,
    String,
    Bool,
    Int,
    Int64,
    Float64,
    Map,
    Slice,
}
