using System;
using System.Collections.Generic;
using NanoEvse.Drivers.ControlPilot;

namespace NanoEvse.Tests.Drivers
{
    /// <summary>
    /// The reference board's pilot sense divider (hal/NanoEvse.Hal.Esp32/README.md): the pilot reaches the ADC pin
    /// through R1, and the pin is tied to the 3.3 V rail through R2 and to ground through R3, so
    /// V_pin = (V_pilot / R1 + V_rail / R2) / (1 / R1 + 1 / R2 + 1 / R3). Readings come back as AdcInput gives them:
    /// whole 12-bit steps scaled linearly to 3300 mV.
    /// </summary>
    internal sealed class PilotFrontEnd
    {
        public const double SeriesOhms = 200000;
        public const double RailOhms = 38300;
        public const double GroundOhms = 28000;
        public const double RailMv = 3300;

        public const int AdcFullScaleMv = 3300;
        public const int AdcMaxValue = 4095;

        /// <summary>ADC1 at 11 dB is accurate between these (Espressif); outside, the reading compresses.</summary>
        public const int AdcAccurateLowMv = 150;
        public const int AdcAccurateHighMv = 2450;

        /// <summary>BoardPins.PilotAdcMvAtPlus12V and PilotAdcMvAtMinus12V: the nominal divider at +/-12 V.</summary>
        public static readonly PilotCalibration BoardCalibration = new PilotCalibration(2187, 392);

        public static readonly PilotFrontEnd Nominal = new PilotFrontEnd(SeriesOhms, RailOhms, GroundOhms, RailMv);

        private readonly double _series;
        private readonly double _rail;
        private readonly double _ground;
        private readonly double _railMv;

        public PilotFrontEnd(double seriesOhms, double railOhms, double groundOhms, double railMv)
        {
            _series = seriesOhms;
            _rail = railOhms;
            _ground = groundOhms;
            _railMv = railMv;
        }

        public double PinMillivolts(double pilotMv)
        {
            double conductance = 1 / _series + 1 / _rail + 1 / _ground;
            return (pilotMv / _series + _railMv / _rail) / conductance;
        }

        /// <summary>What AdcInput reports for the pilot at <paramref name="pilotMv"/>.</summary>
        public int AdcMillivolts(int pilotMv)
        {
            int raw = (int)Math.Round(PinMillivolts(pilotMv) * AdcMaxValue / AdcFullScaleMv);
            raw = Math.Clamp(raw, 0, AdcMaxValue);
            return raw * AdcFullScaleMv / AdcMaxValue;
        }

        /// <summary>Every corner: each resistor at +/- <paramref name="resistorTolerance"/>, the rail at +/- <paramref name="railTolerance"/>.</summary>
        public static IEnumerable<PilotFrontEnd> Corners(double resistorTolerance, double railTolerance)
        {
            for (int corner = 0; corner < 16; corner++)
            {
                yield return new PilotFrontEnd(
                    SeriesOhms * Factor(corner, 0, resistorTolerance),
                    RailOhms * Factor(corner, 1, resistorTolerance),
                    GroundOhms * Factor(corner, 2, resistorTolerance),
                    RailMv * Factor(corner, 3, railTolerance));
            }
        }

        private static double Factor(int corner, int bit, double tolerance)
        {
            return (corner & (1 << bit)) != 0 ? 1 + tolerance : 1 - tolerance;
        }
    }
}
