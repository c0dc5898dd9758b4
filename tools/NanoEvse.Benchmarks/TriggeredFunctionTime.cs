using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using NanoEvse.Csms;

namespace NanoEvse.Benchmarks
{
    /// <summary>
    /// The certificates' "triggered function time": from the moment the CSMS hands a TriggerMessage to its socket to
    /// the moment it has read the message that TriggerMessage asked for, both seen by the CSMS's frame observer.
    /// Heartbeat and StatusNotification (connector 1) take turns; each waits for the previous one to be answered.
    /// </summary>
    internal sealed class TriggeredFunctionTime
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
        private static readonly JsonObject[] Requests =
        {
            new JsonObject { ["requestedMessage"] = "Heartbeat" },
            new JsonObject { ["requestedMessage"] = "StatusNotification", ["connectorId"] = 1 },
        };

        private static readonly string[] Actions = { "Heartbeat", "StatusNotification" };

        private readonly LiveCharger _charger;
        private readonly ConcurrentDictionary<string, long> _seenAt = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);

        public TriggeredFunctionTime(LiveCharger charger)
        {
            _charger = charger;
            charger.Csms.FrameObserved += Observe;
        }

        /// <summary>Triggers <paramref name="count"/> messages; returns each one's time in ms, sorted.</summary>
        public double[] Measure(int count)
        {
            double[] times = new double[count];
            for (int i = 0; i < count; i++)
            {
                CsmsCallResult trigger = _charger.Csms.CallAsync(LiveCharger.Id, "TriggerMessage", Requests[i % 2], Patience).GetAwaiter().GetResult();
                if (trigger.Outcome != CsmsCallOutcome.Result || trigger.Payload.GetProperty("status").GetString() != "Accepted")
                {
                    throw new InvalidOperationException("TriggerMessage " + trigger.MessageId + " was not accepted: " + trigger.Outcome);
                }

                ReceivedCall triggered = _charger.Csms.WaitForCallAsync(LiveCharger.Id, Actions[i % 2], Patience).GetAwaiter().GetResult();
                if (!_seenAt.TryRemove(trigger.MessageId, out long sent) || !_seenAt.TryRemove(triggered.MessageId, out long read))
                {
                    throw new InvalidOperationException("the frames of TriggerMessage " + trigger.MessageId + " were not observed");
                }

                times[i] = Stopwatch.GetElapsedTime(sent, read).TotalMilliseconds;
            }

            Array.Sort(times);
            return times;
        }

        /// <summary>Notes when each CALL crossed the CSMS's socket, in either direction.</summary>
        private void Observe(CsmsFrame frame)
        {
            long now = Stopwatch.GetTimestamp();
            if (frame.Text.StartsWith("[2,", StringComparison.Ordinal))
            {
                int start = frame.Text.IndexOf('"') + 1;
                _seenAt[frame.Text.Substring(start, frame.Text.IndexOf('"', start) - start)] = now;
            }
        }
    }
}
