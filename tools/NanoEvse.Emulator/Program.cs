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
                    e.Cancel = true;
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
