using System.Collections.Immutable;
using Infra.Engine.Journal;

namespace Infra.Engine.State;

/// <summary>
/// The working copy of a stack's state during a load or a run. Journal commits are applied to it in order;
/// the same code replays a journal after a crash and tracks a live run, so both always agree.
/// </summary>
public sealed class StateBuilder
{
    private readonly LinkedList<ResourceState> _order = new();
    private readonly Dictionary<string, LinkedListNode<ResourceState>> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LinkedListNode<ResourceState>>> _replaced = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JournalEntry> _open = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Starts from a state.</summary>
    public StateBuilder(StackState baseState)
    {
        Base = baseState;
        foreach (var resource in baseState.Resources)
        {
            Add(resource);
        }
    }

    /// <summary>The state this builder started from.</summary>
    public StackState Base { get; }

    /// <summary>True once any commit changed something.</summary>
    public bool Changed { get; private set; }

    /// <summary>The live resource with this URN, if any.</summary>
    public ResourceState? Find(string urn)
    {
        lock (_lock)
        {
            return _live.TryGetValue(urn, out var node) ? node.Value : null;
        }
    }

    /// <summary>Applies one journal record.</summary>
    public void Apply(JournalEntry entry)
    {
        lock (_lock)
        {
            var key = entry.Kind + "|" + entry.Urn;
            switch (entry.Op)
            {
                case JournalOp.Begin:
                    _open[key] = entry;
                    return;
                case JournalOp.Fail:
                    _open.Remove(key);
                    return;
            }
            _open.Remove(key);
            Changed = true;
            switch (entry.Kind)
            {
                case StepKind.Create:
                    RemoveLive(entry.Resource!.Urn);
                    Add(entry.Resource!);
                    break;
                case StepKind.Update or StepKind.Same or StepKind.Refresh or StepKind.Outputs:
                    if (_live.TryGetValue(entry.Urn, out var node))
                    {
                        _live.Remove(entry.Urn);
                        node.Value = entry.Resource!;
                        _live[entry.Resource!.Urn] = node;
                    }
                    else
                    {
                        Add(entry.Resource!);
                    }
                    break;
                case StepKind.Replace:
                    if (_live.TryGetValue(entry.Urn, out var old))
                    {
                        _live.Remove(entry.Urn);
                        old.Value = old.Value with { PendingReplacement = true };
                        AddReplaced(old);
                    }
                    Add(entry.Resource!);
                    break;
                case StepKind.Delete or StepKind.DeleteReplaced or StepKind.Remove:
                    RemoveCopy(entry.Urn, entry.Id, entry.Kind == StepKind.DeleteReplaced);
                    break;
            }
        }
    }

    /// <summary>Operations that began and have no outcome.</summary>
    public ImmutableArray<PendingOperation> OpenOperations()
    {
        lock (_lock)
        {
            return _open.Values.OrderBy(e => e.Sequence).Select(e => new PendingOperation(e.Kind, e.Resource!)).ToImmutableArray();
        }
    }

    /// <summary>The state as it stands, in dependency order.</summary>
    public StackState ToState(long serial)
    {
        lock (_lock)
        {
            return Base with
            {
                Serial = serial,
                Resources = StateOrdering.Sort(_order.ToList()),
                PendingOperations = OpenOperations(),
            };
        }
    }

    /// <summary>Drops the open operations (after they were resolved).</summary>
    public void ClearOpenOperations()
    {
        lock (_lock)
        {
            _open.Clear();
        }
    }

    private void Add(ResourceState resource)
    {
        var node = _order.AddLast(resource);
        if (resource.PendingReplacement)
        {
            AddReplaced(node);
        }
        else
        {
            _live[resource.Urn] = node;
        }
    }

    private void AddReplaced(LinkedListNode<ResourceState> node)
    {
        if (!_replaced.TryGetValue(node.Value.Urn, out var list))
        {
            _replaced[node.Value.Urn] = list = [];
        }
        list.Add(node);
    }

    private void RemoveLive(string urn)
    {
        if (_live.Remove(urn, out var node))
        {
            _order.Remove(node);
        }
    }

    private void RemoveCopy(string urn, string? id, bool replacedCopy)
    {
        if (replacedCopy || (_replaced.TryGetValue(urn, out var candidates) && candidates.Any(n => n.Value.Id == id) && !(_live.TryGetValue(urn, out var l) && l.Value.Id == id)))
        {
            if (_replaced.TryGetValue(urn, out var list))
            {
                var node = list.FirstOrDefault(n => n.Value.Id == id) ?? list.FirstOrDefault();
                if (node is not null)
                {
                    list.Remove(node);
                    _order.Remove(node);
                    if (list.Count == 0)
                    {
                        _replaced.Remove(urn);
                    }
                }
            }
            return;
        }
        RemoveLive(urn);
    }
}
