using System.Threading;
using nanoFramework.Runtime.Native;
using NanoEvse.Hal;

namespace NanoEvse.Device
{
    /// <summary>
    /// Reset on the ESP32. Soft and hard both reboot the whole device: nanoFramework.Runtime.Native offers no restart
    /// of the application alone, and the core has already stopped the transactions (reason SoftReset or HardReset)
    /// before it gets here. The board opens the contactor again first thing after the reboot.
    /// </summary>
    public sealed class DeviceRestart : IRestart
    {
        /// <summary>The WebSocket client sends from its own thread: this gives the last frames, the Reset answer among them, time to leave.</summary>
        private const int SendGraceMs = 1000;

        public void Restart(bool hard)
        {
            Thread.Sleep(SendGraceMs);
            Power.RebootDevice();
        }
    }
}
