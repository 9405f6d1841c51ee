namespace Infra.Properties;

/// <summary>How a property changed.</summary>
public enum PropertyChangeKind
{
    /// <summary>The property is new.</summary>
    Add,
    /// <summary>The value changed.</summary>
    Update,
    /// <summary>The property is gone.</summary>
    Delete,
}

/// <summary>One changed property with its values before and after.</summary>
/// <param name="Path">The property path.</param>
/// <param name="Kind">Add, update or delete.</param>
/// <param name="Old">The value before (null when added).</param>
/// <param name="New">The value after (null when deleted).</param>
public sealed record PropertyChange(string Path, PropertyChangeKind Kind, PropertyValue? Old, PropertyValue? New);
