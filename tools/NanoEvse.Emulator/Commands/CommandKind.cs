namespace NanoEvse.Emulator.Commands
{
    /// <summary>What one emulator command does.</summary>
    public enum CommandKind
    {
        Plug,
        Unplug,
        EvCharge,
        EvPause,
        Swipe,
        Fault,
        ClearFault,
        RemoteStart,
        RemoteStop,
        PowerCut,
        Reboot,

        /// <summary>The charger loses its network (Wi-Fi gone): the link drops and no join succeeds.</summary>
        NetworkDown,

        /// <summary>The network is back: the charger joins it again by itself.</summary>
        NetworkUp,
        Status,
        Help,
        Quit,

        /// <summary>Let charger time pass.</summary>
        Wait,

        /// <summary>Until the charger is connected and its boot accepted.</summary>
        WaitOnline,

        /// <summary>Until a connector has an OCPP status.</summary>
        WaitStatus,
    }
}
