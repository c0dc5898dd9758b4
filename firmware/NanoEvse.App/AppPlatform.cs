using System;
using NanoEvse.Hal;
using NanoEvse.Hal.Evse;

namespace NanoEvse.App
{
    /// <summary>The adapters a <see cref="ChargerApp"/> runs on: the ESP32's on the device, simulations on the host.</summary>
    public sealed class AppPlatform
    {
        public IClock Clock;

        /// <summary>
        /// The clock the supervisor measures stalls on; null for <see cref="Clock"/>. The emulator runs its charger
        /// clock faster than real time, but a stall is a matter of real time.
        /// </summary>
        public IClock SupervisorClock;
        /// <summary>The platform's clock synchronization (SNTP), or null when the platform has none.</summary>
        public ITimeSync TimeSync;

        public IFileStore Flash;
        public ILog Log;

        /// <summary>Must not block (see <see cref="IOcppTransport"/>); wrap a blocking client in <see cref="ThreadedTransport"/>.</summary>
        public IOcppTransport Transport;

        public INetwork Network;
        public IChargerBoard Board;

        /// <summary>How the charger restarts, after a Reset and after a fault.</summary>
        public IRestart Restart;

        public Random Random;
    }
}
