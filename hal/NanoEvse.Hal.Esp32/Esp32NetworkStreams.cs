using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using NanoEvse.FileTransfer;

namespace NanoEvse.Hal.Esp32
{
    /// <summary>
    /// TCP, and TLS 1.2 over it, for the file transfers: nanoFramework's sockets and SslStream. The server's certificate
    /// is checked against the CA certificates deployed to the device (nanoff --networkdeployment), as for the CSMS link.
    /// </summary>
    public sealed class Esp32NetworkStreams : INetworkStreams
    {
        public Stream Connect(string host, int port, bool tls, int timeoutMs)
        {
            IPHostEntry entry = Dns.GetHostEntry(host);
            Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.ReceiveTimeout = timeoutMs;
                socket.SendTimeout = timeoutMs;
                socket.Connect(new IPEndPoint(entry.AddressList[0], port));
                if (!tls)
                {
                    return new NetworkStream(socket, true);
                }

                SslStream secure = new SslStream(socket);
                secure.SslVerification = SslVerification.CertificateRequired;
                secure.AuthenticateAsClient(host, SslProtocols.Tls12);
                return secure;
            }
            catch
            {
                socket.Close();
                throw;
            }
        }
    }
}
