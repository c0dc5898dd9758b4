using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;

namespace NanoEvse.Hal.Esp32
{
    /// <summary>
    /// Joins the Wi-Fi network stored in the device's configuration (nanoff --networkdeployment writes it)
    /// through nanoFramework's WifiNetworkHelper, which lets the platform reconnect by itself after a drop.
    /// The application calls <see cref="Join"/> from a worker thread: it blocks for as long as the radio needs.
    /// </summary>
    public sealed class Esp32Wifi : INetwork
    {
        public bool IsUp
        {
            get { return WifiNetworkHelper.Status == NetworkHelperStatus.NetworkIsReady; }
        }

        public bool Join(int timeoutMs)
        {
            return ConnectStored(false, timeoutMs);
        }

        /// <summary>The SSID of the stored network, or null when none is stored.</summary>
        public string StoredSsid
        {
            get
            {
                Wireless80211Configuration stored = Stored();
                return stored == null ? null : stored.Ssid;
            }
        }

        /// <summary>Connects to the stored network with DHCP; false when none is stored or no address (or valid clock, if asked) came in time.</summary>
        public bool ConnectStored(bool waitForValidClock, int timeoutMs)
        {
            Wireless80211Configuration stored = Stored();
            if (stored == null)
            {
                return false;
            }

            using (CancellationTokenSource timeout = new CancellationTokenSource(timeoutMs))
            {
                // An open network is stored without a password; the helper wants an empty one.
                return WifiNetworkHelper.ConnectDhcp(
                    stored.Ssid,
                    stored.Password == null ? string.Empty : stored.Password,
                    WifiReconnectionKind.Automatic,
                    waitForValidClock,
                    0,
                    timeout.Token);
            }
        }

        /// <summary>Why the last attempt ended as it did.</summary>
        public NetworkHelperStatus Status
        {
            get { return WifiNetworkHelper.Status; }
        }

        // The first station configuration, as nanoff and WifiNetworkHelper use it; null when it has no SSID.
        private static Wireless80211Configuration Stored()
        {
            Wireless80211Configuration[] all = Wireless80211Configuration.GetAllWireless80211Configurations();
            if (all.Length == 0 || all[0].Ssid == null || all[0].Ssid.Length == 0)
            {
                return null;
            }

            return all[0];
        }
    }
}
