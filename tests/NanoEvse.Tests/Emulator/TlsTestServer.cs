using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;

namespace NanoEvse.Tests.Emulator
{
    /// <summary>
    /// A loopback wss:// endpoint for TLS tests: SslStream over a TcpListener with a certificate the test makes,
    /// answering the WebSocket upgrade with ocpp1.6 and then holding the connection. It records the client certificate.
    /// </summary>
    internal sealed class TlsTestServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly X509Certificate2 _certificate;
        private readonly bool _askClientCertificate;
        private readonly Task _accepting;

        public TlsTestServer(X509Certificate2 certificate, bool askClientCertificate)
        {
            _certificate = certificate;
            _askClientCertificate = askClientCertificate;
            _listener.Start();
            _accepting = AcceptAsync();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        /// <summary>The subject of the certificate the last client presented, or null.</summary>
        public string ClientSubject { get; private set; }

        public string Url(string chargePointId) => "wss://localhost:" + Port + "/ocpp/" + chargePointId;

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            await Task.WhenAny(_accepting, Task.Delay(1000));
        }

        private async Task AcceptAsync()
        {
            while (true)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync();
                }
                catch (Exception e) when (e is SocketException || e is ObjectDisposedException)
                {
                    return;
                }

                _ = ServeAsync(client);
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            using (SslStream tls = new SslStream(client.GetStream()))
            {
                try
                {
                    await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
                    {
                        ServerCertificate = _certificate,
                        ClientCertificateRequired = _askClientCertificate,
                        RemoteCertificateValidationCallback = (sender, certificate, chain, errors) => true,
                    });
                    ClientSubject = tls.RemoteCertificate?.Subject;
                    string key = await ReadUpgradeKeyAsync(tls);
                    string accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
                    byte[] answer = Encoding.ASCII.GetBytes("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                        "Sec-WebSocket-Accept: " + accept + "\r\nSec-WebSocket-Protocol: ocpp1.6\r\n\r\n");
                    await tls.WriteAsync(answer);
                    await tls.ReadAtLeastAsync(new byte[1], 1, throwOnEndOfStream: false);
                }
                catch (Exception e) when (e is IOException || e is System.Security.Authentication.AuthenticationException)
                {
                }
            }
        }

        private static async Task<string> ReadUpgradeKeyAsync(Stream stream)
        {
            StringBuilder request = new StringBuilder();
            byte[] one = new byte[1];
            while (!request.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(one) == 1)
            {
                request.Append((char)one[0]);
            }

            foreach (string line in request.ToString().Split("\r\n"))
            {
                if (line.StartsWith("Sec-WebSocket-Key:", StringComparison.OrdinalIgnoreCase))
                {
                    return line.Substring(line.IndexOf(':') + 1).Trim();
                }
            }

            throw new IOException("no Sec-WebSocket-Key in the upgrade request");
        }
    }
}
