namespace NanoEvse.Hal.Evse
{
    /// <summary>One reading of a metering IC, in the integer units OCPP meter values are built from.</summary>
    public sealed class MeterReading
    {
        public const int Phases = 3;

        public long EnergyImportWh;
        public long EnergyExportWh;
        public long ReactiveImportVarh;
        public long ReactiveExportVarh;

        /// <summary>Active power, positive when importing, in W.</summary>
        public int PowerW;

        public int ReactivePowerVar;

        /// <summary>Power factor times 1000.</summary>
        public int PowerFactorMilli;

        /// <summary>Per phase L1..L3, in 0.1 A and 0.1 V.</summary>
        public readonly int[] CurrentDeciA = new int[Phases];
        public readonly int[] VoltageDeciV = new int[Phases];

        /// <summary>Mains frequency in 0.01 Hz.</summary>
        public int FrequencyCentiHz;

        /// <summary>Temperature at the connector in 0.1 °C.</summary>
        public int TemperatureDeciC;

        public void CopyTo(MeterReading other)
        {
            other.EnergyImportWh = EnergyImportWh;
            other.EnergyExportWh = EnergyExportWh;
            other.ReactiveImportVarh = ReactiveImportVarh;
            other.ReactiveExportVarh = ReactiveExportVarh;
            other.PowerW = PowerW;
            other.ReactivePowerVar = ReactivePowerVar;
            other.PowerFactorMilli = PowerFactorMilli;
            for (int i = 0; i < Phases; i++)
            {
                other.CurrentDeciA[i] = CurrentDeciA[i];
                other.VoltageDeciV[i] = VoltageDeciV[i];
            }

            other.FrequencyCentiHz = FrequencyCentiHz;
            other.TemperatureDeciC = TemperatureDeciC;
        }
    }
}
