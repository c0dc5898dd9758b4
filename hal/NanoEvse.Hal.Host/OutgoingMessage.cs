using System.Net.WebSockets;

namespace NanoEvse.Hal.Host
{
    /// <summary>An item for the sender loop: a text message, or the close frame that ends the queue.</summary>
    internal sealed class OutgoingMessage
    {
        public string Text;
        public bool IsClose;
        public WebSocketCloseStatus CloseStatus;
        public string CloseDescription;

        public static OutgoingMessage Message(string text)
        {
            return new OutgoingMessage { Text = text };
        }

        public static OutgoingMessage Close(WebSocketCloseStatus status, string description)
        {
            return new OutgoingMessage { IsClose = true, CloseStatus = status, CloseDescription = description };
        }
    }
}
