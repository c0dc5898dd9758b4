using System;
using System.Collections;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.SmartCharging
{
    /// <summary>
    /// Reads a ChargingProfile in full and checks everything the schema and the spec say of its form: types, required
    /// fields, enums, ranges, the periods, and what each kind needs. A breach throws the CALLERROR's OcppException;
    /// whether the charger can take the profile (units, sizes, connector, transaction) is the module's to decide.
    /// A recurrencyKind on a kind that does not recur is ignored, as some CSMSes send one.
    /// </summary>
    public static class ChargingProfileReader
    {
        private const long TicksPerSecond = 10000000L;

        public static long Seconds(DateTime utc)
        {
            return utc.Ticks / TicksPerSecond;
        }

        public static DateTime Time(long seconds)
        {
            return new DateTime(seconds * TicksPerSecond, DateTimeKind.Utc);
        }

        /// <summary>Reads the profile whose value comes next in <paramref name="r"/>, named <paramref name="field"/>.</summary>
        public static ChargingProfile Read(JsonReader r, string field)
        {
            ChargingProfile p = new ChargingProfile();
            bool hasId = false, hasStack = false, hasPurpose = false, hasKind = false, hasSchedule = false;
            r.ReadObjectStart(field, CallErrorCode.TypeConstraintViolation);
            while (r.NextProperty())
            {
                switch (r.Value)
                {
                    case "chargingProfileId":
                        p.Id = r.ReadInt("chargingProfileId");
                        hasId = true;
                        break;
                    case "transactionId":
                        p.TransactionId = r.ReadInt("transactionId");
                        p.HasTransactionId = true;
                        break;
                    case "stackLevel":
                        p.StackLevel = r.ReadInt("stackLevel", 0, int.MaxValue);
                        hasStack = true;
                        break;
                    case "chargingProfilePurpose":
                        p.Purpose = r.ReadEnum("chargingProfilePurpose", ProfilePurpose.Names);
                        hasPurpose = true;
                        break;
                    case "chargingProfileKind":
                        p.Kind = r.ReadEnum("chargingProfileKind", ProfileKind.Names);
                        hasKind = true;
                        break;
                    case "recurrencyKind":
                        p.Recurrency = r.ReadEnum("recurrencyKind", RecurrencyKind.Names);
                        break;
                    case "validFrom":
                        p.ValidFrom = Seconds(r.ReadTimestamp("validFrom"));
                        break;
                    case "validTo":
                        p.ValidTo = Seconds(r.ReadTimestamp("validTo"));
                        break;
                    case "chargingSchedule":
                        ReadSchedule(r, p);
                        hasSchedule = true;
                        break;
                    default:
                        r.SkipValue();
                        break;
                }
            }

            JsonReader.Require(hasId, "chargingProfileId");
            JsonReader.Require(hasStack, "stackLevel");
            JsonReader.Require(hasPurpose, "chargingProfilePurpose");
            JsonReader.Require(hasKind, "chargingProfileKind");
            JsonReader.Require(hasSchedule, "chargingSchedule");
            CheckKind(p);
            if (p.ValidFrom >= p.ValidTo)
            {
                throw new OcppException(CallErrorCode.PropertyConstraintViolation, "validTo must come after validFrom");
            }

            return p;
        }

        private static void CheckKind(ChargingProfile p)
        {
            if (p.Kind == ProfileKind.Recurring)
            {
                JsonReader.Require(p.Recurrency != RecurrencyKind.None, "recurrencyKind");
            }
            else
            {
                p.Recurrency = RecurrencyKind.None;
            }

            if (p.Kind == ProfileKind.Relative)
            {
                if (p.StartSchedule != ChargingProfile.NoTime)
                {
                    throw new OcppException(CallErrorCode.OccurenceConstraintViolation, "a Relative schedule has no startSchedule");
                }
            }
            else
            {
                JsonReader.Require(p.StartSchedule != ChargingProfile.NoTime, "startSchedule");
            }
        }

        private static void ReadSchedule(JsonReader r, ChargingProfile p)
        {
            bool hasUnit = false;
            ArrayList periods = null;
            r.ReadObjectStart("chargingSchedule", CallErrorCode.TypeConstraintViolation);
            while (r.NextProperty())
            {
                switch (r.Value)
                {
                    case "duration":
                        p.Duration = r.ReadInt("duration", 0, int.MaxValue);
                        break;
                    case "startSchedule":
                        p.StartSchedule = Seconds(r.ReadTimestamp("startSchedule"));
                        break;
                    case "chargingRateUnit":
                        p.Unit = r.ReadEnum("chargingRateUnit", RateUnit.Names);
                        hasUnit = true;
                        break;
                    case "chargingSchedulePeriod":
                        periods = ReadPeriods(r);
                        break;
                    case "minChargingRate":
                        // Checked for its form only: the charger has no use for the vehicle's minimum.
                        NonNegative(r.ReadTenths("minChargingRate"), "minChargingRate");
                        break;
                    default:
                        r.SkipValue();
                        break;
                }
            }

            JsonReader.Require(hasUnit, "chargingRateUnit");
            JsonReader.Require(periods != null, "chargingSchedulePeriod");
            int count = periods.Count;
            p.StartPeriods = new int[count];
            p.Limits = new int[count];
            p.Phases = new int[count];
            for (int i = 0; i < count; i++)
            {
                int[] period = (int[])periods[i];
                p.StartPeriods[i] = period[0];
                p.Limits[i] = period[1];
                p.Phases[i] = period[2];
                if (i == 0 ? period[0] != 0 : period[0] <= p.StartPeriods[i - 1])
                {
                    throw new OcppException(CallErrorCode.PropertyConstraintViolation, "startPeriod must start at 0 and ascend");
                }
            }
        }

        /// <summary>The periods as { startPeriod, limit in tenths, numberPhases or 0 }; at least one.</summary>
        private static ArrayList ReadPeriods(JsonReader r)
        {
            if (r.Read() != JsonToken.StartArray)
            {
                throw new OcppException(CallErrorCode.TypeConstraintViolation, "chargingSchedulePeriod must be an array");
            }

            ArrayList periods = new ArrayList();
            while (r.Read() != JsonToken.EndArray)
            {
                if (r.Token != JsonToken.StartObject)
                {
                    throw new OcppException(CallErrorCode.TypeConstraintViolation, "a chargingSchedulePeriod must be an object");
                }

                int[] period = new int[] { -1, -1, 0 };
                while (r.NextProperty())
                {
                    switch (r.Value)
                    {
                        case "startPeriod":
                            period[0] = r.ReadInt("startPeriod", 0, int.MaxValue);
                            break;
                        case "limit":
                            period[1] = NonNegative(r.ReadTenths("limit"), "limit");
                            break;
                        case "numberPhases":
                            period[2] = r.ReadInt("numberPhases", 1, 3);
                            break;
                        default:
                            r.SkipValue();
                            break;
                    }
                }

                JsonReader.Require(period[0] >= 0, "startPeriod");
                JsonReader.Require(period[1] >= 0, "limit");
                periods.Add(period);
            }

            if (periods.Count == 0)
            {
                throw new OcppException(CallErrorCode.OccurenceConstraintViolation, "chargingSchedulePeriod needs a period");
            }

            return periods;
        }

        private static int NonNegative(int tenths, string field)
        {
            if (tenths < 0)
            {
                throw new OcppException(CallErrorCode.PropertyConstraintViolation, field + " must not be negative");
            }

            return tenths;
        }
    }
}
