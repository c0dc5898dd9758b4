using NanoEvse.Drivers.Bus;
using NanoEvse.Drivers.ControlPilot;

namespace NanoEvse.Tests.Drivers
{
    /// <summary>
    /// The pilot wire as the ADC sees it through the board's divider (<see cref="FrontEnd"/>, the reference board's
    /// unless a test picks a toleranced one). Each read lands at a different point of the
    /// PWM period (the driver cannot sample in step with it): during the high phase it reads <see cref="HighMv"/>
    /// (what the vehicle's resistors leave of +12 V), otherwise <see cref="LowMv"/> (-12 V, held by the vehicle's
    /// diode). The duty is whatever the driver drives on <see cref="Pwm"/>.
    /// </summary>
    internal sealed class PilotLine : IAnalogInput
    {
        public static readonly PilotCalibration Calibration = PilotFrontEnd.BoardCalibration;

        private int _reads;

        public FakePwm Pwm { get; } = new FakePwm();

        public PilotFrontEnd FrontEnd { get; set; } = PilotFrontEnd.Nominal;

        public int HighMv { get; set; } = 12000;

        public int LowMv { get; set; } = -12000;

        /// <summary>When set, every read is in the low phase, as a burst that misses a short high phase would be.</summary>
        public bool MissHighPhase { get; set; }

        public int ReadMillivolts()
        {
            // Step through the period in 7 % strides so successive reads cover it evenly.
            int phase = (_reads++ * 7) % 100;
            bool high = !MissHighPhase && phase < Pwm.Duty * 100;
            return FrontEnd.AdcMillivolts(high ? HighMv : LowMv);
        }
    }
}
