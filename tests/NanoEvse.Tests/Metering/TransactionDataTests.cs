using System;
using System.Collections.Generic;
using System.Linq;
using NanoEvse.ChargePoint.Metering;
using NanoEvse.Hal.Evse;
using NanoEvse.Ocpp.Json;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Metering
{
    /// <summary>StopTransaction.transactionData: what StopTxnSampledData and StopTxnAlignedData ask for, within StopTransactionMaxMeterValues.</summary>
    public class TransactionDataTests
    {
        private static Frame StopByCard(ChargerRig rig, string tag, int transactionId)
        {
            rig.Reader.Present(tag);
            return rig.ExpectStop(transactionId, "Local", tag);
        }

        [Fact]
        public void Empty_StopTxn_keys_mean_no_transactionData()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            rig.StartCharging("TAG-A", 1);
            Assert.Equal(2, rig.RunAnswering(130_000).Count);

            Frame stop = StopByCard(rig, "TAG-A", 1);

            Assert.Null(MeterValueFrames.ReadTransactionData(stop));
        }

        [Fact]
        public void Sampled_data_has_Begin_the_periodic_values_and_End()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("StopTxnSampledData", "Energy.Active.Import.Register,Power.Active.Import"));
            rig.Evse.SetEnergyRegister(77_000);
            rig.StartCharging("TAG-A", 2);
            DateTime start = rig.Clock.UtcNow;
            List<MeterValuesJson> sent = rig.RunAnswering(185_000);

            Frame stop = StopByCard(rig, "TAG-A", 2);

            List<MeterValueJson> data = MeterValueFrames.ReadTransactionData(stop);
            Assert.Equal(new[] { "Transaction.Begin", "Sample.Periodic", "Sample.Periodic", "Sample.Periodic", "Transaction.End" }, data.Select(v => v.Context));
            Assert.Equal(start, data[0].Timestamp);
            Assert.Equal("77000", data[0].Of("Energy.Active.Import.Register").Value);
            Assert.Equal("0", data[0].Of("Power.Active.Import").Value);
            Assert.Equal(sent.Select(m => m.Value.Timestamp), data.Skip(1).Take(3).Select(v => v.Timestamp));
            Assert.Equal(sent.Select(m => m.Value.Of("Energy.Active.Import.Register").Value), data.Skip(1).Take(3).Select(v => v.Of("Energy.Active.Import.Register").Value));
            MeterValueJson end = data[4];
            Assert.Equal(stop.Payload.GetProperty("timestamp").GetString(), ChargerRig.Iso(end.Timestamp));
            Assert.Equal(stop.Payload.GetProperty("meterStop").GetInt64().ToString(), end.Of("Energy.Active.Import.Register").Value);
            Assert.Equal(rig.ExpectedImportWh(77_000, end.Timestamp).ToString(), end.Of("Energy.Active.Import.Register").Value);
        }

        [Fact]
        public void Aligned_data_alone_gives_Begin_the_clock_values_and_End()
        {
            ChargerRig rig = ChargerRig.WithHardware();
            Assert.Equal("Accepted", rig.ChangeConfiguration("StopTxnAlignedData", "Energy.Active.Import.Register"));
            Assert.Equal("Accepted", rig.ChangeConfiguration("ClockAlignedDataInterval", "60"));
            rig.Run(1000);
            rig.StartCharging("TAG-A", 3);
            rig.RunAnswering(150_000);

            List<MeterValueJson> data = MeterValueFrames.ReadTransactionData(StopByCard(rig, "TAG-A", 3));

            Assert.Equal(new[] { "Transaction.Begin", "Sample.Clock", "Sample.Clock", "Transaction.End" }, data.Select(v => v.Context));
            DateTime minute = new DateTime(2026, 11, 21, 9, 1, 0, DateTimeKind.Utc);
            Assert.Equal(new[] { minute, minute.AddMinutes(1) }, data.Skip(1).Take(2).Select(v => v.Timestamp));
            Assert.All(data, v => Assert.Equal("Energy.Active.Import.Register", Assert.Single(v.SampledValues).Measurand));
        }

        [Fact]
        public void Over_StopTransactionMaxMeterValues_the_oldest_intermediate_values_go_first_never_Begin_or_End()
        {
            ChargerRig rig = ChargerRig.WithHardware("product-b");
            Assert.Equal("10", rig.Charger.Configuration.Find("StopTransactionMaxMeterValues").Value);
            rig.StartCharging("TAG-B", 4);
            DateTime start = rig.Clock.UtcNow;
            List<MeterValuesJson> sent = rig.RunAnswering(600_500);
            Assert.Equal(30, sent.Count);

            Assert.Equal("Accepted", rig.CallCharger("RemoteStopTransaction", "{\"transactionId\":4}").Payload.GetProperty("status").GetString());
            Frame stop = rig.ExpectStop(4, "Remote");

            List<MeterValueJson> data = MeterValueFrames.ReadTransactionData(stop);
            Assert.Equal(10, data.Count);
            Assert.Equal("Transaction.Begin", data[0].Context);
            Assert.Equal(start, data[0].Timestamp);
            Assert.Equal(sent.Skip(22).Select(m => m.Value.Timestamp), data.Skip(1).Take(8).Select(v => v.Timestamp));
            Assert.Equal("Transaction.End", data[9].Context);
            long[] registers = data.Select(v => long.Parse(v.Of("Energy.Active.Import.Register").Value)).ToArray();
            Assert.Equal(registers.OrderBy(r => r), registers);
        }

        [Fact]
        public void The_buffer_of_one_transaction_stays_bounded_however_long_it_runs()
        {
            var config = ChargerRig.ForProfile("product-a").Charger.Configuration;
            MeteringSettings settings = new MeteringSettings(config);
            MeterSample sample = new MeterSample();
            sample.Take(ChargerRig.Start, ReadingContext.TransactionBegin, new MeterReading(), 0, new MeterReading());
            TransactionMeterData data = new TransactionMeterData(settings, sample);
            for (int i = 0; i < 10_000; i++)
            {
                sample.Take(ChargerRig.Start.AddMinutes(i), ReadingContext.SamplePeriodic, new MeterReading { EnergyExportWh = i }, 0, new MeterReading());
                data.Add(sample);
            }

            sample.Take(ChargerRig.Start.AddMinutes(10_000), ReadingContext.TransactionEnd, new MeterReading(), 0, new MeterReading());
            data.Finish(sample);
            JsonWriter writer = new JsonWriter(256);
            writer.BeginObject();
            data.Write(writer);
            writer.EndObject();

            Assert.Equal(TransactionMeterData.Capacity - 2, data.IntermediateCount);
            Assert.Equal("350", config.Find("StopTransactionMaxMeterValues").Value);
            using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(writer.ToString());
            List<MeterValueJson> written = MeterValueFrames.ReadMeterValueArray(document.RootElement.GetProperty("transactionData"));
            Assert.Equal(TransactionMeterData.Capacity, written.Count);
            Assert.Equal("Transaction.Begin", written[0].Context);
            Assert.Equal("9999", written[^2].Of("Energy.Active.Export.Register").Value);
            Assert.Equal("Transaction.End", written[^1].Context);
        }
    }
}
