using System.Threading;
using NanoEvse.Hal;

namespace NanoEvse.App
{
    /// <summary>
    /// Joins the network in the background and joins it again whenever it is down, so the charger core runs
    /// from the first moment: cards and vehicles are served offline while Wi-Fi is still being found. One join
    /// runs at a time, on its own thread, because joining blocks for as long as the radio needs.
    /// </summary>
    public sealed class NetworkSupervisor
    {
        public const int JoinTimeoutMs = 60000;

        /// <summary>Pause between the end of a failed join and the next one.</summary>
        public const int RejoinDelayMs = 10000;

        /// <summary>During a long outage only every so many failed joins are logged, after the first.</summary>
        private const int FailuresPerLogLine = 6;

        private readonly INetwork _network;
        private readonly ILog _log;
        private readonly object _gate = new object();
        private bool _joining;
        private bool _finished;
        private bool _joined;
        private long _nextJoinMs;
        private int _failedJoins;

        public NetworkSupervisor(INetwork network, ILog log)
        {
            _network = network;
            _log = log;
        }

        public bool IsUp
        {
            get { return _network.IsUp; }
        }

        /// <summary>Whether a join is under way.</summary>
        public bool Joining
        {
            get
            {
                lock (_gate)
                {
                    return _joining;
                }
            }
        }

        /// <summary>Starts a join when the network is down and none runs; never blocks.</summary>
        public void Poll(long nowMs)
        {
            bool finished;
            bool joined;
            lock (_gate)
            {
                if (_joining)
                {
                    return;
                }

                finished = _finished;
                joined = _joined;
                _finished = false;
            }

            if (finished)
            {
                _nextJoinMs = nowMs + (joined ? 0 : RejoinDelayMs);
                LogJoin(joined);
            }

            if (_network.IsUp || nowMs < _nextJoinMs)
            {
                return;
            }

            lock (_gate)
            {
                _joining = true;
            }

            Thread worker = new Thread(Join);
            worker.Start();
        }

        private void LogJoin(bool joined)
        {
            if (joined)
            {
                _failedJoins = 0;
                _log.Write(LogLevel.Info, ChargerApp.Component, "network joined");
                return;
            }

            _failedJoins++;
            if (_failedJoins == 1 || _failedJoins % FailuresPerLogLine == 0)
            {
                _log.Write(LogLevel.Warning, ChargerApp.Component, "network not joined (" + _failedJoins.ToString()
                    + " attempt(s)), trying again every " + (RejoinDelayMs / 1000).ToString() + " s");
            }
        }

        private void Join()
        {
            bool joined = false;
            try
            {
                joined = _network.Join(JoinTimeoutMs);
            }
            catch (System.Exception e)
            {
                _log.Write(LogLevel.Warning, ChargerApp.Component, "network join failed: " + e.Message);
            }
            finally
            {
                lock (_gate)
                {
                    _joining = false;
                    _finished = true;
                    _joined = joined;
                }
            }
        }
    }
}
