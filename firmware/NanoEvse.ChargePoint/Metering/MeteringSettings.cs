using NanoEvse.ChargePoint.Configuration;

namespace NanoEvse.ChargePoint.Metering
{
    /// <summary>The metering keys, read on every use so that a ChangeConfiguration takes effect without a reboot.</summary>
    public sealed class MeteringSettings
    {
        private readonly ConfigKey _sampleInterval;
        private readonly ConfigKey _alignedInterval;
        private readonly ConfigKey _stopTxnMax;

        public MeteringSettings(ChargerConfiguration config)
        {
            _sampleInterval = config.Find(KeyNames.MeterValueSampleInterval);
            _alignedInterval = config.Find(KeyNames.ClockAlignedDataInterval);
            _stopTxnMax = config.Find(KeyNames.StopTransactionMaxMeterValues);
            SampledData = new MeasurandSelection(config.Find(KeyNames.MeterValuesSampledData), true);
            AlignedData = new MeasurandSelection(config.Find(KeyNames.MeterValuesAlignedData), true);
            StopTxnSampledData = new MeasurandSelection(config.Find(KeyNames.StopTxnSampledData), false);
            StopTxnAlignedData = new MeasurandSelection(config.Find(KeyNames.StopTxnAlignedData), false);
        }

        public MeasurandSelection SampledData { get; private set; }
        public MeasurandSelection AlignedData { get; private set; }
        public MeasurandSelection StopTxnSampledData { get; private set; }
        public MeasurandSelection StopTxnAlignedData { get; private set; }

        /// <summary>MeterValueSampleInterval in seconds; 0 = no periodic values.</summary>
        public int SampleIntervalSeconds
        {
            get { return ConfigKey.IntOr(_sampleInterval, 0); }
        }

        /// <summary>ClockAlignedDataInterval in seconds; 0 = no clock-aligned values.</summary>
        public int AlignedIntervalSeconds
        {
            get { return ConfigKey.IntOr(_alignedInterval, 0); }
        }

        /// <summary>The most meterValue elements in a StopTransaction: the key, within what the charger can hold.</summary>
        public int StopTransactionMaxValues
        {
            get
            {
                int max = ConfigKey.IntOr(_stopTxnMax, TransactionMeterData.Capacity);
                return max > TransactionMeterData.Capacity ? TransactionMeterData.Capacity : max;
            }
        }
    }
}
