using System;
using System.IO;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading;
using NanoEvse.FileTransfer;

namespace NanoEvse.Hal.Host
{
    /// <summary>
    /// The PC's TCP connections for the file-transfer clients, TLS through SslStream. The server's certificate is
    /// judged by the system's trust, or by the CAs of <see cref="TlsSettings.TrustedCas"/> when given.
    /// </summary>
    public sealed class HostNetworkStreams : INetworkStreams
    {
        private readonly TlsSettings _tls;

        public HostNetworkStreams(TlsSettings tls = null)
        {
            _tls = tls;
        }

        public Stream Connect(string host, int port, bool tls, int timeoutMs)
        {
            TcpClient client = new TcpClient();
            try
            {
                using CancellationTokenSource deadline = new CancellationTokenSource(timeoutMs);
                try
                {
                    client.ConnectAsync(host, port, deadline.Token).AsTask().GetAwaiter().GetResult();
                }
                catch (OperationCanceledException)
                {
                    throw new IOException("no connection within " + timeoutMs + " ms");
                }

                client.NoDelay = true;
                NetworkStream network = client.GetStream();
                return tls ? Secure(network, host, deadline.Token) : network;
            }
            catch
            {
                client.Dispose();
                throw;
            }
        }

        private SslStream Secure(NetworkStream network, string host, CancellationToken deadline)
        {
            string problem = null;
            SslStream ssl = new SslStream(network, false);
            SslClientAuthenticationOptions options = new SslClientAuthenticationOptions
            {
                TargetHost = host,
                // Always ours, so a refused certificate is reported with its reason rather than as "invalid".
                RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
                {
                    problem = ServerCertificateCheck.Problem(certificate, chain, errors, _tls?.TrustedCas, host, "server");
                    return problem == null;
                },
            };
            try
            {
                ssl.AuthenticateAsClientAsync(options, deadline).GetAwaiter().GetResult();
                return ssl;
            }
            catch (OperationCanceledException)
            {
                ssl.Dispose();
                throw new IOException("no TLS handshake in time");
            }
            catch (AuthenticationException e)
            {
                ssl.Dispose();
                throw new IOException("TLS: " + (problem ?? e.Message));
            }
        }
    }
}
