using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using NanoEvse.FileTransfer;
using NanoEvse.Hal.Host;
using Xunit;

namespace NanoEvse.Tests.FileTransfer
{
    /// <summary>What the transfer tests share: a client over the host's network, and polling as the main loop would, with a deadline.</summary>
    internal static class TransferPolling
    {
        /// <summary>Far beyond any transfer here; reached only when something hangs.</summary>
        public const int DeadlineMs = 20000;

        /// <summary>Short, so the timeout tests end quickly; long enough for loopback on a loaded machine.</summary>
        public const int ShortTimeoutMs = 600;

        public static FileTransfers Client(int timeoutMs = 5000) => new FileTransfers(new HostNetworkStreams(), timeoutMs);

        /// <summary>Takes bytes as they come until the download is over; what it got.</summary>
        public static byte[] Drain(IDownload download)
        {
            MemoryStream got = new MemoryStream();
            byte[] buffer = new byte[700];
            Stopwatch clock = Stopwatch.StartNew();
            while (true)
            {
                int n = download.Take(buffer, 0, buffer.Length);
                if (n > 0)
                {
                    got.Write(buffer, 0, n);
                    continue;
                }

                if (download.State != TransferState.Running)
                {
                    return got.ToArray();
                }

                Assert.True(clock.ElapsedMilliseconds < DeadlineMs, "the download is still running after " + got.Length + " bytes");
                Thread.Sleep(1);
            }
        }

        public static void WaitFor(IUpload upload)
        {
            WaitUntil(() => upload.State != TransferState.Running, "the upload to end");
        }

        public static void WaitUntil(Func<bool> condition, string what)
        {
            Stopwatch clock = Stopwatch.StartNew();
            while (!condition())
            {
                Assert.True(clock.ElapsedMilliseconds < DeadlineMs, "gave up waiting for " + what);
                Thread.Sleep(1);
            }
        }

        public static byte[] RandomBytes(int count, int seed)
        {
            byte[] bytes = new byte[count];
            new Random(seed).NextBytes(bytes);
            return bytes;
        }
    }
}
