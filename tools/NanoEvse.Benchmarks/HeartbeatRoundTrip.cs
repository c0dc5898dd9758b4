using System;
using System.Diagnostics;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Hal.Host;

namespace NanoEvse.Benchmarks
{
    /// <summary>
    /// Bytes the core allocates for one Heartbeat round trip (queue, frame, send, response parse, clock set)
    /// on a registered charger in virtual time, and the cost of an idle Poll().
    /// </summary>
    internal static class HeartbeatRoundTrip
    {
        private const int Warmup = 200;
        private const int Rounds = 5000;
        private const string Response = "{\"currentTime\":\"2026-11-21T09:00:00.000Z\"}";

        public static void Run()
        {
            VirtualClock clock = new VirtualClock(new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc));
            ScriptedTransport link = new ScriptedTransport();
            ChargerSettings settings = new ChargerSettings { Address = CsmsAddress.Parse("ws://bench/ocpp/CP1", out _) };
            Charger charger = new Charger(settings, clock, link, new SilentLog(), new Random(1), new SimulatedFlash());

            Register(charger, link);
            charger.Configuration.Change("HeartbeatInterval", "1");
            for (int i = 0; i < Warmup; i++)
            {
                OneHeartbeat(charger, clock, link);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Rounds; i++)
            {
                OneHeartbeat(charger, clock, link);
            }

            long perRound = (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;

            const int idlePolls = 1000000;
            long idleBefore = GC.GetAllocatedBytesForCurrentThread();
            Stopwatch watch = Stopwatch.StartNew();
            for (int i = 0; i < idlePolls; i++)
            {
                charger.Poll();
            }

            watch.Stop();
            long idleBytes = GC.GetAllocatedBytesForCurrentThread() - idleBefore;

            Console.WriteLine("heartbeat round trip: " + perRound + " bytes allocated on the host (mean of " + Rounds + ")");
            Console.WriteLine("idle Poll(): " + (watch.Elapsed.TotalMilliseconds * 1000000.0 / idlePolls).ToString("0") + " ns, "
                + idleBytes + " bytes allocated in " + idlePolls + " polls");
        }

        private static void Register(Charger charger, ScriptedTransport link)
        {
            for (int i = 0; i < 3; i++)
            {
                charger.Poll();
            }

            for (int guard = 0; guard < 10 && link.Sent.Count > 0; guard++)
            {
                string frame = link.Sent[link.Sent.Count - 1];
                string id = MessageId(frame);
                link.Sent.Clear();
                link.Deliver(frame.Contains("\"BootNotification\"")
                    ? "[3,\"" + id + "\",{\"status\":\"Accepted\",\"currentTime\":\"2026-11-21T09:00:00Z\",\"interval\":3600}]"
                    : "[3,\"" + id + "\",{}]");
                charger.Poll();
                charger.Poll();
            }

            if (!charger.Registration.IsAccepted || link.Sent.Count > 0)
            {
                throw new InvalidOperationException("the benchmark charger did not register cleanly");
            }
        }

        private static void OneHeartbeat(Charger charger, VirtualClock clock, ScriptedTransport link)
        {
            clock.Advance(1000);
            charger.Poll();
            string frame = link.Sent[0];
            link.Sent.Clear();
            link.Deliver("[3,\"" + MessageId(frame) + "\"," + Response + "]");
            charger.Poll();
        }

        private static string MessageId(string frame)
        {
            int start = frame.IndexOf('"') + 1;
            return frame.Substring(start, frame.IndexOf('"', start) - start);
        }
    }
}
