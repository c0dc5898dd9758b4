using System;
using NanoEvse.App;
using Xunit;

namespace NanoEvse.Tests.Application
{
    /// <summary>
    /// A booted charger with nothing to do makes no garbage: on the device every idle byte is collector work ten
    /// times a second in the main loop and fifty in the safety thread. Allocation counts on the host are exact and
    /// per thread, so the threads the rig starts do not disturb them.
    /// </summary>
    public class IdleAllocationTests
    {
        private const int Passes = 3000;
        private const int TicksPerPass = ChargerApp.IdlePollMs / SafetyMonitor.PeriodMs;

        [Fact]
        public void An_idle_poll_allocates_nothing()
        {
            AppRig rig = Idle();
            long passesBefore = rig.App.Passes;
            long stepBytes = 0;
            long tickBytes = 0;

            for (int i = 0; i < Passes; i++)
            {
                for (int tick = 0; tick < TicksPerPass; tick++)
                {
                    rig.Clock.Advance(SafetyMonitor.PeriodMs);
                    long beforeTick = GC.GetAllocatedBytesForCurrentThread();
                    rig.App.Safety.RunOnce();
                    tickBytes += GC.GetAllocatedBytesForCurrentThread() - beforeTick;
                }

                long beforeStep = GC.GetAllocatedBytesForCurrentThread();
                rig.App.Step();
                stepBytes += GC.GetAllocatedBytesForCurrentThread() - beforeStep;
            }

            Assert.Empty(rig.Unread);
            Assert.Equal(Passes, rig.App.Passes - passesBefore);
            Assert.Equal(0, stepBytes);
            Assert.Equal(0, tickBytes);
        }

        /// <summary>Booted, statuses answered, the heartbeat a day away, and a minute of idle passes behind it (first calls fill caches).</summary>
        private static AppRig Idle()
        {
            AppRig rig = new AppRig();
            rig.BootAccepted();
            Assert.Equal("Accepted", rig.Charger.Configuration.Change("HeartbeatInterval", "86400"));
            rig.Run(60000);
            Assert.Empty(rig.Unread);
            return rig;
        }
    }
}
