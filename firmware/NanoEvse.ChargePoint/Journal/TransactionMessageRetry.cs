using NanoEvse.ChargePoint.Configuration;
using NanoEvse.Hal;
using NanoEvse.Ocpp.Rpc;

namespace NanoEvse.ChargePoint.Journal
{
    /// <summary>
    /// TransactionMessageAttempts and TransactionMessageRetryInterval (OCPP 1.6 section 4.x, "Transaction-related
    /// messages") for the one transaction message the journal has on its way. When the CSMS fails to process it (a
    /// CALLERROR, no response within MessageTimeout, or an answer that cannot be read) it is sent again after
    /// RetryInterval x the attempts so far, and given up after the last attempt. While it waits it is neither queued
    /// nor outstanding, so other messages flow; the journal sends no later transaction message meanwhile.
    /// A message lost to a dropped link was never judged by the CSMS: it goes again first on the next connection and
    /// does not count as an attempt. Attempts are counted in memory, so a message resent after a restart starts afresh.
    /// </summary>
    public sealed class TransactionMessageRetry
    {
        /// <summary>Attempts while the key is absent or empty: the value the built-in profiles give it.</summary>
        public const int DefaultAttempts = 3;

        /// <summary>Seconds while the key is absent or empty: the profiles' value, and the spec's example.</summary>
        public const int DefaultIntervalSeconds = 60;

        private const string Component = "journal";
        private readonly ConfigKey _attempts;
        private readonly ConfigKey _interval;
        private readonly IClock _clock;
        private readonly ILog _log;
        private RpcEndpoint _endpoint;
        private int _failures;
        private OutgoingCall _waiting;
        private long _dueMs;

        public TransactionMessageRetry(ChargerConfiguration config, IClock clock, ILog log)
        {
            _attempts = config.Find(KeyNames.TransactionMessageAttempts);
            _interval = config.Find(KeyNames.TransactionMessageRetryInterval);
            _clock = clock;
            _log = log;
        }

        /// <summary>The endpoint the messages go out through; it is built after this, so it comes later.</summary>
        public void Attach(RpcEndpoint endpoint)
        {
            _endpoint = endpoint;
        }

        /// <summary>
        /// The message on its way failed with <paramref name="errorCode"/>. Returns true when it is given up (logged;
        /// the journal then settles it); otherwise it goes again by itself: at once after a lost link, after its wait
        /// otherwise. The keys are read here, so a change applies from the next failure.
        /// </summary>
        public bool Failed(OutgoingCall call, string errorCode)
        {
            if (errorCode == CallFailure.ConnectionLost)
            {
                _endpoint.Retry(call);
                return false;
            }

            _failures++;
            int attempts = ConfigKey.IntOr(_attempts, DefaultAttempts);
            if (_failures >= attempts)
            {
                _log.Write(LogLevel.Warning, Component, call.Action + " given up after " + _failures + " attempt(s), the last " + errorCode);
                return true;
            }

            long waitMs = (long)ConfigKey.IntOr(_interval, DefaultIntervalSeconds) * 1000 * _failures;
            _log.Write(LogLevel.Info, Component, call.Action + " failed (" + errorCode + "), attempt " + _failures + " of " + attempts
                + "; sent again in " + (waitMs / 1000) + " s");
            _waiting = call;
            _dueMs = _clock.MonotonicMs + waitMs;
            return false;
        }

        /// <summary>Sends the waiting message again once its wait is over, first in the queue so it keeps its place.</summary>
        public void Poll(long nowMs)
        {
            if (_waiting != null && nowMs >= _dueMs)
            {
                OutgoingCall call = _waiting;
                _waiting = null;
                _endpoint.Retry(call);
            }
        }

        /// <summary>The message on its way was answered or given up: the next one starts with no attempt counted.</summary>
        public void Settled()
        {
            _failures = 0;
            _waiting = null;
        }
    }
}
