using System.IO;

namespace NanoEvse.FileTransfer
{
    /// <summary>
    /// The byte-stream seam under the protocol clients: sockets and SslStream on the device, TcpClient on the host.
    /// </summary>
    public interface INetworkStreams
    {
        /// <summary>
        /// Opens a TCP connection (TLS when <paramref name="tls"/>, validating the server's certificate for
        /// <paramref name="host"/>) and returns its stream; throws when that fails. Blocks, so only a transfer's worker
        /// thread calls it. <see cref="Stream.Close"/> on the result must be callable from another thread and end a
        /// read or write blocked on it: that is how a transfer is aborted or timed out.
        /// </summary>
        Stream Connect(string host, int port, bool tls, int timeoutMs);
    }
}
