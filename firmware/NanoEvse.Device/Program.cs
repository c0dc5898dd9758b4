using System;
using System.Threading;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;
using NanoEvse.Hal.Esp32;
using NanoEvse.Hal.Esp32.Board;

namespace NanoEvse.Device
{
    /// <summary>
    /// The ESP32 application: read the provisioning from drive I:, join the stored Wi-Fi network, then run the
    /// charger core's main loop forever. Without a usable provisioning it stays up, says why, and never calls a CSMS.
    /// </summary>
    public static class Program
    {
        private const string Component = "device";
        private const int PollPeriodMs = 10;
        private const int WifiTimeoutMs = 60000;
        private const int UnprovisionedReminderMs = 60000;

        public static void Main()
        {
            DebugLog log = new DebugLog();
            Esp32Clock clock = new Esp32Clock();

            // First of all: the board opens the contactor and holds the pilot at steady +12 V.
            ReferenceBoard board = new ReferenceBoard(clock, ReferenceBoard.NominalMeterSettings());
            LittleFsFileStore flash = new LittleFsFileStore();
            ChargerSettings settings = ProvisionedSettings(flash, log);
            if (settings == null)
            {
                WaitForProvisioning(log);
            }
            else
            {
                settings.Hardware = board.Hardware;
                settings.Restart = new DeviceRestart();
                Run(settings, clock, board, flash, log);
            }
        }

        /// <summary>Joins Wi-Fi and runs the board and the charger core; never returns.</summary>
        private static void Run(ChargerSettings settings, Esp32Clock clock, ReferenceBoard board, IFileStore flash, ILog log)
        {
            log.Write(LogLevel.Info, Component, "charge point " + settings.Address.ChargePointId + ", profile " + settings.Profile.Name
                + ", CSMS " + settings.Address.Url);
            JoinWifi(log);

            Charger charger = new Charger(settings, clock, new Esp32WebSocketTransport(), log, new Random(), flash);
            while (true)
            {
                board.Poll();
                charger.Poll();
                Thread.Sleep(PollPeriodMs);
            }
        }

        /// <summary>The settings device.dat gives, or null after logging why it cannot be used.</summary>
        private static ChargerSettings ProvisionedSettings(IFileStore flash, ILog log)
        {
            Provisioning provisioning = Provisioning.Load(new DocumentStore(flash, log));
            if (provisioning == null)
            {
                log.Write(LogLevel.Error, Component, "no readable " + Provisioning.FileName + " on drive I:; write it with tools/NanoEvse.Provisioning and nanoff --filedeployment");
                return null;
            }

            string problem;
            ChargerSettings settings = provisioning.ToSettings(out problem);
            if (settings == null)
            {
                log.Write(LogLevel.Error, Component, Provisioning.FileName + " cannot be used: " + problem);
            }

            return settings;
        }

        /// <summary>An unprovisioned charger keeps running so that it can be provisioned and its log read; it never returns.</summary>
        private static void WaitForProvisioning(ILog log)
        {
            while (true)
            {
                Thread.Sleep(UnprovisionedReminderMs);
                log.Write(LogLevel.Warning, Component, "not provisioned: no CSMS connection; deploy " + Provisioning.FileName + " and restart");
            }
        }

        private static void JoinWifi(ILog log)
        {
            Esp32Wifi wifi = new Esp32Wifi();
            while (!wifi.ConnectStored(false, WifiTimeoutMs))
            {
                if (wifi.StoredSsid == null)
                {
                    log.Write(LogLevel.Error, Component, "no Wi-Fi network stored on the device; deploy one with nanoff --networkdeployment");
                    Thread.Sleep(UnprovisionedReminderMs);
                }
                else
                {
                    log.Write(LogLevel.Warning, Component, "Wi-Fi " + wifi.StoredSsid + " not joined (status " + (int)wifi.Status + "), trying again");
                }
            }
        }
    }
}
