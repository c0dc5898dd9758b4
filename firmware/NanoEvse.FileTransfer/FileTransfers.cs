using System;

namespace NanoEvse.FileTransfer
{
    /// <summary>
    /// Starts downloads (UpdateFirmware) and uploads (GetDiagnostics) over FTP, HTTP or HTTPS. Each runs on a thread
    /// of its own; the main loop only polls what it gets back, so it never blocks.
    /// </summary>
    public sealed class FileTransfers : IFileTransfers
    {
        /// <summary>What a download holds between the network and the main loop.</summary>
        public const int BufferBytes = 4096;

        /// <summary>
        /// Worker threads that may exist at once. A worker stuck where nothing can end it (DNS on the device) keeps its
        /// thread after its transfer failed; beyond this, new transfers fail at once instead of piling up threads.
        /// </summary>
        public const int MaxWorkers = 2;

        private readonly object _gate = new object();
        private int _workers;

        /// <param name="timeoutMs">The longest the network may make no progress (connect, a reply, data) before a transfer fails.</param>
        public FileTransfers(INetworkStreams network, int timeoutMs)
        {
            Network = network;
            TimeoutMs = timeoutMs;
        }

        /// <summary>Worker threads that have not returned yet, a failed transfer's included.</summary>
        public int RunningWorkers
        {
            get
            {
                lock (_gate)
                {
                    return _workers;
                }
            }
        }

        internal INetworkStreams Network { get; private set; }

        internal int TimeoutMs { get; private set; }

        /// <summary>Whether <paramref name="scheme"/> (any case) is one this charger transfers over: FTP, HTTP or HTTPS.</summary>
        public static bool Supports(string scheme)
        {
            return scheme != null && TransferUrl.DefaultPort(scheme.ToLower()) != 0;
        }

        /// <summary>Starts fetching <paramref name="url"/>; a bad URL gives a download that failed already.</summary>
        public IDownload StartDownload(string url)
        {
            string error;
            TransferUrl parsed = TransferUrl.Parse(url, out error);
            if (parsed != null && parsed.Scheme == "ftp" && parsed.NamesDirectory)
            {
                error = "the URL names no file";
            }

            Download download = new Download(this, parsed);
            Launch(download, error);
            return download;
        }

        /// <summary>
        /// Starts sending the first <paramref name="count"/> bytes of <paramref name="content"/> (copied at once) to
        /// <paramref name="url"/>; a URL ending in '/' names a directory, and <paramref name="fileName"/> is appended.
        /// </summary>
        public IUpload StartUpload(string url, string fileName, byte[] content, int count)
        {
            string error;
            TransferUrl parsed = TransferUrl.Parse(url, out error);
            if (parsed != null && parsed.NamesDirectory && !IsPlainName(fileName))
            {
                error = "bad file name for the upload";
            }

            byte[] copy = new byte[count];
            if (count > 0)
            {
                Array.Copy(content, copy, count);
            }

            Upload upload = new Upload(this, parsed, fileName, copy);
            Launch(upload, error);
            return upload;
        }

        internal void WorkerEnded()
        {
            lock (_gate)
            {
                _workers--;
            }
        }

        /// <summary>A name that is one path segment and one command argument.</summary>
        private static bool IsPlainName(string name)
        {
            return name != null && name.Length > 0 && name.IndexOf('/') < 0 && name.IndexOf('\r') < 0 && name.IndexOf('\n') < 0;
        }

        private void Launch(Transfer transfer, string error)
        {
            if (error.Length == 0)
            {
                lock (_gate)
                {
                    if (_workers >= MaxWorkers)
                    {
                        error = "earlier transfers are still running";
                    }
                    else
                    {
                        _workers++;
                    }
                }
            }

            if (error.Length > 0)
            {
                transfer.Fail(error);
                return;
            }

            try
            {
                transfer.Start();
            }
            catch (Exception e)
            {
                WorkerEnded();
                transfer.Fail("cannot start the transfer: " + e.Message);
            }
        }
    }
}
