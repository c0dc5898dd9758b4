namespace NanoEvse.Ocpp.Rpc
{
    /// <summary>What the registration state allows on the link right now.</summary>
    public interface IRpcGate
    {
        /// <summary>Whether this queued call may be sent now (before Accepted only BootNotification may).</summary>
        bool MaySend(OutgoingCall call);

        /// <summary>Whether CSMS calls are answered now (not while a boot is Rejected).</summary>
        bool MayAnswer();
    }
}
