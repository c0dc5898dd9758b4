using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NanoEvse.Csms;
using NanoEvse.Hal;
using Xunit;

namespace NanoEvse.Tests.HalHost
{
    public class HostWebSocketTransportTests
    {
        private static readonly TimeSpan Patience = TestCharger.Patience;

        [Fact]
        public async Task Opens_a_connection_with_the_ocpp16_subprotocol()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();

            charger.Connect(csms.Url("CP1"));
            TransportEvent opened = await charger.ExpectAsync(TransportEventKind.Opened);

            Assert.Equal("ocpp1.6", opened.Text);
            await csms.WaitForConnectionAsync("CP1", Patience);
            Assert.Empty(csms.Violations);
        }

        [Fact]
        public async Task Send_is_refused_unless_the_connection_is_open()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            Assert.False(charger.Transport.Send("[2,\"1\",\"Heartbeat\",{}]"));

            await charger.OpenAsync(csms.Url("CP1"));
            Assert.True(charger.Transport.Send("[2,\"1\",\"Heartbeat\",{}]"));
            await charger.ExpectAsync(TransportEventKind.Message);

            charger.Transport.Close();
            Assert.False(charger.Transport.Send("[2,\"2\",\"Heartbeat\",{}]"));
            TransportEvent closed = await charger.ExpectAsync(TransportEventKind.Closed);
            Assert.Contains("closed by the charge point", closed.Text);
            await csms.WaitForDisconnectionAsync("CP1", Patience);
        }

        [Theory]
        [InlineData("/ocpp/CP%20001", "CP 001")]
        [InlineData("/ocpp/site-7/CP%2F01", "CP/01")]
        public async Task The_charge_point_id_is_the_percent_decoded_last_path_segment(string path, string chargePointId)
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();

            await charger.OpenAsync("ws://127.0.0.1:" + csms.Port + path);

            await csms.WaitForConnectionAsync(chargePointId, Patience);
            Assert.Equal("ws://127.0.0.1:" + csms.Port + "/ocpp/CP%20001", csms.Url("CP 001"));
        }

        [Fact]
        public async Task Basic_auth_with_the_right_key_is_accepted()
        {
            var options = new CsmsOptions { AuthorizationKeys = { ["CP1"] = "0123456789abcdef0123" } };
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(options);
            using var charger = new TestCharger();

            await charger.OpenAsync(csms.Url("CP1"), TestCharger.Basic("CP1", "0123456789abcdef0123"));

            await csms.WaitForConnectionAsync("CP1", Patience);
        }

        [Theory]
        [InlineData("CP1", "wrong-key-wrong-key")]
        [InlineData("CP2", "0123456789abcdef0123")]
        [InlineData(null, null)]
        public async Task Missing_or_wrong_basic_auth_is_refused_with_401(string user, string password)
        {
            var options = new CsmsOptions { AuthorizationKeys = { ["CP1"] = "0123456789abcdef0123" } };
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(options);
            using var charger = new TestCharger();
            var refusals = new List<int>();
            csms.UpgradeRefused += (target, status, reason) => refusals.Add(status);

            charger.Connect(csms.Url("CP1"), user == null ? null : TestCharger.Basic(user, password));
            TransportEvent closed = await charger.ExpectAsync(TransportEventKind.Closed);

            Assert.Contains("401", closed.Text);
            Assert.Equal(new[] { 401 }, refusals);
            Assert.False(csms.IsConnected("CP1"));
        }

        [Fact]
        public async Task A_path_outside_the_prefix_is_refused_with_404()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();

            charger.Connect("ws://127.0.0.1:" + csms.Port + "/other/CP1");
            TransportEvent closed = await charger.ExpectAsync(TransportEventKind.Closed);

            Assert.Contains("404", closed.Text);
        }

        [Fact]
        public async Task An_upgrade_without_ocpp16_is_refused_with_400()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();

            charger.Connect(csms.Url("CP1"), subprotocol: "ocpp2.0.1");
            TransportEvent closed = await charger.ExpectAsync(TransportEventKind.Closed);

            Assert.Contains("400", closed.Text);
        }

        [Fact]
        public async Task A_server_that_ignores_the_subprotocol_is_dropped_with_a_reason()
        {
            using var server = new FakeWebSocketServer(FakeWebSocketServer.Behaviour.UpgradeWithoutSubprotocol);
            using var charger = new TestCharger();

            charger.Connect(server.Url);
            TransportEvent closed = await charger.ExpectAsync(TransportEventKind.Closed);

            Assert.Contains("did not select subprotocol ocpp1.6", closed.Text);
            Assert.Equal(0, charger.Inbox.Count);
        }

        [Fact]
        public async Task Close_while_connecting_stops_the_attempt_with_one_Closed()
        {
            using var server = new FakeWebSocketServer(FakeWebSocketServer.Behaviour.IgnoreUpgrade);
            using var charger = new TestCharger();

            charger.Connect(server.Url);
            charger.Transport.Close();
            TransportEvent closed = await charger.ExpectAsync(TransportEventKind.Closed);

            Assert.Equal(1, closed.ConnectionId);
            Assert.Contains("closed by the charge point", closed.Text);
            Assert.Equal(0, charger.Inbox.Count);
        }

        [Fact]
        public async Task A_refused_tcp_connection_reports_Closed()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int unusedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            using var charger = new TestCharger();

            charger.Connect("ws://127.0.0.1:" + unusedPort + "/ocpp/CP1");
            TransportEvent closed = await charger.ExpectAsync(TransportEventKind.Closed);

            Assert.Contains("connect failed", closed.Text);
        }

        [Fact]
        public async Task A_call_from_the_charger_gets_its_result()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            charger.Send("[2,\"b1\",\"BootNotification\",{\"chargePointVendor\":\"nanoEVSE\",\"chargePointModel\":\"one\"}]");
            JsonElement result = await charger.ReceiveFrameAsync();

            Assert.Equal(3, result[0].GetInt32());
            Assert.Equal("b1", result[1].GetString());
            Assert.Equal("Accepted", result[2].GetProperty("status").GetString());
            ReceivedCall boot = await csms.WaitForCallAsync("CP1", "BootNotification", Patience);
            Assert.Equal("nanoEVSE", boot.Payload.GetProperty("chargePointVendor").GetString());
            Assert.Empty(csms.Violations);
        }

        [Fact]
        public async Task A_call_from_the_csms_gets_its_result()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            Task<CsmsCallResult> pending = csms.CallAsync("CP1", "Reset", new JsonObject { ["type"] = "Soft" }, Patience);
            JsonElement call = await charger.ReceiveFrameAsync();
            Assert.Equal(2, call[0].GetInt32());
            Assert.Equal("Reset", call[2].GetString());
            Assert.Equal("Soft", call[3].GetProperty("type").GetString());
            charger.Send("[3," + JsonSerializer.Serialize(call[1].GetString()) + ",{\"status\":\"Accepted\"}]");
            CsmsCallResult result = await pending;

            Assert.Equal(CsmsCallOutcome.Result, result.Outcome);
            Assert.Equal("Accepted", result.Payload.GetProperty("status").GetString());
            Assert.Empty(csms.Violations);
        }

        [Fact]
        public async Task A_fragmented_message_arrives_whole()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));
            const string text = "[2,\"f1\",\"ChangeAvailability\",{\"connectorId\":0,\"type\":\"Inoperative\"}]";

            await csms.SendRawAsync("CP1", text, fragmentBytes: 7);
            TransportEvent message = await charger.ExpectAsync(TransportEventKind.Message);

            Assert.Equal(text, message.Text);
            Assert.False(message.Truncated);
        }

        [Fact]
        public async Task The_csms_can_fragment_everything_it_sends()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew(new CsmsOptions { FragmentBytes = 5 });
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            charger.Send("[2,\"h1\",\"Heartbeat\",{}]");
            JsonElement result = await charger.ReceiveFrameAsync();

            Assert.Equal("h1", result[1].GetString());
            Assert.True(result[2].TryGetProperty("currentTime", out _));
        }

        [Fact]
        public async Task An_oversized_message_is_truncated_and_the_next_one_is_intact()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"), maxMessageBytes: 64);
            string big = "[2,\"big\",\"DataTransfer\",{\"vendorId\":\"x\",\"data\":\"" + new string('é', 5000) + "\"}]";
            const string small = "[2,\"s1\",\"ClearCache\",{}]";

            await csms.SendRawAsync("CP1", big, fragmentBytes: 1000);
            await csms.SendRawAsync("CP1", small);
            TransportEvent first = await charger.ExpectAsync(TransportEventKind.Message);
            TransportEvent second = await charger.ExpectAsync(TransportEventKind.Message);

            Assert.True(first.Truncated);
            Assert.StartsWith("[2,\"big\",\"DataTransfer\"", first.Text);
            Assert.True(Encoding.UTF8.GetByteCount(first.Text) <= 64);
            Assert.DoesNotContain('\uFFFD', first.Text);
            Assert.False(second.Truncated);
            Assert.Equal(small, second.Text);
        }

        [Fact]
        public async Task A_csms_disconnect_gives_exactly_one_Closed()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            await csms.DisconnectAsync("CP1");
            TransportEvent closed = await charger.ExpectAsync(TransportEventKind.Closed);

            Assert.Equal(1, closed.ConnectionId);
            Assert.Contains("closed by the server", closed.Text);
            Assert.Contains("NormalClosure", closed.Text);
            await AssertNothingMoreFromConnection1(csms, charger);
        }

        [Fact]
        public async Task A_csms_abort_gives_exactly_one_Closed()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            await csms.AbortAsync("CP1");
            TransportEvent closed = await charger.ExpectAsync(TransportEventKind.Closed);

            Assert.Equal(1, closed.ConnectionId);
            Assert.Contains("connection lost", closed.Text);
            await AssertNothingMoreFromConnection1(csms, charger);
        }

        [Fact]
        public async Task A_second_connection_for_the_same_id_replaces_the_first()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var first = new TestCharger();
            using var second = new TestCharger();
            await first.OpenAsync(csms.Url("CP1"));

            await second.OpenAsync(csms.Url("CP1"));
            TransportEvent closed = await first.ExpectAsync(TransportEventKind.Closed);

            Assert.Contains("replaced", closed.Text);
            second.Send("[2,\"h1\",\"Heartbeat\",{}]");
            Assert.Equal("h1", (await second.ReceiveFrameAsync())[1].GetString());
            Assert.True(csms.IsConnected("CP1"));
        }

        [Fact]
        public async Task Connecting_again_closes_the_previous_connection_first()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            charger.Connect(csms.Url("CP1"));
            var events = new List<TransportEvent> { await charger.NextAsync(), await charger.NextAsync() };

            TransportEvent closed = events.Find(e => e.Kind == TransportEventKind.Closed);
            TransportEvent opened = events.Find(e => e.Kind == TransportEventKind.Opened);
            Assert.Equal(1, closed.ConnectionId);
            Assert.Equal(2, opened.ConnectionId);
        }

        /// <summary>Reconnects; the Opened of connection 2 must be the next event, with nothing of connection 1 left.</summary>
        private static async Task AssertNothingMoreFromConnection1(EmbeddedCsms csms, TestCharger charger)
        {
            await csms.WaitForDisconnectionAsync("CP1", Patience);
            charger.Connect(csms.Url("CP1"));
            TransportEvent next = await charger.NextAsync();
            Assert.Equal(TransportEventKind.Opened, next.Kind);
            Assert.Equal(2, next.ConnectionId);
            Assert.Equal(0, charger.Inbox.Count);
        }
    }
}
