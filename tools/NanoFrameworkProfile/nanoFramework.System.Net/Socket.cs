// Declaration-only reference profile of nanoFramework.System.Net 1.11.52 (only what the adapters need).
using System.IO;

namespace System.Net.Sockets
{
    public enum AddressFamily
    {
        Unknown = -1,
        Unspecified = 0,
        InterNetwork = 2,
        InterNetworkV6 = 23,
    }

    public enum SocketType
    {
        Unknown = -1,
        Stream = 1,
        Dgram = 2,
    }

    public enum ProtocolType
    {
        Unknown = -1,
        Tcp = 6,
        Udp = 17,
    }

    public class Socket : IDisposable
    {
        public Socket(AddressFamily addressFamily, SocketType socketType, ProtocolType protocolType) => throw null;
        public int ReceiveTimeout { get => throw null; set => throw null; }
        public int SendTimeout { get => throw null; set => throw null; }
        public void Connect(EndPoint remoteEP) => throw null;
        public void Close() => throw null;
        public void Dispose() => throw null;
    }

    public class NetworkStream : Stream
    {
        public NetworkStream(Socket socket) => throw null;
        public NetworkStream(Socket socket, bool ownsSocket) => throw null;
        public override bool CanRead => throw null;
        public override bool CanSeek => throw null;
        public override bool CanWrite => throw null;
        public override long Length => throw null;
        public override long Position { get => throw null; set => throw null; }
        public virtual bool DataAvailable => throw null;
        public override void Flush() => throw null;
        public override int Read(byte[] buffer, int offset, int count) => throw null;
        public override long Seek(long offset, SeekOrigin origin) => throw null;
        public override void SetLength(long value) => throw null;
        public override void Write(byte[] buffer, int offset, int count) => throw null;
    }
}
