using System.Threading;

namespace NanoEvse.FileTransfer
{
    /// <summary>
    /// A download: the worker puts what arrives into a bounded buffer and waits while it is full, so memory stays
    /// at <see cref="FileTransfers.BufferBytes"/> whatever the file's size; the main loop takes from it.
    /// </summary>
    internal sealed class Download : Transfer, IDownload
    {
        private readonly ByteRing _buffer = new ByteRing(FileTransfers.BufferBytes);
        private readonly AutoResetEvent _room = new AutoResetEvent(false);
        private long _received;
        private bool _complete;

        public Download(FileTransfers owner, TransferUrl url)
            : base(owner, url)
        {
        }

        public long Received
        {
            get
            {
                lock (Gate)
                {
                    return _received;
                }
            }
        }

        public int Take(byte[] buffer, int offset, int count)
        {
            int n;
            lock (Gate)
            {
                if (StateNow == TransferState.Failed)
                {
                    return 0;
                }

                n = _buffer.Read(buffer, offset, count);
                if (_complete && _buffer.Count == 0 && StateNow == TransferState.Running)
                {
                    StateNow = TransferState.Done;
                }
            }

            if (n > 0)
            {
                _room.Set();
            }

            return n;
        }

        /// <summary>The worker hands over received bytes, waiting while the buffer is full.</summary>
        internal void Put(byte[] data, int offset, int count)
        {
            while (count > 0)
            {
                int n;
                lock (Gate)
                {
                    if (StateNow != TransferState.Running)
                    {
                        throw new TransferFailure("stopped");
                    }

                    n = _buffer.Write(data, offset, count);
                    _received += n;
                    Paused = n == 0;
                }

                if (n == 0)
                {
                    _room.WaitOne();
                }

                offset += n;
                count -= n;
            }
        }

        protected override void Work()
        {
            if (Url.Scheme == "ftp")
            {
                new FtpClient(this, Url).Retrieve(this);
            }
            else
            {
                new HttpTransferClient(this).Get(Url, this);
            }

            lock (Gate)
            {
                _complete = true;
                if (_buffer.Count == 0 && StateNow == TransferState.Running)
                {
                    StateNow = TransferState.Done;
                }
            }
        }

        protected override void OnFailed()
        {
            _room.Set();
        }

        protected override string TimeoutDetail()
        {
            return _received > 0 ? " after " + _received.ToString() + " bytes" : "";
        }
    }
}
