using System.Threading;

namespace NanoEvse.Hal.Host
{
    /// <summary>
    /// The PC's network as the charger sees it: up unless a test or the emulator takes it down. A join can be
    /// made to block until released, as a radio searching for its access point does.
    /// </summary>
    public sealed class HostNetwork : INetwork
    {
        private readonly ManualResetEventSlim _joinMayFinish = new ManualResetEventSlim(true);
        private volatile bool _up;
        private volatile bool _available = true;
        private int _joins;

        /// <param name="up">Whether the charger starts with an address.</param>
        public HostNetwork(bool up = true)
        {
            _up = up;
        }

        public bool IsUp => _up;

        /// <summary>Whether a join would succeed (the access point is in reach).</summary>
        public bool Available
        {
            get => _available;
            set => _available = value;
        }

        /// <summary>How many joins were attempted.</summary>
        public int Joins => Volatile.Read(ref _joins);

        /// <summary>Whether joins are being held (they block until released).</summary>
        public bool JoinsHeld => !_joinMayFinish.IsSet;

        /// <summary>Joins block from now on until <see cref="ReleaseJoins"/>.</summary>
        public void HoldJoins() => _joinMayFinish.Reset();

        public void ReleaseJoins() => _joinMayFinish.Set();

        /// <summary>The link drops: the address is gone until the next join.</summary>
        public void Drop() => _up = false;

        public bool Join(int timeoutMs)
        {
            Interlocked.Increment(ref _joins);
            if (!_joinMayFinish.Wait(timeoutMs))
            {
                return false;
            }

            _up = _available;
            return _up;
        }
    }
}
