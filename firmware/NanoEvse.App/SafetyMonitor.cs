using System;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;

namespace NanoEvse.App
{
    /// <summary>
    /// What the safety thread does every <see cref="PeriodMs"/>: samples the safety inputs, lets each connector's
    /// <see cref="ContactorInterlock"/> open its contactor on a residual-current trip, a lost pilot or a feedback
    /// mismatch, and asks the <see cref="LoopSupervisor"/> whether the main loop still makes progress. It never
    /// waits for the main loop, so a stuck main loop cannot keep a contactor closed.
    /// </summary>
    public sealed class SafetyMonitor
    {
        /// <summary>
        /// The pilot driver wants 3 agreeing samples, so a pilot change is seen within 3 periods and the contactor
        /// opens in the next: 80 ms, inside the 100 ms budget.
        /// </summary>
        public const int PeriodMs = 20;

        private const string Component = "safety";

        private readonly IChargerBoard _board;
        private readonly ContactorInterlock[] _interlocks;
        private readonly LoopSupervisor _supervisor;
        private readonly IClock _clock;
        private readonly ILog _log;
        private readonly IFaultHandler _onFault;
        private readonly object _gate = new object();
        private bool _failed;

        public SafetyMonitor(IChargerBoard board, ContactorInterlock[] interlocks, LoopSupervisor supervisor, IClock clock, ILog log, IFaultHandler onFault)
        {
            _board = board;
            _interlocks = interlocks;
            _supervisor = supervisor;
            _clock = clock;
            _log = log;
            _onFault = onFault;
        }

        /// <summary>How many times the safety thread has opened a closed contactor.</summary>
        public int Trips { get; private set; }

        public void Tick()
        {
            long nowMs = _clock.MonotonicMs;
            _board.SampleSafetyInputs();
            for (int i = 0; i < _interlocks.Length; i++)
            {
                string tripped = _interlocks[i].Check(nowMs);
                if (tripped != null)
                {
                    Trips++;
                    _log.Write(LogLevel.Warning, Component, "connector " + (i + 1).ToString() + ": contactor opened by the safety thread: " + tripped);
                }
            }

            if (_supervisor.IsStalled())
            {
                Fail("main loop stalled for " + _supervisor.SilentMs().ToString() + " ms");
            }
        }

        /// <summary>
        /// One tick as the safety thread runs it: a check that cannot run (an input that throws) is a charger that
        /// cannot charge safely, so it opens everything and restarts.
        /// </summary>
        public void RunOnce()
        {
            try
            {
                Tick();
            }
            catch (Exception e)
            {
                _log.Write(LogLevel.Error, Component, "safety check failed: " + e.Message);
                Fail("safety check failed: " + e.Message);
            }
        }

        /// <summary>Opens every contactor and reports <paramref name="cause"/> to the fault handler, once.</summary>
        public void Fail(string cause)
        {
            OpenAll();
            lock (_gate)
            {
                if (_failed)
                {
                    return;
                }

                _failed = true;
            }

            _onFault.OnFault(cause);
        }

        /// <summary>Opens every contactor and holds it open until the restart.</summary>
        public void OpenAll()
        {
            for (int i = 0; i < _interlocks.Length; i++)
            {
                _interlocks[i].ForceOpen();
            }
        }
    }
}
