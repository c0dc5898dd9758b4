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

        /// <summary>The embedded CSMS sends the charger a CALL of the operator console (reset, get-config, reserve, ...).</summary>
        CsmsCall,

        /// <summary>Changes how the embedded CSMS answers the charger (csms boot, tag, error, silent, normal).</summary>
        CsmsAnswer,

        /// <summary>Every configuration key and its value, as GetConfiguration shows them.</summary>
        Config,

        /// <summary>Sets a configuration key through the charger's ChangeConfiguration rules.</summary>
        Set,

        /// <summary>Sets a parameter of the simulated vehicle.</summary>
        Ev,
        Help,
        Quit,

        /// <summary>Let charger time pass.</summary>
        Wait,

        /// <summary>Until the charger is connected and its boot accepted.</summary>
        WaitOnline,

        /// <summary>Until a connector has an OCPP status.</summary>
        WaitStatus,

        /// <summary>Until the charger has answered every CALL the operator had the embedded CSMS send.</summary>
        WaitAnswers,

        /// <summary>Until the charger sends a FirmwareStatusNotification with a status.</summary>
        WaitFirmware,
    }
}
