using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Infra.Cli.Commands;

/// <summary>
/// Passes a SIGTERM the CLI received on to a child process it started. A terminal's Ctrl+C already reaches the child
/// (same process group), but a `kill -TERM` from CI or a supervisor reaches only the process it names; without
/// this the child would run on, or be killed without finishing its steps in flight.
/// </summary>
internal static class ChildTermination
{
    private const int SigTerm = 15;

    /// <summary>Sends SIGTERM to <paramref name="child"/> when <paramref name="terminated"/> is cancelled, until disposed.</summary>
    public static CancellationTokenRegistration Forward(Process child, CancellationToken terminated) =>
        terminated.Register(() => Terminate(child));

    private static void Terminate(Process child)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no SIGTERM there; Ctrl+C reaches the console group as it is
        }
        try
        {
            if (!child.HasExited)
            {
                _ = Kill(child.Id, SigTerm);
            }
        }
        catch (InvalidOperationException)
        {
            // The child was never started or is already gone: nothing to pass on.
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for this one call
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}
