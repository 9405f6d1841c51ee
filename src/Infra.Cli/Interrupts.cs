using System.Runtime.InteropServices;

namespace Infra.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM handling for a CLI process. The first signal cancels <see cref="Token"/>: no new
/// step starts, steps in flight finish and are journaled, the checkpoint is written, and the run exits non-zero.
/// A second signal exits at once with 130; the journal keeps every finished step, so the next run recovers.
/// </summary>
internal sealed class Interrupts : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _terminated = new();
    private readonly TextWriter _error;
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _count;

    public Interrupts(TextWriter error)
    {
        _error = error;
        // POSIX signal registrations (SIGINT is Ctrl+C on every platform) so that `kill -INT`/`kill -TERM` from CI or a
        // parent process behave like Ctrl+C in a terminal.
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
            }
        }
    }

    /// <summary>Cancelled by the first interrupt.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Cancelled by the first SIGTERM (a supervisor's stop, which unlike a terminal's Ctrl+C reaches this process only).</summary>
    public CancellationToken Terminated => _terminated.Token;

    private void OnSignal(PosixSignalContext context)
    {
        if (context.Signal == PosixSignal.SIGTERM && !_terminated.IsCancellationRequested)
        {
            _terminated.Cancel();
        }
        context.Cancel = Interrupt();
    }

    /// <summary>Returns true when the process should keep running (the first interrupt).</summary>
    private bool Interrupt()
    {
        if (Interlocked.Increment(ref _count) == 1)
        {
            _error.WriteLine("Interrupted: finishing steps in flight, then stopping (press Ctrl+C again to abort now; state stays recoverable).");
            _stop.Cancel();
            return true;
        }
        _error.WriteLine("Aborting now; the next run recovers from the journal.");
        _error.Flush();
        Environment.Exit(130);
        return false;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _stop.Dispose();
        _terminated.Dispose();
    }
}
