using System;
using NanoEvse.ChargePoint.Model;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Operations
{
    /// <summary>BootNotification: the charger introduces itself and learns whether the CSMS accepts it.</summary>
    public sealed class BootNotification : OutgoingCall
    {
        private readonly Registration _registration;
        private readonly ChargePointIdentity _identity;
        private int _status;
        private int _interval;
        private DateTime _currentTime;

        public BootNotification(Registration registration, ChargePointIdentity identity)
        {
            _registration = registration;
            _identity = identity;
        }

        public override string Action
        {
            get { return "BootNotification"; }
        }

        public override void WritePayload(JsonWriter payload)
        {
            payload.BeginObject();
            payload.Property("chargePointVendor", _identity.Vendor);
            payload.Property("chargePointModel", _identity.Model);
            payload.Property("chargePointSerialNumber", _identity.ChargePointSerialNumber);
            payload.Property("chargeBoxSerialNumber", _identity.ChargeBoxSerialNumber);
            payload.Property("firmwareVersion", _identity.FirmwareVersion);
            payload.Property("iccid", _identity.Iccid);
            payload.Property("imsi", _identity.Imsi);
            payload.Property("meterType", _identity.MeterType);
            payload.Property("meterSerialNumber", _identity.MeterSerialNumber);
            payload.EndObject();
        }

        public override void ReadResult(JsonReader payload)
        {
            bool hasStatus = false;
            bool hasInterval = false;
            bool hasTime = false;
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "status":
                        _status = payload.ReadEnum("status", RegistrationStatus.Names);
                        hasStatus = true;
                        break;
                    case "interval":
                        _interval = payload.ReadInt("interval");
                        hasInterval = true;
                        break;
                    case "currentTime":
                        _currentTime = payload.ReadTimestamp("currentTime");
                        hasTime = true;
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(hasStatus, "status");
            JsonReader.Require(hasInterval, "interval");
            JsonReader.Require(hasTime, "currentTime");
        }

        public override void OnResult()
        {
            _registration.OnBootResponse(_status, _interval, _currentTime);
        }

        public override void OnFailed(string errorCode, string description)
        {
            _registration.OnBootFailed(errorCode);
        }
    }
}
