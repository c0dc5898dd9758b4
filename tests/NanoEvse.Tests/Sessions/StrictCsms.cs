using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Support;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// A CSMS in virtual time that answers every CALL at once, except the actions a test tells it to leave unanswered
    /// or to refuse with a CALLERROR. It records when each CALL reached it, by the charger's monotonic clock.
    /// </summary>
    public sealed class StrictCsms
    {
        private const int StepMs = 100;

        public StrictCsms(ChargerRig rig)
        {
            Rig = rig;
        }

        public ChargerRig Rig { get; }

        /// <summary>Every CALL received, with the time it arrived.</summary>
        public List<(long AtMs, Frame Call)> Calls { get; } = new List<(long AtMs, Frame Call)>();

        /// <summary>Actions never answered.</summary>
        public HashSet<string> Unanswered { get; } = new HashSet<string>();

        /// <summary>Actions answered with a CALLERROR InternalError.</summary>
        public HashSet<string> Refused { get; } = new HashSet<string>();

        public int NextTransactionId { get; set; } = 100;

        /// <summary>When the calls of <paramref name="action"/> arrived, oldest first.</summary>
        public List<long> TimesOf(string action) => Calls.Where(c => c.Call.Action == action).Select(c => c.AtMs).ToList();

        public List<Frame> Of(string action) => Calls.Where(c => c.Call.Action == action).Select(c => c.Call).ToList();

        /// <summary>Sends a CALL to the charger; its answer is taken with the next frames and not checked.</summary>
        public void Call(string action, string payload)
        {
            Rig.Link.Deliver("[2,\"csms-" + Calls.Count + "-" + Rig.Now + "\",\"" + action + "\"," + payload + "]");
        }

        /// <summary>Lets <paramref name="ms"/> pass in steps of 100 ms, answering as it was told after each poll.</summary>
        public void Run(long ms)
        {
            long end = Rig.Now + ms;
            while (Rig.Now < end)
            {
                Rig.Clock.Advance(StepMs);
                Rig.Charger.Poll();
                Answer();
            }
        }

        private void Answer()
        {
            while (Rig.Unread.Count > 0)
            {
                Frame next = Rig.Unread[0];
                if (next.Type != 2)
                {
                    Rig.TakeAnswer(next.Id);
                    continue;
                }

                Frame call = Rig.ExpectCall(next.Action);
                Calls.Add((Rig.Now, call));
                if (Unanswered.Contains(call.Action))
                {
                    continue;
                }

                if (Refused.Contains(call.Action))
                {
                    Rig.ReplyError(call, "InternalError");
                    continue;
                }

                Rig.Reply(call, Result(call.Action));
            }
        }

        private string Result(string action)
        {
            switch (action)
            {
                case "BootNotification":
                    return Rig.BootResponse("Accepted", 300);
                case "Heartbeat":
                    return "{\"currentTime\":\"" + ChargerRig.Iso(Rig.Clock.UtcNow) + "\"}";
                case "Authorize":
                    return "{\"idTagInfo\":{\"status\":\"Accepted\"}}";
                case "StartTransaction":
                    return "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":" + NextTransactionId++ + "}";
                default:
                    return "{}";
            }
        }
    }
}
