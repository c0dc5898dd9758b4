using System;

namespace NanoEvse.ChargePoint.Connection
{
    /// <summary>
    /// Delay before the next connection attempt: doubling from a base up to a cap, each drawn at random
    /// from its upper half so that many chargers restarting together do not reconnect in step.
    /// </summary>
    public sealed class ReconnectBackoff
    {
        private readonly int _baseMs;
        private readonly int _capMs;
        private readonly Random _random;
        private int _failures;

        public ReconnectBackoff(int baseMs, int capMs, Random random)
        {
            _baseMs = baseMs;
            _capMs = capMs;
            _random = random;
        }

        public int NextDelayMs()
        {
            long ceiling = _baseMs;
            for (int i = 0; i < _failures && ceiling < _capMs; i++)
            {
                ceiling *= 2;
            }

            if (ceiling > _capMs)
            {
                ceiling = _capMs;
            }

            _failures++;
            int half = (int)(ceiling / 2);
            return half + _random.Next(half + 1);
        }

        /// <summary>A connection succeeded: the next failure starts from the base delay again.</summary>
        public void Reset()
        {
            _failures = 0;
        }
    }
}
