using System;
using System.Threading;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;

namespace NanoEvse.Tests.Application
{
    /// <summary>
    /// A link whose first attempts block in Connect as nanoFramework's client does on a network that does not
    /// answer (DNS, TCP, TLS, upgrade, no time limit), until the core abandons them with Close; the attempts after
    /// those open the scripted link, where the test plays the CSMS.
    /// </summary>
    public sealed class HangingTransport : IOcppTransport
    {
        /// <summary>A test that forgets to end a hang must not hang the test run.</summary>
        private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

        private readonly ManualResetEventSlim _abandoned = new ManualResetEventSlim(false);
        private int _attempts;
        private int _blocked;

        /// <param name="hangingAttempts">How many attempts block before one goes through.</param>
        public HangingTransport(int hangingAttempts)
        {
            HangingAttempts = hangingAttempts;
        }

        public int HangingAttempts { get; set; }

        public ScriptedTransport Link { get; } = new ScriptedTransport();

        public int Attempts => Volatile.Read(ref _attempts);

        /// <summary>Attempts blocked in Connect right now.</summary>
        public int Blocked => Volatile.Read(ref _blocked);

        public void Connect(TransportSettings settings, int connectionId, TransportInbox inbox)
        {
            int attempt = Interlocked.Increment(ref _attempts);
            if (attempt <= HangingAttempts)
            {
                Interlocked.Increment(ref _blocked);
                _abandoned.Wait(Bound);
                _abandoned.Reset();
                Interlocked.Decrement(ref _blocked);
                return;
            }

            Link.Connect(settings, connectionId, inbox);
        }

        public bool Send(string text) => Link.Send(text);

        /// <summary>Abandons a blocked attempt (the device aborts its socket) or closes the scripted link.</summary>
        public void Close()
        {
            if (Blocked > 0)
            {
                _abandoned.Set();
                return;
            }

            Link.Close();
        }

        /// <summary>Waits (real time) until an attempt is blocked, since attempts run on their own threads.</summary>
        public bool WaitUntilBlocked()
        {
            return SpinWait.SpinUntil(() => Blocked > 0, Bound);
        }
    }
}
