// Declaration-only reference profile of nanoFramework.System.Net.WebSockets.Client 1.1.164 (assembly System.Net.WebSockets).
using System.Net.WebSockets.WebSocketFrame;

namespace System.Net.WebSockets
{
    public delegate void MessageReceivedEventHandler(object sender, MessageReceivedEventArgs e);

    public abstract class WebSocket : IDisposable
    {
        protected WebSocket(WebSocketOptions options = null) { }

        public bool IsServer => throw null;
        public TimeSpan ServerTimeout => throw null;
        public TimeSpan KeepAliveInterval => throw null;
        public int MaxReceiveFrameSize => throw null;
        public int MaxFragmentSize => throw null;
        public abstract WebSocketState State { get; set; }

        // The real class nests this delegate too; its MessageReceived event uses the nested one.
        public delegate void MessageReceivedEventHandler(object sender, MessageReceivedEventArgs e);

        public event EventHandler ConnectionClosed { add => throw null; remove => throw null; }
        public event MessageReceivedEventHandler MessageReceived { add => throw null; remove => throw null; }

        public bool Send(byte[] buffer, WebSocketMessageType messageType, int fragmentSize = -1) => throw null;
        public bool SendString(string message, int fragmentSize = -1) => throw null;
        public bool SendBytes(byte[] data, int fragmentSize = -1) => throw null;
        public void Close(WebSocketCloseStatus closeStatus = WebSocketCloseStatus.Empty, string statusDescription = null) => throw null;
        public void Abort() => throw null;
        public void Dispose() => throw null;
    }

    public class ClientWebSocket : WebSocket, IDisposable
    {
        public ClientWebSocket(ClientWebSocketOptions options = null) { }
        public bool IsSSL => throw null;
        public int Port => throw null;
        public string Host => throw null;
        public bool UseCustomCertificate => throw null;
        public string Prefix => throw null;
        public bool UseStoredDeviceCertificate { get => throw null; set => throw null; }
        public override WebSocketState State { get => throw null; set => throw null; }
        public void Connect(string uri, ClientWebSocketHeaders headers = null) => throw null;
        public new void Dispose() => throw null;
    }

    public class ClientWebSocketOptions : WebSocketOptions
    {
        public ClientWebSocketOptions() { }
    }

    public class ClientWebSocketHeaders
    {
        public ClientWebSocketHeaders() { }
        public int Count => throw null;
        public string[] Keys => throw null;
        public string[] Values => throw null;
        public string this[string key] { get => throw null; set => throw null; }
        public void Remove(string value) => throw null;
    }

    public class MessageReceivedEventArgs : EventArgs
    {
        public MessageReceivedEventArgs() { }
        public ReceiveMessageFrame Frame { get => throw null; set => throw null; }
    }

    public class MessageFrame
    {
        public MessageFrame() { }
        public WebSocketMessageType MessageType => throw null;
    }

    public class ReceiveMessageFrame : MessageFrame
    {
        public ReceiveMessageFrame() { }
        public FragmentationType Fragmentation { get => throw null; set => throw null; }
        public bool IsFragmented => throw null;
        public int MessageLength { get => throw null; set => throw null; }
        public byte[] Buffer { get => throw null; set => throw null; }
    }

    public enum FragmentationType
    {
        NotFragmented,
        FirstFragment,
        Fragment,
        FinalFragment,
    }
}

namespace System.Net.WebSockets.WebSocketFrame
{
    public enum WebSocketMessageType
    {
        Text = 0,
        Binary = 1,
    }

    public enum WebSocketState
    {
        None = 0,
        Connecting = 1,
        Open = 2,
        CloseSent = 3,
        CloseReceived = 4,
        Closed = 5,
        Aborted = 6,
    }

    public enum WebSocketCloseStatus
    {
        ClosedAbnormally = 1006,
        NormalClosure = 1000,
        EndpointUnavailable = 1001,
        ProtocolError = 1002,
        InvalidMessageType = 1003,
        Reserved = 1004,
        Empty = 1005,
        InvalidPayloadData = 1007,
        PolicyViolation = 1008,
        MessageTooBig = 1009,
        MandatoryExtension = 1010,
        InternalServerError = 1011,
    }

    public class WebSocketOptions
    {
        public WebSocketOptions() { }
        public TimeSpan KeepAliveInterval { get => throw null; set => throw null; }
        public TimeSpan ServerTimeout { get => throw null; set => throw null; }
        public int MaxReceiveFrameSize { get => throw null; set => throw null; }
        public int MaxFragmentSize { get => throw null; set => throw null; }
    }
}
