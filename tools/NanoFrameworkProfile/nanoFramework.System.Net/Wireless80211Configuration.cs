// Declaration-only reference profile of nanoFramework.System.Net 1.11.52: the Wi-Fi station configuration the
// device keeps in its configuration store (written by nanoff --networkdeployment or WifiNetworkHelper).
namespace System.Net.NetworkInformation
{
    public class Wireless80211Configuration
    {
        public Wireless80211Configuration(uint id) { }
        public string Ssid { get => throw null; set => throw null; }
        public string Password { get => throw null; set => throw null; }
        public static Wireless80211Configuration[] GetAllWireless80211Configurations() => throw null;
    }
}
