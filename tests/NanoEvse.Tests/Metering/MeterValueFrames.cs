using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Metering
{
    /// <summary>One sampledValue as the CSMS reads it; absent optional fields are null.</summary>
    public sealed record SampledValueJson(string Value, string Context, string Measurand, string Phase, string Location, string Unit)
    {
        public decimal Number => decimal.Parse(Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>One meterValue element: its timestamp and sampled values.</summary>
    public sealed record MeterValueJson(DateTime Timestamp, List<SampledValueJson> SampledValues)
    {
        /// <summary>The only sampledValue of <paramref name="measurand"/> (and <paramref name="phase"/>).</summary>
        public SampledValueJson Of(string measurand, string phase = null) =>
            SampledValues.Single(v => v.Measurand == measurand && v.Phase == phase);

        /// <summary>The single context all its sampled values share.</summary>
        public string Context => SampledValues.Select(v => v.Context).Distinct().Single();
    }

    /// <summary>A MeterValues.req as the CSMS receives it, and when it arrived (charger monotonic ms).</summary>
    public sealed record MeterValuesJson(int ConnectorId, int? TransactionId, List<MeterValueJson> MeterValues, long ReceivedAtMs)
    {
        /// <summary>The one meterValue this charger puts in every MeterValues.req.</summary>
        public MeterValueJson Value => Assert.Single(MeterValues);
    }

    /// <summary>Reads meter values out of charger frames with an independent JSON parser.</summary>
    public static class MeterValueFrames
    {
        public static MeterValuesJson ReadMeterValues(Frame frame, long receivedAtMs)
        {
            Assert.Equal("MeterValues", frame.Action);
            JsonElement payload = frame.Payload;
            int? transactionId = payload.TryGetProperty("transactionId", out JsonElement id) ? id.GetInt32() : null;
            return new MeterValuesJson(payload.GetProperty("connectorId").GetInt32(), transactionId,
                ReadMeterValueArray(payload.GetProperty("meterValue")), receivedAtMs);
        }

        /// <summary>StopTransaction.transactionData, or null when the message has none.</summary>
        public static List<MeterValueJson> ReadTransactionData(Frame stop)
        {
            Assert.Equal("StopTransaction", stop.Action);
            return stop.Payload.TryGetProperty("transactionData", out JsonElement data) ? ReadMeterValueArray(data) : null;
        }

        public static List<MeterValueJson> ReadMeterValueArray(JsonElement array)
        {
            List<MeterValueJson> values = new List<MeterValueJson>();
            foreach (JsonElement item in array.EnumerateArray())
            {
                List<SampledValueJson> sampled = new List<SampledValueJson>();
                foreach (JsonElement value in item.GetProperty("sampledValue").EnumerateArray())
                {
                    Assert.Equal(JsonValueKind.String, value.GetProperty("value").ValueKind);
                    sampled.Add(new SampledValueJson(value.GetProperty("value").GetString(), Text(value, "context"),
                        Text(value, "measurand"), Text(value, "phase"), Text(value, "location"), Text(value, "unit")));
                }

                DateTime timestamp = DateTime.Parse(item.GetProperty("timestamp").GetString(), CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
                values.Add(new MeterValueJson(timestamp, sampled));
            }

            return values;
        }

        private static string Text(JsonElement value, string name) =>
            value.TryGetProperty(name, out JsonElement text) ? text.GetString() : null;
    }
}
