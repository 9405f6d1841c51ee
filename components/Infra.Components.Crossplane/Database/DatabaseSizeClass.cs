namespace Infra.Components.Crossplane.Database;

/// <summary>The size of an <see cref="XDatabase"/>; each composition maps it to an instance type of its cloud.</summary>
public enum DatabaseSizeClass
{
    /// <summary>Burstable, for development.</summary>
    Small,

    /// <summary>General purpose, 2 vCPUs.</summary>
    Medium,

    /// <summary>Memory optimised, 4-8 vCPUs.</summary>
    Large,
}
