using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace NanoEvse.Hal.Host
{
    /// <summary>
    /// One ClientWebSocket connection from opening to its single Closed event. Every event is posted from one
    /// async flow (connect, then receive, then Closed in its finally), which is what keeps them in order.
    /// </summary>
    internal sealed class HostWebSocketConnection
    {
        private const int ReceiveChunkBytes = 4096;

        /// <summary>A peer gets at least this long to answer a ping, however short the ping interval.</summary>
        private const int MinPongWaitSeconds = 2;

        private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

        private enum Phase
        {
            Connecting,
            Open,
            Closing,
            Closed
        }

        private readonly string _url;
        private readonly string _subprotocol;
        private readonly string _authorization;
        private readonly int _pingIntervalSeconds;
        private readonly int _maxMessageBytes;
        private readonly int _connectionId;
        private readonly TransportInbox _inbox;
        private readonly ClientWebSocket _socket = new ClientWebSocket();

        /// <summary>Cancelling it cuts the connection wherever it is: connecting, sending or receiving.</summary>
        private readonly CancellationTokenSource _abort = new CancellationTokenSource();

        private readonly Channel<OutgoingMessage> _outgoing = Channel.CreateUnbounded<OutgoingMessage>(new UnboundedChannelOptions { SingleReader = true });
        private readonly object _gate = new object();
        private readonly TimeSpan _delay;
        private readonly TaskCompletionSource _settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        private Phase _phase = Phase.Connecting;
        private string _closeReason;

        private readonly TlsSettings _tls;

        public HostWebSocketConnection(TransportSettings settings, int connectionId, TransportInbox inbox, TimeSpan delay, TlsSettings tls)
        {
            _delay = delay;
            _tls = tls;
            _url = settings.Url;
            _subprotocol = settings.Subprotocol;
            _authorization = settings.Authorization;
            _pingIntervalSeconds = settings.PingIntervalSeconds;
            _maxMessageBytes = settings.MaxMessageBytes;
            _connectionId = connectionId;
            _inbox = inbox;
        }

        public void Start()
        {
            _ = Task.Run(RunAsync);
        }

        /// <summary>Completes once the attempt is open or over.</summary>
        public Task Settled => _settled.Task;

        public bool Send(string text)
        {
            lock (_gate)
            {
                return _phase == Phase.Open && _outgoing.Writer.TryWrite(OutgoingMessage.Message(text));
            }
        }

        public void Close()
        {
            BeginClose(WebSocketCloseStatus.NormalClosure, string.Empty, "closed by the charge point");
        }

        /// <summary>Cuts the connection wherever it is, without a close frame.</summary>
        public void Abort()
        {
            SetReason("cut by the charge point");
            _abort.Cancel();
        }

        /// <summary>
        /// Stops a connect attempt at once; on an open connection, starts the close handshake behind the messages
        /// already queued and cuts the connection if it has not finished within the handshake timeout.
        /// </summary>
        private void BeginClose(WebSocketCloseStatus status, string description, string reason)
        {
            bool connecting;
            lock (_gate)
            {
                if (_phase != Phase.Connecting && _phase != Phase.Open)
                {
                    return;
                }

                _closeReason ??= reason;
                connecting = _phase == Phase.Connecting;
                if (!connecting)
                {
                    _outgoing.Writer.TryWrite(OutgoingMessage.Close(status, description));
                    _outgoing.Writer.TryComplete();
                }

                _phase = Phase.Closing;
            }

            if (connecting)
            {
                _abort.Cancel();
            }
            else
            {
                _abort.CancelAfter(CloseHandshakeTimeout);
            }
        }

        private async Task RunAsync()
        {
            try
            {
                if (await ConnectAsync())
                {
                    Task sender = SendLoopAsync();
                    await ReceiveLoopAsync();
                    _outgoing.Writer.TryComplete();
                    await Task.WhenAny(sender, Task.Delay(CloseHandshakeTimeout));
                }
            }
            catch (Exception e)
            {
                SetReason("connection lost: " + Describe(e));
            }
            finally
            {
                lock (_gate)
                {
                    _phase = Phase.Closed;
                    _outgoing.Writer.TryComplete();
                }

                _abort.Cancel();
                _socket.Dispose();
                _inbox.Post(new TransportEvent(TransportEventKind.Closed, _connectionId, Reason()));
                _settled.TrySetResult();
            }
        }

        /// <summary>True once open and Opened is posted; false when it failed or Close() came first.</summary>
        private async Task<bool> ConnectAsync()
        {
            try
            {
                if (_delay > TimeSpan.Zero)
                {
                    await Task.Delay(_delay, _abort.Token);
                }

                ClientWebSocketOptions options = _socket.Options;
                if (!string.IsNullOrEmpty(_subprotocol))
                {
                    options.AddSubProtocol(_subprotocol);
                }

                if (_authorization != null)
                {
                    options.SetRequestHeader("Authorization", _authorization);
                }

                options.KeepAliveInterval = _pingIntervalSeconds > 0 ? TimeSpan.FromSeconds(_pingIntervalSeconds) : TimeSpan.Zero;
                options.KeepAliveTimeout = _pingIntervalSeconds > 0
                    ? TimeSpan.FromSeconds(Math.Max(_pingIntervalSeconds, MinPongWaitSeconds))
                    : Timeout.InfiniteTimeSpan;
                options.CollectHttpResponseDetails = true;
                Uri uri = new Uri(_url);
                if (_tls?.ClientCertificate != null)
                {
                    options.ClientCertificates = new X509CertificateCollection { _tls.ClientCertificate };
                }

                // Always ours, so a refused certificate is reported with its reason rather than as "invalid".
                options.RemoteCertificateValidationCallback = (sender, certificate, chain, errors) =>
                {
                    string problem = ServerCertificateCheck.Problem(certificate, chain, errors, _tls?.TrustedCas, uri.Host);
                    if (problem != null)
                    {
                        SetReason("TLS: " + problem);
                    }

                    return problem == null;
                };
                await _socket.ConnectAsync(uri, _abort.Token);
            }
            catch (Exception e)
            {
                SetReason(DescribeConnectFailure(e));
                return false;
            }

            if (!string.IsNullOrEmpty(_subprotocol) && _socket.SubProtocol != _subprotocol)
            {
                SetReason("server did not select subprotocol " + _subprotocol + " (it chose " + (_socket.SubProtocol ?? "none") + ")");
                await CloseNowAsync(WebSocketCloseStatus.ProtocolError, "subprotocol " + _subprotocol + " required");
                return false;
            }

            lock (_gate)
            {
                if (_phase == Phase.Connecting)
                {
                    _phase = Phase.Open;
                    _inbox.Post(new TransportEvent(TransportEventKind.Opened, _connectionId, _socket.SubProtocol));
                    _settled.TrySetResult();
                    return true;
                }
            }

            await CloseNowAsync(WebSocketCloseStatus.NormalClosure, string.Empty);
            return false;
        }

        private async Task ReceiveLoopAsync()
        {
            var chunk = new byte[ReceiveChunkBytes];
            var message = new WebSocketMessageAssembler(_maxMessageBytes);
            bool firstFrame = true;
            while (true)
            {
                ValueWebSocketReceiveResult received = await _socket.ReceiveAsync(chunk.AsMemory(), _abort.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    string reason = "closed by the server: " + DescribeCloseStatus();
                    SetReason(reason);
                    BeginClose(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, string.Empty, reason);
                    return;
                }

                if (received.MessageType == WebSocketMessageType.Binary)
                {
                    if (received.EndOfMessage)
                    {
                        BeginClose(WebSocketCloseStatus.InvalidMessageType, "OCPP-J messages are text", "server sent a binary message");
                    }

                    continue;
                }

                bool complete = message.Add(chunk, received.Count, firstFrame, received.EndOfMessage, true);
                firstFrame = received.EndOfMessage;
                if (complete)
                {
                    string text = Encoding.UTF8.GetString(message.MessageBytes, 0, message.MessageLength);
                    _inbox.Post(new TransportEvent(TransportEventKind.Message, _connectionId, text) { Truncated = message.Truncated });
                }
            }
        }

        /// <summary>The only writer to the socket, since a WebSocket allows one send at a time.</summary>
        private async Task SendLoopAsync()
        {
            try
            {
                await foreach (OutgoingMessage item in _outgoing.Reader.ReadAllAsync(_abort.Token))
                {
                    if (item.IsClose)
                    {
                        await _socket.CloseOutputAsync(item.CloseStatus, item.CloseDescription, _abort.Token);
                        return;
                    }

                    await _socket.SendAsync(Encoding.UTF8.GetBytes(item.Text), WebSocketMessageType.Text, true, _abort.Token);
                }
            }
            catch (Exception e) when (IsConnectionFault(e))
            {
                SetReason("send failed: " + Describe(e));
                _abort.Cancel();
            }
        }

        /// <summary>Close handshake before the receive loop runs, bounded by the handshake timeout.</summary>
        private async Task CloseNowAsync(WebSocketCloseStatus status, string description)
        {
            try
            {
                using var timeout = new CancellationTokenSource(CloseHandshakeTimeout);
                await _socket.CloseAsync(status, description, timeout.Token);
            }
            catch (Exception e) when (IsConnectionFault(e))
            {
                // The peer did not finish the handshake; disposing the socket cuts the connection.
            }
        }

        private string DescribeConnectFailure(Exception e)
        {
            int status = (int)_socket.HttpStatusCode;
            if (status != 0 && status != (int)HttpStatusCode.SwitchingProtocols)
            {
                return "upgrade refused: HTTP " + status + " (" + _socket.HttpStatusCode + ")";
            }

            return "connect failed: " + Describe(e);
        }

        private string DescribeCloseStatus()
        {
            if (_socket.CloseStatus == null)
            {
                return "no status";
            }

            WebSocketCloseStatus status = _socket.CloseStatus.Value;
            string text = (int)status + " " + status;
            return string.IsNullOrEmpty(_socket.CloseStatusDescription) ? text : text + " '" + _socket.CloseStatusDescription + "'";
        }

        /// <summary>The message with its inner causes, which is where "connection refused" and the like are found.</summary>
        private static string Describe(Exception e)
        {
            var text = new StringBuilder(e.Message);
            for (Exception inner = e.InnerException; inner != null; inner = inner.InnerException)
            {
                if (!text.ToString().Contains(inner.Message, StringComparison.Ordinal))
                {
                    text.Append(" (").Append(inner.Message).Append(')');
                }
            }

            return text.ToString();
        }

        private static bool IsConnectionFault(Exception e)
        {
            return e is WebSocketException
                || e is IOException
                || e is SocketException
                || e is ObjectDisposedException
                || e is OperationCanceledException;
        }

        private void SetReason(string reason)
        {
            lock (_gate)
            {
                _closeReason ??= reason;
            }
        }

        private string Reason()
        {
            lock (_gate)
            {
                return _closeReason ?? "closed";
            }
        }
    }
}
