using System;
using System.Threading;
using NanoEvse.App;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Modules;
using NanoEvse.Hal;
using NanoEvse.Hal.Esp32;
using NanoEvse.Hal.Esp32.Board;
using NanoEvse.LocalAuthList;
using NanoEvse.RemoteTrigger;
using NanoEvse.Reservation;
using NanoEvse.SmartCharging;

namespace NanoEvse.Device
{
    /// <summary>
    /// The ESP32 application: wires the ESP32 adapters to the portable <see cref="ChargerApp"/> and runs it.
    /// Every decision (start-up order, network, faults) is the application's.
    /// </summary>
    public static class Program
    {
        private const int UnprovisionedReminderMs = 60000;

        public static void Main()
        {
            DebugLog log = new DebugLog();
            Esp32Clock clock = new Esp32Clock();

            // First of all: the board opens the contactor and holds the pilot at steady +12 V.
            ReferenceBoard board = new ReferenceBoard(clock, ReferenceBoard.NominalMeterSettings());
            LittleFsFileStore flash = new LittleFsFileStore();
            ChargerSettings settings = ProvisionedSettings.Load(flash, log);
            if (settings != null)
            {
                // The optional feature profiles this image ships; the charger profile decides which are offered.
                settings.Modules = new IFeatureModule[] { new RemoteTriggerModule(), new LocalAuthListModule(), new ReservationModule(), new SmartChargingModule() };
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
