using NanoEvse.ChargePoint.Configuration;

namespace NanoEvse.ChargePoint.Metering
{
    /// <summary>The measurands one configuration key lists, parsed again only when its value changes.</summary>
    public sealed class MeasurandSelection
    {
        private static readonly string[] None = new string[0];
        private static readonly string[] EnergyRegister = new string[] { Measurands.EnergyActiveImportRegister };

        private readonly ConfigKey _key;
        private readonly bool _energyWhenEmpty;
        private string _parsedValue;
        private string[] _measurands;

        /// <param name="energyWhenEmpty">An empty list means Energy.Active.Import.Register (MeterValues keys) rather than nothing (StopTxn keys).</param>
        public MeasurandSelection(ConfigKey key, bool energyWhenEmpty)
        {
            _key = key;
            _energyWhenEmpty = energyWhenEmpty;
        }

        /// <summary>The measurands in effect; the array is never changed afterwards, so a queued message may keep it.</summary>
        public string[] Current
        {
            get
            {
                string value = _key == null ? null : _key.Value;
                if (_measurands == null || value != _parsedValue)
                {
                    _parsedValue = value;
                    _measurands = Parse(value);
                }

                return _measurands;
            }
        }

        private string[] Parse(string value)
        {
            string[] items = value == null ? None : value.Split(',');
            int count = 0;
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = items[i].Trim();
                if (items[i].Length > 0)
                {
                    items[count++] = items[i];
                }
            }

            if (count == 0)
            {
                return _energyWhenEmpty ? EnergyRegister : None;
            }

            string[] measurands = new string[count];
            for (int i = 0; i < count; i++)
            {
                measurands[i] = items[i];
            }

            return measurands;
        }
    }
}
