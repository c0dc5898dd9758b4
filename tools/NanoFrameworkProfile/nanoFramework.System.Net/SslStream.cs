// Declaration-only reference profile of nanoFramework.System.Net 1.11.52 (only what the adapters need).
using System.Net.Sockets;

namespace System.Net.Security
{
    [Flags]
    public enum SslProtocols
    {
        None = 0x00,
        Tls12 = 3072,
        Tls13 = 12288,
    }

    public enum SslVerification
    {
        NoVerification = 1,
        VerifyPeer = 2,
        CertificateRequired = 4,
        VerifyClientOnce = 8,
    }

    public class SslStream : NetworkStream
    {
        public SslStream(Socket socket) : base(socket) => throw null;
        public SslVerification SslVerification { get => throw null; set => throw null; }
        public bool UseStoredDeviceCertificate { get => throw null; set => throw null; }
        public void AuthenticateAsClient(string targetHost, SslProtocols enabledSslProtocols) => throw null;
    }
}
