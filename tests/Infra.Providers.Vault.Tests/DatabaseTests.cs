using Infra.Providers.Fakes;
using Infra.Vault;

namespace Infra.Providers.Vault.Tests;

public sealed class DatabaseTests
{
    private const string Password = "db-admin-pa55word";

    private static void Declare(string plugin = "postgresql-database-plugin", string[]? roles = null, int ttl = 3600, string password = Password)
    {
        var mount = new Mount("db", new MountArgs { Path = "database", Type = "database" });
        var connection = new DatabaseConnection("orders-db", new DatabaseConnectionArgs
        {
            Mount = mount.Path,
            Name = "orders",
            PluginName = plugin,
            ConnectionUrl = "postgresql://{{username}}:{{password}}@orders.db.svc:5432/orders",
            Username = "vault",
            Password = password,
            AllowedRoles = roles ?? ["orders-rw"],
            VerifyConnection = false,
        });
        _ = new DatabaseRole("orders-rw", new DatabaseRoleArgs
        {
            Mount = mount.Path,
            Name = "orders-rw",
            DbName = connection.ConnectionName,
            CreationStatements = ["CREATE ROLE \"{{name}}\" WITH LOGIN PASSWORD '{{password}}' VALID UNTIL '{{expiration}}';"],
            DefaultTtlSeconds = ttl,
            MaxTtlSeconds = 86400,
        });
    }

    [Fact]
    public async Task Up_ConnectionAndRole_WritesBothAndPasswordIsNeverPlainInState()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare();

        await project.RunOkAsync(p => p.UpAsync());

        var config = vault.DatabaseConfigs["database/config/orders"];
        Assert.Equal(Password, config["password"]!.GetValue<string>());
        Assert.False(config["verify_connection"]!.GetValue<bool>());
        var role = vault.DatabaseRoles["database/roles/orders-rw"];
        Assert.Equal("orders", role["db_name"]!.GetValue<string>());
        Assert.Equal(3600, role["default_ttl"]!.GetValue<long>());
        Assert.DoesNotContain(Password, await project.ExportAsync(showSecrets: false));
        Assert.Contains(Password, await project.ExportAsync(showSecrets: true));
        Assert.DoesNotContain(Password, string.Join("\n", project.Ui.Lines));
    }

    [Fact]
    public async Task Up_RoleTtlAndPasswordChanged_UpdatesInPlace()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());

        project.Declare = () => Declare(ttl: 600, password: "rotated-pa55word");
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal(600, vault.DatabaseRoles["database/roles/orders-rw"]["default_ttl"]!.GetValue<long>());
        Assert.Equal("rotated-pa55word", vault.DatabaseConfigs["database/config/orders"]["password"]!.GetValue<string>());
        Assert.Contains(("orders-rw", "Update"), project.Steps());
        Assert.Contains(("orders-db", "Update"), project.Steps());
    }

    [Fact]
    public async Task Up_PluginChanged_ReplacesTheConnection()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());

        project.Declare = () => Declare(plugin: "mysql-database-plugin");
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("mysql-database-plugin", vault.DatabaseConfigs["database/config/orders"]["plugin_name"]!.GetValue<string>());
        Assert.Contains(("orders-db", "Replace"), project.Steps());
    }

    [Fact]
    public async Task Refresh_AllowedRolesAndStatementsEditedByHand_NextUpRestoresThem()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());
        vault.DatabaseConfigs["database/config/orders"]["allowed_roles"] = new System.Text.Json.Nodes.JsonArray("*");
        vault.DatabaseRoles["database/roles/orders-rw"]["creation_statements"] = new System.Text.Json.Nodes.JsonArray("GRANT ALL;");

        await project.RunOkAsync(p => p.RefreshAsync());
        await project.RunOkAsync(p => p.UpAsync());

        Assert.Equal("orders-rw", vault.DatabaseConfigs["database/config/orders"]["allowed_roles"]![0]!.GetValue<string>());
        Assert.StartsWith("CREATE ROLE", vault.DatabaseRoles["database/roles/orders-rw"]["creation_statements"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Password, vault.DatabaseConfigs["database/config/orders"]["password"]!.GetValue<string>());
    }

    [Fact]
    public async Task Read_ImportConnectionAndRole_ReportsLiveSettingsWithoutPassword()
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = () => Declare();
        await project.RunOkAsync(p => p.UpAsync());

        var connection = await VaultFixture.ImportAsync(vault, DatabaseConnection.TypeToken, "database/config/orders");
        var role = await VaultFixture.ImportAsync(vault, DatabaseRole.TypeToken, "database/roles/orders-rw");

        Assert.Equal("postgresql-database-plugin", connection.Inputs["pluginName"].StringValue);
        Assert.Equal("vault", connection.Inputs["username"].StringValue);
        Assert.False(connection.Outputs.ContainsKey("password"));
        Assert.Equal("orders", role.Inputs["dbName"].StringValue);
        Assert.Equal(86400, role.Inputs["maxTtlSeconds"].NumberValue);
    }

    public static TheoryData<Action, string> BadInputs => new()
    {
        { () => _ = new DatabaseConnection("c", new DatabaseConnectionArgs { Name = "c", PluginName = "postgresql-database-plugin", ConnectionUrl = "postgresql://vault:hunter2@db:5432/x", Password = "hunter2" }), "connectionUrl" },
        { () => _ = new DatabaseRole("r", new DatabaseRoleArgs { Name = "r", DbName = "c", CreationStatements = ["CREATE ROLE x;"], DefaultTtlSeconds = 7200, MaxTtlSeconds = 3600 }), "defaultTtlSeconds" },
        { () => _ = new DatabaseRole("r", new DatabaseRoleArgs { Name = "r", DbName = "c", CreationStatements = new InputList<string>() }), "creationStatements" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Up_BadInput_FailsCheckNamingTheField(Action declare, string field)
    {
        using var vault = new FakeVault();
        await using var project = await VaultFixture.ProjectAsync(vault);
        project.Declare = declare;

        var result = await project.UpAsync();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(field, project.Failures() + result.Message);
        Assert.Empty(vault.DatabaseConfigs);
        Assert.DoesNotContain("hunter2", project.Failures() + result.Message);
    }
}
