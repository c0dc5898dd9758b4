using System;
using System.Threading;

namespace NanoEvse.Benchmarks
{
    /// <summary>
    /// The device-runtime figures in one block, each beside its target: reply latency and idle cost of the live
    /// application over loopback, bytes per idle pass, and memory kept after an hour of charging. The hour runs twice
    /// and the second is printed, so statics and JIT data first made during the first do not blur the baseline.
    /// </summary>
    internal static class RuntimeFigures
    {
        private const int WarmupCalls = 200;
        private const int MeasuredCalls = 500;
        private const int WarmupTriggers = 50;
        private const int MeasuredTriggers = 200;
        private const int IdleSeconds = 10;
        private const int IdlePasses = 20000;
        private const int SettleMs = 3000;

        public static void Run()
        {
            double[] latencies;
            double[] triggered;
            IdleCost.Result idle;
            using (LiveCharger live = new LiveCharger(3600))
            {
                live.WaitUntilBooted();
                ReplyLatency latency = new ReplyLatency(live);
                latency.Measure(WarmupCalls);

                // The JIT's background recompilation after the warm-up is not what an idle charger costs.
                Thread.Sleep(SettleMs);
                idle = IdleCost.Measure(live, TimeSpan.FromSeconds(IdleSeconds));
                latencies = latency.Measure(MeasuredCalls);
                TriggeredFunctionTime trigger = new TriggeredFunctionTime(live);
                trigger.Measure(WarmupTriggers);
                triggered = trigger.Measure(MeasuredTriggers);
            }

            IdleAllocation.Result allocation = IdleAllocation.Measure(IdlePasses);
            RetainedMemory.Measure();
            RetainedMemory.Result retained = RetainedMemory.Measure();

            Console.WriteLine("device runtime (host figures):");
            Console.WriteLine("  CSMS CALL to CALLRESULT over loopback, " + MeasuredCalls + " GetConfiguration calls: median "
                + ReplyLatency.Percentile(latencies, 0.5).ToString("0.000") + " ms (target <= 1), p95 "
                + ReplyLatency.Percentile(latencies, 0.95).ToString("0.000") + " ms (target <= 3), max "
                + latencies[latencies.Length - 1].ToString("0.000") + " ms");
            Console.WriteLine("  triggered function time, TriggerMessage written to the triggered message read, " + MeasuredTriggers
                + " Heartbeat and StatusNotification in turn: median " + ReplyLatency.Percentile(triggered, 0.5).ToString("0.000") + " ms, p95 "
                + ReplyLatency.Percentile(triggered, 0.95).ToString("0.000") + " ms (certified products: 3 s and 26 s)");
            Console.WriteLine("  idle, " + IdleSeconds + " s real time: " + idle.PassesPerSecond.ToString("0.0") + " main-loop wake-ups/s (target <= 10), "
                + idle.SafetyTicksPerSecond.ToString("0.0") + " safety ticks/s (50 by design), "
                + idle.CpuSecondsPerMinute.ToString("0.000") + " CPU s per idle minute (whole process, embedded CSMS included)");
            Console.WriteLine("  idle allocation, " + allocation.Passes + " passes in virtual time: " + allocation.BytesPerPass.ToString("0.##")
                + " bytes per main-loop pass (target 0), " + allocation.BytesPerSafetyTick.ToString("0.##") + " bytes per safety tick");
            Console.WriteLine("  after 1 h charging (MeterValueSampleInterval 10 s, " + retained.MeterValues + " MeterValues): the charger retains "
                + retained.AfterHourBytes + " B (target <= 24576; after boot about " + retained.AfterBootBytes + " B); flash files "
                + retained.FlashBytes + " B, not counted");
        }
    }
}
