namespace NanoEvse.Drivers.ControlPilot
{
    /// <summary>
    /// How the board's divider maps the +/-12 V pilot onto the 0-3.3 V ADC pin: the ADC reading at a pilot of
    /// +12 V and at -12 V. The divider is linear, so two points give every other voltage.
    /// </summary>
    public sealed class PilotCalibration
    {
        public PilotCalibration(int adcMillivoltsAtPlus12V, int adcMillivoltsAtMinus12V)
        {
            AdcMillivoltsAtPlus12V = adcMillivoltsAtPlus12V;
            AdcMillivoltsAtMinus12V = adcMillivoltsAtMinus12V;
        }

        public int AdcMillivoltsAtPlus12V { get; private set; }

        public int AdcMillivoltsAtMinus12V { get; private set; }

        /// <summary>The pilot voltage (mV, CP to PE) that gives <paramref name="adcMillivolts"/> at the ADC pin.</summary>
        public int ToPilotMillivolts(int adcMillivolts)
        {
            long span = AdcMillivoltsAtPlus12V - AdcMillivoltsAtMinus12V;
            return (int)(-12000 + (adcMillivolts - AdcMillivoltsAtMinus12V) * 24000L / span);
        }
    }
}
