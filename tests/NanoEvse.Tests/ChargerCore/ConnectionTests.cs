using System.Collections.Generic;
using NanoEvse.ChargePoint.Model;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.ChargerCore
{
    public class ConnectionTests
    {
        [Fact]
        public void The_transport_is_asked_for_ocpp16_with_the_ping_interval_and_no_auth_by_default()
        {
            ChargerRig rig = new ChargerRig("ws://csms.test:9000/ocpp/CP001");
            rig.Poll();

            Assert.Equal("ws://csms.test:9000/ocpp/CP001", rig.Link.LastSettings.Url);
            Assert.Equal("ocpp1.6", rig.Link.LastSettings.Subprotocol);
            Assert.Equal(60, rig.Link.LastSettings.PingIntervalSeconds);
            Assert.Null(rig.Link.LastSettings.Authorization);
        }

        [Fact]
        public void Basic_auth_uses_the_charge_point_id_and_the_authorization_key()
        {
            ChargerRig rig = new ChargerRig("ws://csms.test/ocpp/CP%20001", s => s.AuthorizationKey = "0123456789abcdef");
            rig.Poll();

            Assert.Equal("Basic Q1AgMDAxOjAxMjM0NTY3ODlhYmNkZWY=", rig.Link.LastSettings.Authorization);
        }

        [Fact]
        public void Failed_connection_attempts_back_off_exponentially_with_jitter_up_to_five_minutes()
        {
            ChargerRig rig = new ChargerRig();
            rig.Link.OpenOnConnect = false;
            rig.Poll(1);
            List<long> gaps = new List<long>();
            long last = rig.Now;
            for (int attempt = 0; attempt < 12; attempt++)
            {
                int before = rig.Link.ConnectAttempts;
                rig.Link.Fail("connection refused");
                while (rig.Link.ConnectAttempts == before)
                {
                    rig.Run(100);
                }

                gaps.Add(rig.Now - last);
                last = rig.Now;
            }

            long ceiling = 2000;
            foreach (long gap in gaps)
            {
                Assert.InRange(gap, ceiling / 2, ceiling + 200);
                ceiling = System.Math.Min(ceiling * 2, 300000);
            }

            Assert.True(gaps[11] >= 150000, "the delay stops growing at the cap, not before");
        }

        [Fact]
        public void A_connection_attempt_that_never_completes_is_abandoned_and_retried()
        {
            ChargerRig rig = new ChargerRig();
            rig.Link.OpenOnConnect = false;
            rig.Poll(1);

            rig.Run(30000 + 2100);

            Assert.Equal(2, rig.Link.ConnectAttempts);
            Assert.Contains(rig.Log.Lines, l => l.Contains("connecting took too long"));
        }

        [Fact]
        public void A_plain_reconnect_after_acceptance_needs_no_new_boot_but_reports_what_changed_offline()
        {
            ChargerRig rig = new ChargerRig();
            rig.BootAccepted(300);
            rig.Link.Fail("network down");
            rig.Poll();
            rig.Charger.Connectors[1].SetStatus(ConnectorStatus.Unavailable, ConnectorErrorCode.NoError, null, rig.Clock.UtcNow, rig.Clock.MonotonicMs);

            rig.Run(2100);
            Frame status = rig.ExpectCall("StatusNotification");

            Assert.Equal(2, rig.Link.ConnectAttempts);
            Assert.Equal(1, status.Payload.GetProperty("connectorId").GetInt32());
            Assert.Equal("Unavailable", status.Payload.GetProperty("status").GetString());
        }

        [Fact]
        public void A_boot_lost_with_the_connection_is_sent_again_on_the_next_connection()
        {
            ChargerRig rig = new ChargerRig();
            rig.ExpectCall("BootNotification");
            rig.Link.Fail("network down");
            rig.Poll();

            rig.Run(2100);
            Frame again = rig.ExpectCall("BootNotification");
            rig.Reply(again, rig.BootResponse("Accepted", 300));

            Assert.True(rig.Charger.Registration.IsAccepted);
        }
    }
}
