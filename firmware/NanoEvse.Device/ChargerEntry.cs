using System;
using System.Threading;
using NanoEvse.App;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Modules;
using NanoEvse.FileTransfer;
using NanoEvse.FirmwareManagement;
using NanoEvse.Hal;
using NanoEvse.Hal.Esp32;
using NanoEvse.Hal.Esp32.Board;
using NanoEvse.LocalAuthList;
using NanoEvse.RemoteTrigger;
using NanoEvse.Reservation;
using NanoEvse.SmartCharging;
using NanoEvse.UpdatePackage;

namespace NanoEvse.Device
{
    /// <summary>
    /// The charger on the ESP32: wires the ESP32 adapters to the portable <see cref="ChargerApp"/> and runs it. The
    /// loader starts it by reflection, from a slot or from the assemblies built into the image, and passes only
    /// primitives: its own types may be another version of the same assemblies. Every decision is the application's.
    /// </summary>
    public static class ChargerEntry
    {
        /// <summary>What an update package must name as its target to be installed on this board.</summary>
        public const string Target = "nanoEVSE-ESP32";

        private const int UnprovisionedReminderMs = 60000;
        private const int TransferTimeoutMs = 30000;

        /// <param name="slot">The slot the loader ran (A or B), or null for the built-in assemblies.</param>
        /// <param name="version">The version that runs, as BootNotification reports it.</param>
        /// <param name="loaderVersion">The loader's own version.</param>
        public static void Run(string slot, string version, int loaderVersion)
        {
            DebugLog log = new DebugLog();
            Esp32Clock clock = new Esp32Clock();

            // First of all: the board opens the contactor and holds the pilot at steady +12 V.
            ReferenceBoard board = new ReferenceBoard(clock, ReferenceBoard.NominalMeterSettings());
            LittleFsFileStore flash = new LittleFsFileStore();
            ChargerSettings settings = ProvisionedSettings.Load(flash, log);
            if (settings != null)
            {
                SlotChoice running = new SlotChoice();
                running.Slot = slot;
                IFirmwareImage image = new LoadedFirmware(running, version, loaderVersion, Target, SlotFiles.ReferenceBoardSlotBytes);
                settings.Identity.FirmwareVersion = version;

                // The optional feature profiles this image ships; the charger profile decides which are offered.
                settings.Modules = new IFeatureModule[]
                {
                    new RemoteTriggerModule(), new LocalAuthListModule(), new ReservationModule(), new SmartChargingModule(),
                    new FirmwareManagementModule(new FileTransfers(new Esp32NetworkStreams(), TransferTimeoutMs), image),
                };
                AppPlatform platform = new AppPlatform();
                platform.Clock = clock;
                platform.TimeSync = clock;
                platform.Flash = flash;
                platform.Log = log;
                platform.Transport = new ThreadedTransport(new Esp32WebSocketTransport());
                platform.Network = new Esp32Wifi();
                platform.Board = board;
                platform.Restart = new DeviceRestart();
                platform.Random = new Random();
                new ChargerApp(platform, settings).Run();
            }

            // Unprovisioned, or a fault whose restart is on its way: stay up with the outputs off, so the log can be read.
            while (true)
            {
                Thread.Sleep(UnprovisionedReminderMs);
                log.Write(LogLevel.Warning, ChargerApp.Component, "not running: see the log above; deploy a valid device.dat and restart");
            }
        }
    }
}
