using Infra.Compositions.Authoring;

namespace Infra.Components.Crossplane.Database;

/// <summary>Patches and connection details the XDatabase compositions share.</summary>
internal static class DatabasePatches
{
    public const string Engine = "spec.parameters.engine";
    public const string EngineVersion = "spec.parameters.engineVersion";
    public const string SizeClass = "spec.parameters.sizeClass";
    public const string StorageGb = "spec.parameters.storageGB";
    public const string SecretNamespace = "crossplane-system";

    /// <summary>Size class → instance type of one cloud.</summary>
    public static FromCompositeFieldPath InstanceType(string to, string small, string medium, string large) => new(SizeClass, to)
    {
        Transforms = [MapTransform.Of(new Dictionary<string, string>(StringComparer.Ordinal) { ["small"] = small, ["medium"] = medium, ["large"] = large })],
    };

    /// <summary>The managed resource writes its connection secret to <c>crossplane-system/&lt;xr&gt;-&lt;suffix&gt;</c>.</summary>
    public static FromCompositeFieldPath ConnectionSecretName(string suffix) => new("metadata.name", "spec.writeConnectionSecretToRef.name")
    {
        Transforms = [StringTransform.Format("%s-" + suffix)],
    };

    /// <summary>The generated admin password goes to <c>crossplane-system/&lt;xr&gt;-password</c>.</summary>
    public static FromCompositeFieldPath PasswordSecretName(string to) => new("metadata.name", to)
    {
        Transforms = [StringTransform.Format("%s-password")],
    };

    /// <summary>The connection details every XDatabase exposes.</summary>
    public static IReadOnlyList<ConnectionDetail> ConnectionDetails { get; } =
    [
        ConnectionDetail.FromConnectionSecretKey("username", "username"),
        ConnectionDetail.FromConnectionSecretKey("password", "password"),
        ConnectionDetail.FromConnectionSecretKey("endpoint", "endpoint"),
        ConnectionDetail.FromConnectionSecretKey("port", "port"),
    ];
}
