namespace NanoEvse.ChargePoint.Modules
{
    /// <summary>
    /// An optional OCPP feature profile built as an assembly of its own (Remote Trigger, Local Auth List, Reservation,
    /// ...). The device image links the modules it ships (<see cref="ChargerSettings.Modules"/>); a charger offers a
    /// profile, in SupportedFeatureProfiles and its keys, only when its module is linked and its charger profile
    /// enables it. A module is built afresh for every boot.
    /// </summary>
    public interface IFeatureModule
    {
        /// <summary>The <see cref="Configuration.Features"/> flag the module implements.</summary>
        int Feature { get; }

        /// <summary>
        /// Registers the module's operations and hooks with the core: called once, at the end of the charger's
        /// construction, when the charger profile enables the feature.
        /// </summary>
        void Attach(Charger charger);

        /// <summary>Runs what is due; called on every poll, after the sessions.</summary>
        void Poll(long nowMs);
    }
}
