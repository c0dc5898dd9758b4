using System;
using System.IO;
using System.Threading;
using NanoEvse.Emulator;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>Runs the emulator as its command line would, with a real-time limit so a broken run fails instead of hanging.</summary>
    public static class EmulatorHarness
    {
        public static (int Exit, string Text) Run(params string[] args)
        {
            StringWriter output = new StringWriter();
            using CancellationTokenSource limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            int exit = EmulatorApp.Run(args, TextReader.Null, TextWriter.Synchronized(output), limit.Token);
            return (exit, output.ToString());
        }
    }
}
