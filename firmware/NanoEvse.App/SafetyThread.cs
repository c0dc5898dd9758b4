using System.Threading;

namespace NanoEvse.App
{
    /// <summary>
    /// Runs a <see cref="SafetyMonitor"/> every <see cref="SafetyMonitor.PeriodMs"/> on a thread of its own, at
    /// above-normal priority so a busy main loop does not starve it. Tests call <see cref="SafetyMonitor.RunOnce"/>
    /// themselves in virtual time instead.
    /// </summary>
    public sealed class SafetyThread
    {
        private readonly SafetyMonitor _monitor;
        private readonly Thread _thread;
        private readonly object _gate = new object();
        private bool _stopping;

        public SafetyThread(SafetyMonitor monitor)
        {
            _monitor = monitor;
            _thread = new Thread(Run);
            _thread.Priority = ThreadPriority.AboveNormal;
        }

        public void Start()
        {
            _thread.Start();
        }

        /// <summary>Ends the thread after its current tick (the emulator replacing a charger core).</summary>
        public void Stop()
        {
            lock (_gate)
            {
                _stopping = true;
            }

            _thread.Join();
        }

        private void Run()
        {
            while (!Stopping())
            {
                _monitor.RunOnce();
                Thread.Sleep(SafetyMonitor.PeriodMs);
            }
        }

        private bool Stopping()
        {
            lock (_gate)
            {
                return _stopping;
            }
        }
    }
}
