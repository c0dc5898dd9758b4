using NanoEvse.ChargePoint;
using NanoEvse.FileTransfer;
using NanoEvse.FirmwareManagement;
using NanoEvse.Tests.Support;
using NanoEvse.UpdatePackage;

namespace NanoEvse.Tests.FirmwareManagement
{
    /// <summary>
    /// A charger with Firmware Management over scripted transfers, whose every boot runs what the loader would choose
    /// from its flash (<see cref="SlotSelector"/>): a built-in 1.0.0, or a slot's version.
    /// </summary>
    public sealed class FirmwareRig
    {
        public const string BuiltInVersion = "1.0.0";
        public const int LoaderVersion = 1;

        /// <summary>The slot size of the reference board: the test packages (a few KiB) fit it.</summary>
        public const int SlotBytes = NanoEvse.UpdatePackage.SlotFiles.ReferenceBoardSlotBytes;

        private readonly IFileTransfers _transfers;

        private FirmwareRig(ChargerRig rig, IFileTransfers transfers, LoadedFirmware image)
        {
            Rig = rig;
            _transfers = transfers;
            Image = image;
        }

        public ChargerRig Rig { get; }
        public LoadedFirmware Image { get; }

        /// <summary>The scripted file server, unless the rig started over real transfers.</summary>
        public ScriptedTransfers Transfers => (ScriptedTransfers)_transfers;

        public FirmwareManagementModule Module => (FirmwareManagementModule)System.Array.Find(Rig.Charger.Modules, m => m is FirmwareManagementModule);

        /// <summary>A default-profile charger with hardware, booted and accepted, over <paramref name="transfers"/> (null: a scripted file server).</summary>
        public static FirmwareRig Start(IFileTransfers transfers = null)
        {
            transfers ??= new ScriptedTransfers();
            LoadedFirmware image = null;
            ChargerRig rig = ChargerRig.WithHardware("default", s =>
            {
                image = Boot(s, null, transfers);
            });
            return new FirmwareRig(rig, transfers, image);
        }

        /// <summary>The charger restarting on the same flash: the loader chooses again. Nothing is sent until the test polls.</summary>
        public FirmwareRig Reboot()
        {
            LoadedFirmware image = null;
            ChargerRig next = Rig.Reboot(s => image = Boot(s, Rig.Flash, _transfers));
            return new FirmwareRig(next, _transfers, image);
        }

        /// <param name="flash">The flash the loader reads, or null for a first boot on an empty one.</param>
        private static LoadedFirmware Boot(ChargerSettings settings, NanoEvse.Hal.Host.SimulatedFlash flash, IFileTransfers transfers)
        {
            SlotChoice choice = flash == null ? new SlotChoice() : SlotSelector.Choose(flash, LoaderVersion);
            LoadedFirmware image = new LoadedFirmware(choice, BuiltInVersion, LoaderVersion, TestPackages.Target, SlotBytes);
            settings.Identity.FirmwareVersion = image.Version;
            settings.Modules = NanoEvse.Emulator.LinkedModules.Build(transfers, image);
            return image;
        }
    }
}
