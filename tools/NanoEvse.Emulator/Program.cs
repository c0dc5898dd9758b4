using System;
using System.Runtime.InteropServices;
using System.Threading;

namespace NanoEvse.Emulator
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            using (CancellationTokenSource stop = new CancellationTokenSource())
            {
                Console.CancelKeyPress += (sender, e) =>
                {
                    // The first Ctrl+C shuts the charger down cleanly; a second one does not wait for the CSMS.
                    e.Cancel = !stop.IsCancellationRequested;
                    stop.Cancel();
                };
                using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
                {
                    context.Cancel = true;
                    stop.Cancel();
                }))
                {
                    return EmulatorApp.Run(args, Console.In, Console.Out, stop.Token);
                }
            }
        }
    }
}
