namespace Infra.Engine.Execution;

/// <summary>
/// One of the run's parallel slots, held by a step for its provider call. It is given back as soon as the call
/// returns, before the step's outcome is journaled: the journal batches outcomes of many steps into one durable
/// write, and a step waiting for that write should not keep another step from calling its provider.
/// </summary>
internal sealed class HeldSlot(SemaphoreSlim gate)
{
    private int _released;

    /// <summary>Gives the slot back; later calls do nothing.</summary>
    public void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            gate.Release();
        }
    }
}
