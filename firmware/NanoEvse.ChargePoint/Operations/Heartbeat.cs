using System;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>Heartbeat: tells the CSMS the charger is alive and sets the clock from its answer.</summary>
    public sealed class Heartbeat : OutgoingCall
    {
        private readonly IClock _clock;
        private DateTime _currentTime;

        public Heartbeat(IClock clock)
        {
            _clock = clock;
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
            _clock.SetUtc(_currentTime);
        }
    }
}
