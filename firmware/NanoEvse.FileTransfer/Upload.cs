namespace NanoEvse.FileTransfer
{
    /// <summary>An upload of a small file held in memory (a diagnostics file of a few KB).</summary>
    internal sealed class Upload : Transfer, IUpload
    {
        private readonly string _fileName;
        private readonly byte[] _content;

        /// <summary><paramref name="content"/> is the caller's own copy; the worker reads it later.</summary>
        public Upload(FileTransfers owner, TransferUrl url, string fileName, byte[] content)
            : base(owner, url)
        {
            _fileName = fileName;
            _content = content;
        }

        protected override void Work()
        {
            if (Url.Scheme == "ftp")
            {
                new FtpClient(this, Url).Store(_fileName, _content);
            }
            else
            {
                new HttpTransferClient(this).Put(Url, _fileName, _content);
            }

            lock (Gate)
            {
                if (StateNow == TransferState.Running)
                {
                    StateNow = TransferState.Done;
                }
            }
        }
    }
}
