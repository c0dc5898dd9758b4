using System.Device.Wifi;
using System.Threading;
using nanoFramework.Networking;

namespace NanoEvse.Hal.Esp32
{
    /// <summary>
    /// Joins the station network through nanoFramework's WifiNetworkHelper. The helper stores the
    /// credentials on the device and lets the platform reconnect by itself after a drop.
    /// </summary>
    public sealed class Esp32Wifi
    {
        /// <summary>Connects with DHCP; false when no address (or valid clock, if asked) came within the timeout.</summary>
        public bool Connect(string ssid, string password, bool waitForValidClock, int timeoutMs)
        {
            using (CancellationTokenSource timeout = new CancellationTokenSource(timeoutMs))
            {
                return WifiNetworkHelper.ConnectDhcp(
                    ssid,
                    password,
                    WifiReconnectionKind.Automatic,
                    waitForValidClock,
                    0,
                    timeout.Token);
            }
        }

        /// <summary>Waits for the stored network to come back; false on timeout.</summary>
        public bool Reconnect(bool waitForValidClock, int timeoutMs)
        {
            using (CancellationTokenSource timeout = new CancellationTokenSource(timeoutMs))
            {
                return WifiNetworkHelper.Reconnect(waitForValidClock, 0, timeout.Token);
            }
        }

        /// <summary>Why the last attempt ended as it did.</summary>
        public NetworkHelperStatus Status
        {
            get { return WifiNetworkHelper.Status; }
        }
    }
}
