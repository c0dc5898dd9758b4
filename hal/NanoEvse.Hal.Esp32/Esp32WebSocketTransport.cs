using System;
using System.Net.WebSockets;
using System.Net.WebSockets.WebSocketFrame;
using System.Text;
using System.Threading;

namespace NanoEvse.Hal.Esp32
{
    /// <summary>
    /// IOcppTransport over nanoFramework's ClientWebSocket. Connect blocks the calling thread while the
    /// socket connects (DNS, TCP, TLS, upgrade), so the application wraps it in <see cref="ThreadedTransport"/>;
    /// frames and closes arrive on the socket's receive thread and are posted to the inbox. Events of a socket
    /// that has since been replaced are ignored.
    /// </summary>
    public sealed class Esp32WebSocketTransport : IOcppTransport
    {
        private readonly object _gate = new object();
        private ClientWebSocket _socket;
        private WebSocketMessageAssembler _assembler;
        private TransportInbox _inbox;
        private int _connectionId;
        private bool _openedPosted;

        public void Connect(TransportSettings settings, int connectionId, TransportInbox inbox)
        {
            ClientWebSocketOptions options = new ClientWebSocketOptions();

            // A single frame above this limit makes the stack close the link with MessageTooBig (1009);
            // fragmented messages above it are cut by the assembler and reported truncated.
            options.MaxReceiveFrameSize = settings.MaxMessageBytes;
            options.KeepAliveInterval = settings.PingIntervalSeconds > 0
                ? TimeSpan.FromSeconds(settings.PingIntervalSeconds)
                : Timeout.InfiniteTimeSpan;

            // ClientWebSocket has no subprotocol API; every header entry is written into the upgrade request as is.
            ClientWebSocketHeaders headers = new ClientWebSocketHeaders();
            headers["Sec-WebSocket-Protocol"] = settings.Subprotocol;

            if (settings.Authorization != null)
            {
                headers["Authorization"] = settings.Authorization;
            }

            ClientWebSocket socket = new ClientWebSocket(options);
            socket.MessageReceived += OnMessageReceived;
            socket.ConnectionClosed += OnConnectionClosed;

            ClientWebSocket previous;

            lock (_gate)
            {
                previous = _socket;
                _socket = socket;
                _assembler = new WebSocketMessageAssembler(settings.MaxMessageBytes);
                _inbox = inbox;
                _connectionId = connectionId;
                _openedPosted = false;
            }

            Abandon(previous);

            string failure = null;

            try
            {
                // Socket errors do not throw: they leave State at Closed, which is checked below.
                socket.Connect(settings.Url, headers);
            }
            catch (Exception e)
            {
                failure = e.Message;
            }

            if (failure == null && socket.State == WebSocketState.Open)
            {
                PostOpenedOnce(socket);
                return;
            }

            if (Forget(socket))
            {
                inbox.Post(new TransportEvent(TransportEventKind.Closed, connectionId, failure ?? "connect failed"));
            }
        }

        public bool Send(string text)
        {
            ClientWebSocket socket;

            lock (_gate)
            {
                socket = _socket;
            }

            // Only queues the frame; false when the socket is not open.
            return socket != null && socket.SendString(text);
        }

        public void Close()
        {
            ClientWebSocket socket;

            lock (_gate)
            {
                socket = _socket;
            }

            if (socket == null)
            {
                return;
            }

            if (socket.State == WebSocketState.Open)
            {
                // Returns at once; ConnectionClosed follows when the peer answers or the server timeout passes.
                socket.Close(WebSocketCloseStatus.NormalClosure, null);
                return;
            }

            // An attempt the core gave up on: aborting the socket ends the reads its Connect is blocked in.
            if (Forget(socket))
            {
                Abandon(socket);
            }
        }

        private void OnMessageReceived(object sender, MessageReceivedEventArgs e)
        {
            WebSocketMessageAssembler assembler;
            TransportInbox inbox;
            int connectionId;

            lock (_gate)
            {
                if (sender != _socket)
                {
                    return;
                }

                assembler = _assembler;
                inbox = _inbox;
                connectionId = _connectionId;
            }

            // The receive thread starts inside Connect, so a frame can beat Connect's own Opened.
            PostOpenedOnce(sender as ClientWebSocket);

            ReceiveMessageFrame frame = e.Frame;
            FragmentationType place = frame.Fragmentation;
            bool isFirst = place == FragmentationType.NotFragmented || place == FragmentationType.FirstFragment;
            bool isFinal = place == FragmentationType.NotFragmented || place == FragmentationType.FinalFragment;

            // Continuation frames report Binary; the assembler takes the type from the first frame only.
            bool isText = frame.MessageType == WebSocketMessageType.Text;

            if (!assembler.Add(frame.Buffer, frame.MessageLength, isFirst, isFinal, isText) || !assembler.IsText)
            {
                // OCPP-J uses text frames only; binary messages are dropped.
                return;
            }

            string text = Encoding.UTF8.GetString(assembler.MessageBytes, 0, assembler.MessageLength);
            TransportEvent message = new TransportEvent(TransportEventKind.Message, connectionId, text);
            message.Truncated = assembler.Truncated;
            inbox.Post(message);
        }

        private void OnConnectionClosed(object sender, EventArgs e)
        {
            ClientWebSocket socket = sender as ClientWebSocket;
            TransportInbox inbox;
            int connectionId;

            lock (_gate)
            {
                if (socket == null || socket != _socket)
                {
                    return;
                }

                inbox = _inbox;
                connectionId = _connectionId;
            }

            if (Forget(socket))
            {
                inbox.Post(new TransportEvent(TransportEventKind.Closed, connectionId, "connection closed"));
            }
        }

        private void PostOpenedOnce(ClientWebSocket socket)
        {
            lock (_gate)
            {
                if (socket == null || socket != _socket || _openedPosted)
                {
                    return;
                }

                _openedPosted = true;
                _inbox.Post(new TransportEvent(TransportEventKind.Opened, _connectionId, null));
            }
        }

        // Detaches the socket if it is still the current one; true when this call did it, so Closed is posted once.
        private bool Forget(ClientWebSocket socket)
        {
            lock (_gate)
            {
                if (socket != _socket)
                {
                    return false;
                }

                _socket = null;
                _assembler = null;
            }

            socket.MessageReceived -= OnMessageReceived;
            socket.ConnectionClosed -= OnConnectionClosed;
            return true;
        }

        // The core has given up on the previous connection; drop it without reporting anything.
        private void Abandon(ClientWebSocket socket)
        {
            if (socket == null)
            {
                return;
            }

            socket.MessageReceived -= OnMessageReceived;
            socket.ConnectionClosed -= OnConnectionClosed;

            try
            {
                socket.Abort();
            }
            catch (Exception)
            {
                // Aborting a socket that never opened can fail inside the stack; it is unreachable either way.
            }
        }
    }
}
