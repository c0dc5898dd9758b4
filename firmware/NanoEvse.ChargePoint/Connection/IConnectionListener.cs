namespace NanoEvse.ChargePoint.Connection
{
    /// <summary>Told when the WebSocket to the CSMS opens or closes.</summary>
    public interface IConnectionListener
    {
        void OnConnected();

        void OnDisconnected();
    }
}
