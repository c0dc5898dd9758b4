using System;
using System.IO;
using System.Threading;

namespace NanoEvse.FileTransfer
{
    /// <summary>
    /// What a download and an upload share: the worker thread that does the blocking protocol work, the state the
    /// main loop reads, the streams a failure must close, and a watchdog that fails the transfer when the network
    /// makes no progress for the timeout.
    /// </summary>
    /// <remarks>
    /// The watchdog is a timer rather than read timeouts on the streams, so the rule and its message are the same
    /// over every <see cref="INetworkStreams"/>, and a Connect stuck where the stream cannot be closed (DNS on the
    /// device) still ends the transfer: its thread is left to return whenever it can.
    /// </remarks>
    internal abstract class Transfer
    {
        /// <summary>Watchdog ticks without progress that make a timeout; a tick is a quarter of the timeout.</summary>
        private const int StalledTicks = 4;

        protected readonly object Gate = new object();
        private readonly FileTransfers _owner;
        private readonly Stream[] _open = new Stream[2];
        private int _state = TransferState.Running;
        private string _error = "";
        private string _activity = "starting";
        private int _progress;
        private int _seenProgress;
        private int _stalled;
        private bool _working;
        private bool _paused;
        private Timer _watchdog;

        protected Transfer(FileTransfers owner, TransferUrl url)
        {
            _owner = owner;
            Url = url;
        }

        public int State
        {
            get
            {
                lock (Gate)
                {
                    return _state;
                }
            }
        }

        public string Error
        {
            get
            {
                lock (Gate)
                {
                    return _error;
                }
            }
        }

        protected TransferUrl Url { get; private set; }

        /// <summary>The state, read or set with <see cref="Gate"/> held.</summary>
        protected int StateNow
        {
            get { return _state; }
            set { _state = value; }
        }

        /// <summary>Whether the worker waits for the main loop rather than the network; set with Gate held.</summary>
        protected bool Paused
        {
            set { _paused = value; }
        }

        public void Abort()
        {
            Fail("aborted");
        }

        /// <summary>Fails a running transfer and closes its streams, so a blocked worker returns; false when it was over already.</summary>
        internal bool Fail(string error)
        {
            lock (Gate)
            {
                if (_state != TransferState.Running)
                {
                    return false;
                }

                _state = TransferState.Failed;
                _error = error;
                OnFailed();
            }

            CloseAll();
            return true;
        }

        /// <summary>Runs <see cref="Work"/> on a thread of its own, watched.</summary>
        internal void Start()
        {
            int period = _owner.TimeoutMs / StalledTicks > 0 ? _owner.TimeoutMs / StalledTicks : 1;
            lock (Gate)
            {
                _working = true;
            }

            Thread worker = new Thread(Run);
            _watchdog = new Timer(Tick, null, period, period);
            try
            {
                worker.Start();
            }
            catch (Exception)
            {
                _watchdog.Dispose();
                throw;
            }
        }

        /// <summary>Connects (the worker only); the stream is closed by a failure or by <see cref="Close"/>.</summary>
        internal Stream Open(string host, int port, bool tls)
        {
            string where = host + ":" + port.ToString();
            Activity("connecting to " + where);
            Stream stream;
            try
            {
                stream = _owner.Network.Connect(host, port, tls, _owner.TimeoutMs);
            }
            catch (Exception e)
            {
                throw new TransferFailure("cannot connect to " + where + ": " + e.Message);
            }

            if (stream == null)
            {
                throw new TransferFailure("cannot connect to " + where);
            }

            lock (Gate)
            {
                int slot = _open[0] == null ? 0 : 1;
                if (_state == TransferState.Running && _open[slot] == null)
                {
                    _open[slot] = stream;
                    _progress++;
                    return stream;
                }
            }

            // Aborted or timed out while connecting: nobody else will close it.
            CloseQuietly(stream);
            throw new TransferFailure("stopped");
        }

        internal void Close(Stream stream)
        {
            lock (Gate)
            {
                for (int i = 0; i < _open.Length; i++)
                {
                    if (_open[i] == stream)
                    {
                        _open[i] = null;
                    }
                }
            }

            CloseQuietly(stream);
        }

        internal int Read(Stream stream, byte[] buffer, int offset, int count)
        {
            int n = stream.Read(buffer, offset, count);
            Interlocked.Increment(ref _progress);
            return n;
        }

        internal void Write(Stream stream, byte[] buffer, int offset, int count)
        {
            stream.Write(buffer, offset, count);
            stream.Flush();
            Interlocked.Increment(ref _progress);
        }

        /// <summary>What the worker is doing, for a timeout's or an I/O error's message.</summary>
        internal void Activity(string what)
        {
            lock (Gate)
            {
                _activity = what;
            }
        }

        /// <summary>The protocol work; returns once the file has gone through, throws otherwise.</summary>
        protected abstract void Work();

        /// <summary>Called with Gate held when the transfer fails.</summary>
        protected virtual void OnFailed()
        {
        }

        /// <summary>Appended to a timeout's message; called with Gate held.</summary>
        protected virtual string TimeoutDetail()
        {
            return "";
        }

        private static void CloseQuietly(Stream stream)
        {
            if (stream == null)
            {
                return;
            }

            try
            {
                stream.Close();
            }
            catch (Exception)
            {
                // Closing is how a transfer ends, whatever state the connection was in.
            }
        }

        private void CloseAll()
        {
            Stream first;
            Stream second;
            lock (Gate)
            {
                first = _open[0];
                second = _open[1];
                _open[0] = null;
                _open[1] = null;
            }

            CloseQuietly(first);
            CloseQuietly(second);
        }

        private void Run()
        {
            try
            {
                Work();
            }
            catch (TransferFailure failure)
            {
                Fail(failure.Message);
            }
            catch (Exception e)
            {
                string activity;
                lock (Gate)
                {
                    activity = _activity;
                }

                Fail(activity + " failed: " + e.Message);
            }
            finally
            {
                lock (Gate)
                {
                    _working = false;
                }

                _watchdog.Dispose();
                CloseAll();
                _owner.WorkerEnded();
            }
        }

        private void Tick(object unused)
        {
            string error;
            lock (Gate)
            {
                if (!_working || _state != TransferState.Running)
                {
                    return;
                }

                if (_paused || _progress != _seenProgress)
                {
                    _seenProgress = _progress;
                    _stalled = 0;
                    return;
                }

                if (++_stalled < StalledTicks)
                {
                    return;
                }

                error = "timed out " + _activity + TimeoutDetail();
            }

            Fail(error);
        }
    }
}
