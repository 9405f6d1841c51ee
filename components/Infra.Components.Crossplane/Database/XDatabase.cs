using System.Globalization;
using System.Text.Json.Nodes;
using Infra.Compositions.Authoring;
using Infra.Components.Crossplane.Composites;

namespace Infra.Components.Crossplane.Database;

/// <summary>
/// A managed PostgreSQL or MySQL database on AWS RDS, GCP Cloud SQL or an Azure flexible server, as a Crossplane
/// XDatabase composite: the size class maps to an instance type, storage is derived with math transforms, region,
/// labels and deletion policy come from the environment, and the connection details go to a secret.
/// </summary>
public sealed class XDatabase : CompositeResource
{
    /// <summary>The component's type token.</summary>
    public new const string TypeToken = "infra:crossplane:XDatabase";

    /// <summary>Renders and declares the database.</summary>
    /// <param name="name">The XR name (an RFC 1123 label).</param>
    /// <param name="args">The database's settings.</param>
    /// <param name="options">Resource options.</param>
    public XDatabase(string name, XDatabaseArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, ToCompositeArgs(name, args), options)
    {
        ConnectionSecretName = args.ConnectionSecretName ?? $"{name}-connection";
    }

    /// <summary>The name of the Secret the XR writes its connection details to.</summary>
    public string ConnectionSecretName { get; }

    /// <summary>The composition for a cloud and engine.</summary>
    public static Composition CompositionFor(DatabaseCloud cloud, DatabaseEngine engine) => (cloud, engine) switch
    {
        (DatabaseCloud.Aws, _) => AwsDatabaseComposition.Composition,
        (DatabaseCloud.Gcp, _) => GcpDatabaseComposition.Composition,
        (DatabaseCloud.Azure, DatabaseEngine.Mysql) => AzureDatabaseComposition.Mysql,
        _ => AzureDatabaseComposition.Postgres,
    };

    private static CompositeResourceArgs ToCompositeArgs(string name, XDatabaseArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parameters = new JsonObject
        {
            ["engine"] = args.Engine.ToString().ToLowerInvariant(),
            ["engineVersion"] = args.EngineVersion,
            ["sizeClass"] = args.SizeClass.ToString().ToLowerInvariant(),
            ["storageGB"] = args.StorageGb,
        };
        if (args.SubnetGroupName is not null) parameters["subnetGroupName"] = args.SubnetGroupName;
        return new CompositeResourceArgs
        {
            Definition = XDatabaseDefinition.Definition,
            Composition = CompositionFor(args.Cloud, args.Engine),
            Spec = new JsonObject
            {
                ["parameters"] = parameters,
                ["writeConnectionSecretToRef"] = new JsonObject
                {
                    ["name"] = args.ConnectionSecretName ?? $"{name}-connection",
                    ["namespace"] = args.ConnectionSecretNamespace,
                },
            },
            Labels = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["platform.infra.dev/environment"] = args.Environment.Name,
                ["platform.infra.dev/cloud"] = args.Cloud.ToString().ToLower(CultureInfo.InvariantCulture),
            },
            Environment = [args.Environment.ToEnvironmentConfig()],
            Mode = args.Mode,
            ClaimNamespace = args.AsClaim ? args.ConnectionSecretNamespace : null,
        };
    }
}
