namespace NanoEvse.FirmwareManagement
{
    /// <summary>
    /// The firmware that runs at this boot, as the loader chose it: on the device the loader reports which slot's
    /// assemblies it loaded; the emulator makes the same choice over its simulated flash.
    /// </summary>
    public interface IFirmwareImage
    {
        /// <summary>The running version, as BootNotification reports it.</summary>
        string Version { get; }

        /// <summary>The slot that runs (<see cref="NanoEvse.UpdatePackage.SlotTable.SlotA"/> or B), or null for the assemblies built into the image.</summary>
        string Slot { get; }

        /// <summary>The loader's own version: a package asking for a newer one cannot run on it.</summary>
        int LoaderVersion { get; }

        /// <summary>What a package's target must name to be installed here.</summary>
        string Target { get; }

        /// <summary>The flash one slot may take here (see <see cref="NanoEvse.UpdatePackage.SlotFiles.FlashBytes"/>).</summary>
        int SlotBytes { get; }
    }
}
