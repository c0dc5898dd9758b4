using System;
using NanoEvse.App;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Hal.Host;
using NanoEvse.Hal.Host.Evse;

namespace NanoEvse.Benchmarks
{
    /// <summary>
    /// Bytes allocated by one main-loop pass (ChargerApp.Step) and one safety tick of a booted, idle application in
    /// virtual time: 100 ms per pass and a safety tick every 20 ms, as on the device. Every byte here is garbage the
    /// device's collector would have to sweep while nothing happens.
    /// </summary>
    internal static class IdleAllocation
    {
        private const int HeartbeatSeconds = 86400;
        private const int Warmup = 2000;

        public sealed class Result
        {
            public double BytesPerPass;
            public double BytesPerSafetyTick;
            public int Passes;
        }

        public static Result Measure(int passes)
        {
            VirtualClock clock = new VirtualClock(new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc));
            ScriptedTransport link = new ScriptedTransport();
            ScriptedCsms csms = new ScriptedCsms(link, clock, HeartbeatSeconds);
            ChargerProfile profile = ChargerProfiles.Find(ChargerProfiles.DefaultName);
            ChargerApp app = new ChargerApp(new AppPlatform
            {
                Clock = clock,
                Flash = new SimulatedFlash(),
                Log = new SilentLog(),
                Transport = link,
                Network = new HostNetwork(),
                Board = new SimulatedBoard(new[] { new SimulatedConnector(clock, profile.FixedCable) }, new SimulatedRfidReader()),
                Restart = new NoRestart(),
                Random = new Random(1),
            }, new ChargerSettings { Address = CsmsAddress.Parse("ws://bench/ocpp/CP1", out _), Profile = profile });

            long stepBytes = 0;
            long tickBytes = 0;
            for (int i = 0; i < Warmup; i++)
            {
                Pass(app, clock, ref stepBytes, ref tickBytes);
                csms.AnswerAll();
            }

            if (!app.Charger.Registration.IsAccepted || app.Halted)
            {
                throw new InvalidOperationException("the idle charger did not boot");
            }

            int answered = csms.Answered;
            stepBytes = 0;
            tickBytes = 0;
            for (int i = 0; i < passes; i++)
            {
                Pass(app, clock, ref stepBytes, ref tickBytes);
                csms.AnswerAll();
            }

            if (csms.Answered != answered)
            {
                throw new InvalidOperationException("the idle charger sent CALLs while it was measured");
            }

            int ticks = passes * (ChargerApp.IdlePollMs / SafetyMonitor.PeriodMs);
            return new Result { BytesPerPass = (double)stepBytes / passes, BytesPerSafetyTick = (double)tickBytes / ticks, Passes = passes };
        }

        /// <summary>100 ms: five safety ticks, then a main-loop pass; adds what each allocated.</summary>
        private static void Pass(ChargerApp app, VirtualClock clock, ref long stepBytes, ref long tickBytes)
        {
            for (int tick = 0; tick < ChargerApp.IdlePollMs / SafetyMonitor.PeriodMs; tick++)
            {
                clock.Advance(SafetyMonitor.PeriodMs);
                long before = GC.GetAllocatedBytesForCurrentThread();
                app.Safety.RunOnce();
                tickBytes += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            long stepBefore = GC.GetAllocatedBytesForCurrentThread();
            app.Step();
            stepBytes += GC.GetAllocatedBytesForCurrentThread() - stepBefore;
        }
    }
}
