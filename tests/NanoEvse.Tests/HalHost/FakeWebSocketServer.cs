using System;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace NanoEvse.Tests.HalHost
{
    /// <summary>A misbehaving server for the failure paths the embedded CSMS never takes.</summary>
    internal sealed class FakeWebSocketServer : IDisposable
    {
        public enum Behaviour
        {
            /// <summary>Accepts the TCP connection but never answers the upgrade request.</summary>
            IgnoreUpgrade,

            /// <summary>Completes the upgrade without selecting a subprotocol, and hangs up when the client speaks.</summary>
            UpgradeWithoutSubprotocol,

            /// <summary>Completes the upgrade properly, then neither reads nor answers anything (a dead peer).</summary>
            UpgradeThenSilence
        }

        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly Behaviour _behaviour;

        public FakeWebSocketServer(Behaviour behaviour)
        {
            _behaviour = behaviour;
            _listener.Start();
            _ = ServeOneAsync();
        }

        public string Url => "ws://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/ocpp/CP1";

        private async Task ServeOneAsync()
        {
            try
            {
                using TcpClient client = await _listener.AcceptTcpClientAsync(_stop.Token);
                NetworkStream stream = client.GetStream();
                string key = await ReadUpgradeKeyAsync(stream);
                if (_behaviour != Behaviour.IgnoreUpgrade)
                {
                    string accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
                    string protocol = _behaviour == Behaviour.UpgradeThenSilence ? "Sec-WebSocket-Protocol: ocpp1.6\r\n" : string.Empty;
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(
                        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + accept + "\r\n" + protocol + "\r\n"));
                }

                if (_behaviour == Behaviour.UpgradeWithoutSubprotocol)
                {
                    await stream.ReadAtLeastAsync(new byte[1], 1, throwOnEndOfStream: false, _stop.Token);
                    return;
                }

                await Task.Delay(Timeout.Infinite, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Disposed: the test is over.
            }
        }

        private static async Task<string> ReadUpgradeKeyAsync(NetworkStream stream)
        {
            var head = new StringBuilder();
            var one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && await stream.ReadAsync(one) == 1)
            {
                head.Append((char)one[0]);
            }

            foreach (string line in head.ToString().Split("\r\n"))
            {
                if (line.StartsWith("Sec-WebSocket-Key:", StringComparison.OrdinalIgnoreCase))
                {
                    return line.Substring(line.IndexOf(':') + 1).Trim();
                }
            }

            return null;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
        }
    }
}
