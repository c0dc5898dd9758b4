using System;
using System.Threading;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Hal;
using NanoEvse.Hal.Esp32;

namespace NanoEvse.Device
{
    /// <summary>The ESP32 application: join Wi-Fi, then run the charger core's main loop forever.</summary>
    public static class Program
    {
        public static void Main()
        {
            DebugLog log = new DebugLog();
            Esp32Clock clock = new Esp32Clock();
            string error;
            CsmsAddress address = CsmsAddress.Parse(DeviceSettings.CsmsUrl, out error);
            if (address == null)
            {
                log.Write(LogLevel.Error, "device", "bad CSMS URL: " + error);
                Thread.Sleep(Timeout.Infinite);
            }

            Esp32Wifi wifi = new Esp32Wifi();
            while (!wifi.Connect(DeviceSettings.WifiSsid, DeviceSettings.WifiPassword, false, DeviceSettings.WifiTimeoutMs))
            {
                log.Write(LogLevel.Warning, "device", "Wi-Fi not connected, trying again");
            }

            ChargerSettings settings = new ChargerSettings();
            settings.Address = address;
            settings.AuthorizationKey = DeviceSettings.AuthorizationKey;
            Charger charger = new Charger(settings, clock, new Esp32WebSocketTransport(), log, new Random());
            while (true)
            {
                charger.Poll();
                Thread.Sleep(DeviceSettings.PollPeriodMs);
            }
        }
    }
}
