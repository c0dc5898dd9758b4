namespace NanoEvse.ChargePoint.Model
{
    /// <summary>Told when a BootNotification is accepted, so the charger can report its state and start heartbeats.</summary>
    public interface IRegistrationListener
    {
        void OnAccepted();
    }
}
