namespace Infra.Engine.Journal;

/// <summary>The phase of a step a journal entry records.</summary>
public enum JournalOp
{
    /// <summary>The step is about to call its provider.</summary>
    Begin,
    /// <summary>The step finished; the entry holds the resulting resource state.</summary>
    Commit,
    /// <summary>The step failed; state is unchanged.</summary>
    Fail,
}
