using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using NanoEvse.Csms;

namespace NanoEvse.Benchmarks
{
    /// <summary>
    /// How fast the live charger answers a CSMS CALL: per call, from the moment the CSMS hands the CALL to its socket
    /// to the moment it has read the whole CALLRESULT, both seen by the CSMS's frame observer on its own threads.
    /// The calls go one after another, so each one finds the main loop asleep in WaitForWork.
    /// </summary>
    internal sealed class ReplyLatency
    {
        private static readonly TimeSpan CallPatience = TimeSpan.FromSeconds(10);
        private static readonly JsonObject Payload = new JsonObject { ["key"] = new JsonArray("HeartbeatInterval") };

        private readonly LiveCharger _charger;
        private readonly ConcurrentDictionary<string, long> _sentAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, long> _answeredAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);

        public ReplyLatency(LiveCharger charger)
        {
            _charger = charger;
            charger.Csms.FrameObserved += Observe;
        }

        /// <summary>Sends <paramref name="calls"/> GetConfiguration CALLs of one key; returns each one's latency in ms, sorted.</summary>
        public double[] Measure(int calls)
        {
            double[] latencies = new double[calls];
            for (int i = 0; i < calls; i++)
            {
                CsmsCallResult result = _charger.Csms.CallAsync(LiveCharger.Id, "GetConfiguration", Payload, CallPatience).GetAwaiter().GetResult();
                if (result.Outcome != CsmsCallOutcome.Result || !_sentAt.TryRemove(result.MessageId, out long sent) || !_answeredAt.TryRemove(result.MessageId, out long answered))
                {
                    throw new InvalidOperationException("GetConfiguration " + result.MessageId + " was not answered: " + result.Outcome);
                }

                latencies[i] = Stopwatch.GetElapsedTime(sent, answered).TotalMilliseconds;
            }

            Array.Sort(latencies);
            return latencies;
        }

        /// <summary>The value below which <paramref name="fraction"/> of the sorted values lie (nearest rank).</summary>
        public static double Percentile(double[] sorted, double fraction)
        {
            int rank = (int)Math.Ceiling(fraction * sorted.Length);
            return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
        }

        private void Observe(CsmsFrame frame)
        {
            long now = Stopwatch.GetTimestamp();
            string id = MessageId(frame.Text);
            if (frame.Direction == FrameDirection.CsmsToCharger && frame.Text.StartsWith("[2,", StringComparison.Ordinal))
            {
                _sentAt[id] = now;
            }
            else if (frame.Direction == FrameDirection.ChargerToCsms && frame.Text.StartsWith("[3,", StringComparison.Ordinal))
            {
                _answeredAt[id] = now;
            }
        }

        private static string MessageId(string frame)
        {
            int start = frame.IndexOf('"') + 1;
            return frame.Substring(start, frame.IndexOf('"', start) - start);
        }
    }
}
