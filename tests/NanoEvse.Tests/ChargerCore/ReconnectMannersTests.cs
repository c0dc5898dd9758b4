using System.Collections.Generic;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.ChargerCore
{
    /// <summary>
    /// The back-off starts again from its base only once a connection has proved itself (boot accepted and the link
    /// up for a minute), so a CSMS that accepts the upgrade and drops at once is not hammered every 1-2 s.
    /// </summary>
    public class ReconnectMannersTests
    {
        /// <summary>On an open link: boots (accepted when asked), lets <paramref name="upMs"/> pass and drops the link; returns the gap to the next attempt.</summary>
        private static long DropAfter(ChargerRig rig, long upMs, bool accept)
        {
            if (accept)
            {
                rig.BootAccepted();
            }
            else
            {
                // The CSMS reads the BootNotification and closes without answering it.
                rig.ExpectCall("BootNotification");
            }

            rig.Run(upMs);
            int before = rig.Link.ConnectAttempts;
            long droppedAt = rig.Now;
            rig.Link.Fail("closed by the server");
            while (rig.Link.ConnectAttempts == before)
            {
                rig.Run(100);
            }

            return rig.Now - droppedAt;
        }

        [Fact]
        public void A_csms_that_accepts_the_upgrade_and_closes_at_once_sees_the_back_off_grow()
        {
            ChargerRig rig = new ChargerRig();
            rig.Poll(1);
            List<long> gaps = new List<long>();
            for (int i = 0; i < 7; i++)
            {
                gaps.Add(DropAfter(rig, 0, false));
            }

            long ceiling = 2000;
            foreach (long gap in gaps)
            {
                Assert.InRange(gap, ceiling / 2, ceiling + 200);
                ceiling *= 2;
            }

            Assert.Equal(8, rig.Link.ConnectAttempts);
        }

        [Fact]
        public void A_connection_dropped_soon_after_its_boot_was_accepted_does_not_reset_the_back_off()
        {
            ChargerRig rig = new ChargerRig();
            rig.Poll(1);
            for (int i = 0; i < 4; i++)
            {
                DropAfter(rig, 0, false);
            }

            long gap = DropAfter(rig, CsmsConnection.ProvenAfterMs - 10_000, true);

            Assert.True(gap >= 16_000, "the sixth attempt waits at least half of 32 s, not " + gap + " ms");
        }

        [Fact]
        public void After_a_connection_has_proved_itself_the_back_off_starts_from_its_base_again()
        {
            ChargerRig rig = new ChargerRig();
            rig.Poll(1);
            for (int i = 0; i < 4; i++)
            {
                DropAfter(rig, 0, false);
            }

            long gap = DropAfter(rig, CsmsConnection.ProvenAfterMs + 1000, true);

            Assert.InRange(gap, 1000, 2200);
        }
    }
}
