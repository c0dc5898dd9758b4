using System.Collections.Generic;
using NanoEvse.Drivers.Bus;

namespace NanoEvse.Tests.Drivers
{
    /// <summary>An input the test sets, as a switch or a module's output would.</summary>
    internal sealed class FakeInput : IDigitalInput
    {
        public bool Level { get; set; }

        public bool Read() => Level;
    }

    /// <summary>An input that reports its edges to its listener as the test moves it, as a GPIO interrupt would.</summary>
    internal sealed class FakeInterruptInput : IInterruptInput
    {
        public bool Level { get; private set; }

        public IEdgeListener Listener { get; private set; }

        public bool Read() => Level;

        public void SetEdgeListener(IEdgeListener listener) => Listener = listener;

        public void Set(bool level)
        {
            if (level != Level)
            {
                Level = level;
                Listener?.OnEdge(level);
            }
        }

        /// <summary>Asserted and released again before anyone polls.</summary>
        public void Pulse()
        {
            Set(true);
            Set(false);
        }
    }

    /// <summary>An output that remembers its level and every write.</summary>
    internal sealed class FakeOutput : IDigitalOutput
    {
        private readonly List<bool> _writes = new List<bool>();

        public FakeOutput(MotorBridge bridge = null)
        {
            Bridge = bridge;
        }

        public MotorBridge Bridge { get; }

        public bool Level { get; private set; }

        public IReadOnlyList<bool> Writes => _writes;

        public void Write(bool active)
        {
            Level = active;
            _writes.Add(active);
            Bridge?.Check();
        }
    }

    /// <summary>The two halves of a motor H-bridge; remembers whether both were ever on at once (a supply short).</summary>
    internal sealed class MotorBridge
    {
        public MotorBridge()
        {
            Lock = new FakeOutput(this);
            Unlock = new FakeOutput(this);
        }

        public FakeOutput Lock { get; }

        public FakeOutput Unlock { get; }

        public bool EverShorted { get; private set; }

        public void Check()
        {
            if (Lock != null && Unlock != null && Lock.Level && Unlock.Level)
            {
                EverShorted = true;
            }
        }
    }

    /// <summary>An ADC pin at a voltage the test sets.</summary>
    internal sealed class FakeAnalog : IAnalogInput
    {
        public int Millivolts { get; set; }

        public int ReadMillivolts() => Millivolts;
    }

    internal sealed class FakePwm : IPwmOutput
    {
        public double Duty { get; private set; } = double.NaN;

        public int Writes { get; private set; }

        public void SetDutyCycle(double duty)
        {
            Duty = duty;
            Writes++;
        }
    }
}
