using System;
using System.Collections.Generic;
using NanoEvse.FileTransfer;

namespace NanoEvse.Tests.FirmwareManagement
{
    /// <summary>
    /// A file server in the test's hands: each URL serves its bytes a few hundred at a time (as a network would), or
    /// fails after some of them; uploads are kept, or refused. Nothing blocks, as the real transfers' Take does not.
    /// </summary>
    public sealed class ScriptedTransfers : IFileTransfers
    {
        public const int BytesPerTake = 700;

        private readonly Dictionary<string, byte[]> _files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _failAfter = new Dictionary<string, int>(StringComparer.Ordinal);

        public List<string> Downloads { get; } = new List<string>();
        public List<(string Url, string FileName, byte[] Content)> Uploads { get; } = new List<(string, string, byte[])>();

        /// <summary>How many upload attempts fail before one succeeds (int.MaxValue: all fail).</summary>
        public int FailingUploads { get; set; }

        public void Serve(string url, byte[] content, int failAfterBytes = -1)
        {
            _files[url] = content;
            _failAfter[url] = failAfterBytes;
        }

        /// <summary>The next <paramref name="attempts"/> downloads of <paramref name="url"/> fail halfway, later ones work.</summary>
        public void FailNext(string url, int attempts)
        {
            _failAfter[url] = -1 - attempts;
        }

        public IDownload StartDownload(string url)
        {
            Downloads.Add(url);
            if (!_files.TryGetValue(url, out byte[] content))
            {
                return new ScriptedDownload(Array.Empty<byte>(), 0, "ftp: 550 file not found");
            }

            int failAfter = _failAfter[url];
            if (failAfter < -1)
            {
                _failAfter[url] = failAfter + 1;
                return new ScriptedDownload(content, content.Length / 2, "connection closed after " + content.Length / 2 + " of " + content.Length + " bytes");
            }

            return failAfter >= 0
                ? new ScriptedDownload(content, failAfter, "connection closed after " + failAfter + " of " + content.Length + " bytes")
                : new ScriptedDownload(content, content.Length, null);
        }

        public IUpload StartUpload(string url, string fileName, byte[] content, int count)
        {
            byte[] copy = new byte[count];
            Array.Copy(content, copy, count);
            if (FailingUploads > 0)
            {
                FailingUploads = FailingUploads == int.MaxValue ? int.MaxValue : FailingUploads - 1;
                return new ScriptedUpload("ftp: 553 could not create file");
            }

            Uploads.Add((url, fileName, copy));
            return new ScriptedUpload(null);
        }

        private sealed class ScriptedDownload : IDownload
        {
            private readonly byte[] _content;
            private readonly int _available;
            private readonly string _failure;
            private int _taken;
            private bool _aborted;

            public ScriptedDownload(byte[] content, int available, string failure)
            {
                _content = content;
                _available = available;
                _failure = failure;
            }

            public int State => _aborted || (_failure != null && _taken >= _available) ? TransferState.Failed
                : _taken >= _available ? TransferState.Done : TransferState.Running;

            public string Error => _aborted ? "aborted" : _failure;

            public long Received => _taken;

            public int Take(byte[] buffer, int offset, int count)
            {
                int n = Math.Min(Math.Min(count, BytesPerTake), _available - _taken);
                if (_aborted || n <= 0)
                {
                    return 0;
                }

                Array.Copy(_content, _taken, buffer, offset, n);
                _taken += n;
                return n;
            }

            public void Abort() => _aborted = true;
        }

        private sealed class ScriptedUpload : IUpload
        {
            private bool _aborted;

            public ScriptedUpload(string failure)
            {
                Error = failure;
            }

            public int State => _aborted || Error != null ? TransferState.Failed : TransferState.Done;

            public string Error { get; private set; }

            public void Abort()
            {
                _aborted = true;
                Error ??= "aborted";
            }
        }
    }
}
