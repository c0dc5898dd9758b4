// Declaration-only reference profile of nanoFramework.System.Net 1.11.52 (only what the adapters need).
namespace System.Net
{
    public static class Dns
    {
        public static IPHostEntry GetHostEntry(string hostNameOrAddress) => throw null;
    }

    public class IPHostEntry
    {
        public string HostName => throw null;
        public IPAddress[] AddressList => throw null;
    }

    public class IPAddress
    {
        public IPAddress(byte[] address) => throw null;
        public static IPAddress Parse(string ipString) => throw null;
    }

    public abstract class EndPoint
    {
    }

    public class IPEndPoint : EndPoint
    {
        public IPEndPoint(IPAddress address, int port) => throw null;
        public IPAddress Address => throw null;
        public int Port => throw null;
    }
}
