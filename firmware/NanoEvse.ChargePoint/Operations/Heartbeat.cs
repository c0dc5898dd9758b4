using System;
using NanoEvse.ChargePoint.Time;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>Heartbeat: tells the CSMS the charger is alive and sets the clock from its answer when that is plausible.</summary>
    public sealed class Heartbeat : OutgoingCall
    {
        private readonly ClockTrust _trust;
        private DateTime _currentTime;

        public Heartbeat(ClockTrust trust)
        {
            _trust = trust;
        }

        public override string Action
        {
            get { return "Heartbeat"; }
        }

        public override void WritePayload(JsonWriter payload)
        {
            payload.BeginObject();
            payload.EndObject();
        }

        public override void ReadResult(JsonReader payload)
        {
            bool hasTime = false;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                if (payload.Value == "currentTime")
                {
                    _currentTime = payload.ReadTimestamp("currentTime");
                    hasTime = true;
                }
                else
                {
                    payload.SkipValue();
                }
            }

            JsonReader.Require(hasTime, "currentTime");
        }

        public override void OnResult()
        {
            _trust.Accept(_currentTime, "the Heartbeat answer");
        }
    }
}
