namespace NanoEvse.Drivers.Signals
{
    /// <summary>
    /// A debounced value: a new reading becomes the value only after it was seen several times in a row, so a
    /// single disturbed sample (a contact bounce, an ADC read on a PWM edge) never changes what the charger sees.
    /// </summary>
    public sealed class ConsecutiveFilter
    {
        private readonly int _required;
        private int _candidate;
        private int _count;

        public ConsecutiveFilter(int initial, int required)
        {
            Value = initial;
            _required = required < 1 ? 1 : required;
        }

        public int Value { get; private set; }

        /// <summary>Adds one reading and returns the (possibly changed) value.</summary>
        public int Add(int reading)
        {
            if (reading == Value)
            {
                _count = 0;
                return Value;
            }

            if (_count > 0 && reading == _candidate)
            {
                _count++;
            }
            else
            {
                _candidate = reading;
                _count = 1;
            }

            if (_count >= _required)
            {
                Value = reading;
                _count = 0;
            }

            return Value;
        }
    }
}
