using System;
using System.Collections.Generic;
using NanoEvse.Tests.Support;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// A CSMS behind a bad link, driven by a seeded Random so a run is the same every time: it answers most calls,
    /// refuses some with a CALLERROR, leaves some unanswered (the charger times out), goes silent for whole periods,
    /// and the link drops now and then. It records every StartTransaction and StopTransaction it received with what
    /// became of it, in order.
    /// </summary>
    public sealed class UnreliableCsms
    {
        public enum Outcome { Answered, Refused, Unanswered }

        /// <summary>One transaction message as the CSMS received it; the session is told by its idTag.</summary>
        public sealed record Received(string Action, string IdTag, int TransactionId, Outcome Outcome);

        private readonly ChargerRig _rig;
        private readonly Random _random;
        private long _silentUntilMs;
        private long _offlineUntilMs = -1;

        public UnreliableCsms(ChargerRig rig, int seed)
        {
            _rig = rig;
            _random = new Random(seed);
        }

        /// <summary>When false the CSMS answers every call and the link stays up: the final drain.</summary>
        public bool Unreliable { get; set; } = true;

        public List<Received> TransactionMessages { get; } = new List<Received>();

        /// <summary>The transactionId the CSMS gives the StartTransaction of <paramref name="idTag"/>.</summary>
        public Func<string, int> TransactionIdOf { get; set; } = _ => 1;

        public int LinkDrops { get; private set; }
        public int SilentPeriods { get; private set; }
        public int Refusals { get; private set; }

        /// <summary>Lets <paramref name="ms"/> of virtual time pass in steps of a second, playing the CSMS after each poll.</summary>
        public void Run(long ms)
        {
            long end = _rig.Now + ms;
            while (_rig.Now < end)
            {
                _rig.Clock.Advance(Math.Min(1000, end - _rig.Now));
                _rig.Charger.Poll();
                Step();
            }
        }

        /// <summary>Moves the link and the CSMS's mood on, then answers (or not) what the charger sent.</summary>
        public void Step()
        {
            MoveLink();
            _rig.Poll(1);
            while (_rig.Unread.Count > 0)
            {
                Frame call = _rig.ExpectCall(_rig.Unread[0].Action);
                Outcome outcome = Decide(call.Action);
                Record(call, outcome);
                if (outcome == Outcome.Refused)
                {
                    Refusals++;
                    _rig.ReplyError(call, "InternalError");
                }
                else if (outcome == Outcome.Answered)
                {
                    _rig.Reply(call, Answer(call));
                }
            }
        }

        private void MoveLink()
        {
            if (_offlineUntilMs >= 0 && _rig.Now >= _offlineUntilMs)
            {
                _offlineUntilMs = -1;
                _rig.Link.OpenOnConnect = true;
            }

            if (!Unreliable)
            {
                _silentUntilMs = 0;
                if (_offlineUntilMs >= 0)
                {
                    _offlineUntilMs = -1;
                    _rig.Link.OpenOnConnect = true;
                }

                return;
            }

            if (_offlineUntilMs < 0 && _rig.Link.IsOpen && _random.NextDouble() < 0.004)
            {
                LinkDrops++;
                _offlineUntilMs = _rig.Now + _random.Next(5_000, 180_000);
                _rig.Link.OpenOnConnect = false;
                _rig.Link.Fail("link dropped by the soak");
            }

            if (_rig.Now >= _silentUntilMs && _random.NextDouble() < 0.002)
            {
                SilentPeriods++;
                _silentUntilMs = _rig.Now + _random.Next(20_000, 120_000);
            }
        }

        private Outcome Decide(string action)
        {
            if (action == "BootNotification" || !Unreliable)
            {
                return Outcome.Answered;
            }

            if (_rig.Now < _silentUntilMs)
            {
                return Outcome.Unanswered;
            }

            double roll = _random.NextDouble();
            return roll < 0.04 ? Outcome.Refused : roll < 0.08 ? Outcome.Unanswered : Outcome.Answered;
        }

        private void Record(Frame call, Outcome outcome)
        {
            if (call.Action == "StartTransaction")
            {
                string tag = call.Payload.GetProperty("idTag").GetString();
                TransactionMessages.Add(new Received(call.Action, tag, TransactionIdOf(tag), outcome));
            }
            else if (call.Action == "StopTransaction")
            {
                TransactionMessages.Add(new Received(call.Action, call.Payload.GetProperty("idTag").GetString(),
                    call.Payload.GetProperty("transactionId").GetInt32(), outcome));
            }
        }

        private string Answer(Frame call)
        {
            switch (call.Action)
            {
                case "BootNotification":
                    return _rig.BootResponse("Accepted", 3600);
                case "Heartbeat":
                    return "{\"currentTime\":\"" + ChargerRig.Iso(_rig.Clock.UtcNow) + "\"}";
                case "Authorize":
                    return "{\"idTagInfo\":{\"status\":\"Accepted\"}}";
                case "StartTransaction":
                    string tag = call.Payload.GetProperty("idTag").GetString();
                    return "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":" + TransactionIdOf(tag) + "}";
                default:
                    return "{}";
            }
        }
    }
}
