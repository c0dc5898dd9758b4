namespace NanoEvse.ChargePoint.Connection
{
    /// <summary>Told when the WebSocket to the CSMS closes, so work tied to that connection can be withdrawn.</summary>
    public interface IConnectionListener
    {
        void OnDisconnected();
    }
}
