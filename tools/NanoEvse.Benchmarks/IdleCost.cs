using System;
using System.Diagnostics;
using System.Threading;

namespace NanoEvse.Benchmarks
{
    /// <summary>
    /// What the live charger costs while nothing happens (no vehicle, the heartbeat an hour away): main-loop passes
    /// and safety ticks per second of real time, and the whole process's CPU time, CSMS included.
    /// </summary>
    internal static class IdleCost
    {
        public sealed class Result
        {
            public double PassesPerSecond;
            public double SafetyTicksPerSecond;
            public double CpuSecondsPerMinute;
        }

        public static Result Measure(LiveCharger charger, TimeSpan duration)
        {
            Process process = Process.GetCurrentProcess();
            long passes = charger.App.Passes;
            int ticks = charger.Board.SafetySamples;
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime;
            Stopwatch watch = Stopwatch.StartNew();
            Thread.Sleep(duration);
            double seconds = watch.Elapsed.TotalSeconds;
            process.Refresh();
            return new Result
            {
                PassesPerSecond = (charger.App.Passes - passes) / seconds,
                SafetyTicksPerSecond = (charger.Board.SafetySamples - ticks) / seconds,
                CpuSecondsPerMinute = (process.TotalProcessorTime - cpu).TotalSeconds / seconds * 60,
            };
        }
    }
}
