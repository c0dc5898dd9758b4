using System;
using System.Runtime.CompilerServices;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Hal.Evse;
using NanoEvse.Hal.Host;
using NanoEvse.Hal.Host.Evse;

namespace NanoEvse.Benchmarks
{
    /// <summary>
    /// Managed memory a charger keeps after an hour of charging in virtual time (MeterValueSampleInterval 10 s, a
    /// heartbeat every 5 minutes, a CSMS that answers every CALL at once). The charger's own share is what a full
    /// collection frees once the charger alone is dropped: the scaffolding (clock, link, simulated hardware and
    /// flash) stays referenced throughout, so it is not counted; the flash's file bytes are printed apart.
    /// </summary>
    internal static class RetainedMemory
    {
        private const int PollMs = 100;
        private const int HeartbeatSeconds = 300;
        private const long HourMs = 3600 * 1000L;

        public sealed class Result
        {
            /// <summary>Approximate: the flash grew during the hour, and its growth is subtracted here too.</summary>
            public long AfterBootBytes;
            public long AfterHourBytes;
            public long FlashBytes;
            public int MeterValues;
        }

        public static Result Measure()
        {
            VirtualClock clock = new VirtualClock(new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc));
            ScriptedTransport link = new ScriptedTransport();
            ScriptedCsms csms = new ScriptedCsms(link, clock, HeartbeatSeconds);
            SimulatedFlash flash = new SimulatedFlash();
            ChargerProfile profile = ChargerProfiles.Find(ChargerProfiles.DefaultName);
            SimulatedConnector evse = new SimulatedConnector(clock, profile.FixedCable);
            SimulatedRfidReader reader = new SimulatedRfidReader();
            ChargerSettings settings = new ChargerSettings
            {
                Address = CsmsAddress.Parse("ws://bench/ocpp/CP1", out _),
                Profile = profile,
                Hardware = new ChargerHardware(new[] { evse.Hardware }, reader),
                Restart = new NoRestart(),
            };

            Result result = ChargeForAnHour(settings, clock, link, flash, csms, evse, reader);

            // Only now, outside the method that held it, is the charger unreachable.
            long withoutCharger = GC.GetTotalMemory(true);
            result.AfterBootBytes -= withoutCharger;
            result.AfterHourBytes -= withoutCharger;
            result.FlashBytes = FlashBytes(flash);
            result.MeterValues = csms.MeterValues;
            GC.KeepAlive(evse);
            GC.KeepAlive(link);
            return result;
        }

        /// <summary>Boots a charger, charges for an hour; returns the total managed memory after each, the charger still referenced.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Result ChargeForAnHour(ChargerSettings settings, VirtualClock clock, ScriptedTransport link, SimulatedFlash flash,
            ScriptedCsms csms, SimulatedConnector evse, SimulatedRfidReader reader)
        {
            Charger charger = new Charger(settings, clock, link, new SilentLog(), new Random(1), flash);
            Run(charger, clock, csms, 10000);
            charger.Configuration.Change("MeterValueSampleInterval", "10");
            Result result = new Result { AfterBootBytes = GC.GetTotalMemory(true) };

            evse.Plug();
            evse.AskForEnergy();
            reader.Present("BENCH-TAG");
            Run(charger, clock, csms, HourMs);
            if (charger.Connectors[1].Status != "Charging")
            {
                throw new InvalidOperationException("the charger was not charging after the hour but " + charger.Connectors[1].Status);
            }

            result.AfterHourBytes = GC.GetTotalMemory(true);
            GC.KeepAlive(charger);
            return result;
        }

        private static void Run(Charger charger, VirtualClock clock, ScriptedCsms csms, long ms)
        {
            for (long elapsed = 0; elapsed < ms; elapsed += PollMs)
            {
                clock.Advance(PollMs);
                charger.Poll();
                csms.AnswerAll();
                charger.Poll();
            }
        }

        private static long FlashBytes(SimulatedFlash flash)
        {
            long bytes = 0;
            foreach (string name in flash.List())
            {
                bytes += flash.Peek(name).Length;
            }

            return bytes;
        }
    }
}
