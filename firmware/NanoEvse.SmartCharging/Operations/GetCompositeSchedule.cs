using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.SmartCharging.Operations
{
    /// <summary>
    /// GetCompositeSchedule: the limit connectorId (0: the charger) is under from now for duration seconds, in the unit
    /// asked for (else W when every installed profile is in W, A otherwise), one period per change. Rejected for a
    /// connector the charger does not have; an unknown unit is a PropertyConstraintViolation (errata 3.24).
    /// </summary>
    public sealed class GetCompositeSchedule : ICallHandler
    {
        private const int NoUnit = -1;
        private readonly SmartChargingModule _module;

        public GetCompositeSchedule(SmartChargingModule module)
        {
            _module = module;
        }

        public string Action
        {
            get { return "GetCompositeSchedule"; }
        }

        public object ReadRequest(JsonReader payload)
        {
            int[] request = new int[] { -1, -1, NoUnit };
            payload.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            while (payload.NextProperty())
            {
                switch (payload.Value)
                {
                    case "connectorId":
                        request[0] = payload.ReadInt("connectorId", 0, int.MaxValue);
                        break;
                    case "duration":
                        request[1] = payload.ReadInt("duration", 0, int.MaxValue);
                        break;
                    case "chargingRateUnit":
                        request[2] = payload.ReadEnum("chargingRateUnit", RateUnit.Names);
                        break;
                    default:
                        payload.SkipValue();
                        break;
                }
            }

            JsonReader.Require(request[0] >= 0, "connectorId");
            JsonReader.Require(request[1] >= 0, "duration");
            return request;
        }

        public void Execute(object request, JsonWriter response)
        {
            int[] r = (int[])request;
            int connectorId = r[0];
            response.BeginObject();
            if (connectorId > _module.Connectors)
            {
                response.Property("status", SmartChargingModule.Rejected);
                response.EndObject();
                return;
            }

            long start = _module.Now();
            Transaction tx = _module.TransactionOn(connectorId);
            int unit = r[2] == NoUnit ? _module.Composite.NaturalUnit() : r[2];
            response.Property("status", SmartChargingModule.Accepted);
            response.Property("connectorId", connectorId);
            response.TimestampProperty("scheduleStart", ChargingProfileReader.Time(start));
            response.Name("chargingSchedule");
            response.BeginObject();
            response.Property("duration", r[1]);
            response.TimestampProperty("startSchedule", ChargingProfileReader.Time(start));
            response.Property("chargingRateUnit", RateUnit.Names[unit]);
            response.Name("chargingSchedulePeriod");
            WritePeriods(response, connectorId, tx, start, r[1], unit);
            response.EndObject();
            response.EndObject();
        }

        private void WritePeriods(JsonWriter response, int connectorId, Transaction tx, long start, int duration, int unit)
        {
            CompositeSchedule composite = _module.Composite;
            long anchor = SmartChargingModule.Anchor(tx, start);
            long ceiling = _module.CeilingDeciAmps(connectorId);
            long last = -1;
            response.BeginArray();
            for (long t = start; t < start + duration || t == start; t = composite.NextChangeAfter(tx, anchor, t))
            {
                long limit = composite.LimitAt(connectorId, tx, anchor, t, unit, ceiling);
                if (limit != last)
                {
                    response.BeginObject();
                    response.Property("startPeriod", t - start);
                    response.Name("limit");
                    response.Tenths(limit);
                    response.EndObject();
                    last = limit;
                }
            }

            response.EndArray();
        }
    }
}
