using System;
using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using NanoEvse.Csms;
using NanoEvse.Tests.HalHost;
using Xunit;

namespace NanoEvse.Tests.Csms
{
    public class CsmsCallAndObservationTests
    {
        private static readonly TimeSpan Patience = TestCharger.Patience;

        [Fact]
        public async Task WaitForCallAsync_hands_out_calls_in_arrival_order_including_earlier_ones()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            for (int connector = 0; connector <= 2; connector++)
            {
                charger.Send("[2,\"s" + connector + "\",\"StatusNotification\",{\"connectorId\":" + connector + ",\"errorCode\":\"NoError\",\"status\":\"Available\"}]");
                await charger.ReceiveFrameAsync();
            }

            Task<ReceivedCall> later = csms.WaitForCallAsync("CP1", "Heartbeat", Patience);
            for (int connector = 0; connector <= 2; connector++)
            {
                ReceivedCall call = await csms.WaitForCallAsync("CP1", "StatusNotification", Patience);
                Assert.Equal(connector, call.Payload.GetProperty("connectorId").GetInt32());
            }

            Assert.False(later.IsCompleted);
            charger.Send("[2,\"h\",\"Heartbeat\",{}]");
            Assert.Equal("h", (await later).MessageId);
            Assert.Equal(4, csms.ReceivedCalls.Count);
            await Assert.ThrowsAsync<TimeoutException>(() => csms.WaitForCallAsync("CP1", "Heartbeat", TimeSpan.FromMilliseconds(50)));
        }

        [Fact]
        public async Task CallAsync_reports_a_CALLERROR()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            Task<CsmsCallResult> pending = csms.CallAsync("CP1", "SetChargingProfile", new JsonObject { ["connectorId"] = 1 }, Patience);
            var call = await charger.ReceiveFrameAsync();
            charger.Send("[4,\"" + call[1].GetString() + "\",\"NotSupported\",\"no smart charging\",{}]");
            CsmsCallResult result = await pending;

            Assert.Equal(CsmsCallOutcome.Error, result.Outcome);
            Assert.Equal("NotSupported", result.ErrorCode);
            Assert.Equal("no smart charging", result.ErrorDescription);
            Assert.Empty(csms.Violations);
        }

        [Fact]
        public async Task CallAsync_times_out_and_a_late_answer_is_no_violation()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            CsmsCallResult result = await csms.CallAsync("CP1", "ClearCache", null, TimeSpan.FromMilliseconds(100));
            var call = await charger.ReceiveFrameAsync();
            charger.Send("[3,\"" + call[1].GetString() + "\",{\"status\":\"Accepted\"}]");
            charger.Send("[2,\"h\",\"Heartbeat\",{}]");
            await charger.ReceiveFrameAsync();

            Assert.Equal(CsmsCallOutcome.Timeout, result.Outcome);
            Assert.Equal("{}", call[3].GetRawText());
            Assert.Empty(csms.Violations);
        }

        [Fact]
        public async Task CallAsync_to_a_charger_that_is_not_connected_reports_Disconnected()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();

            CsmsCallResult result = await csms.CallAsync("NOBODY", "Reset", new JsonObject { ["type"] = "Hard" }, Patience);

            Assert.Equal(CsmsCallOutcome.Disconnected, result.Outcome);
        }

        [Fact]
        public async Task A_call_pending_when_the_charger_goes_away_reports_Disconnected()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            Task<CsmsCallResult> pending = csms.CallAsync("CP1", "Reset", new JsonObject { ["type"] = "Hard" }, Patience);
            await charger.ReceiveFrameAsync();
            charger.Transport.Close();

            Assert.Equal(CsmsCallOutcome.Disconnected, (await pending).Outcome);
        }

        [Fact]
        public async Task Every_frame_is_observed_in_both_directions()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();
            var observed = new ConcurrentQueue<CsmsFrame>();
            var connected = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var disconnected = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            csms.FrameObserved += observed.Enqueue;
            csms.ChargerConnected += id => connected.TrySetResult(id);
            csms.ChargerDisconnected += (id, reason) => disconnected.TrySetResult(id + ": " + reason);
            using var charger = new TestCharger();
            await charger.OpenAsync(csms.Url("CP1"));

            charger.Send("[2,\"h\",\"Heartbeat\",{}]");
            await charger.ReceiveFrameAsync();
            charger.Transport.Close();

            Assert.Equal("CP1", await connected.Task.WaitAsync(Patience));
            Assert.Contains("charger closed the connection", await disconnected.Task.WaitAsync(Patience));
            CsmsFrame[] frames = observed.ToArray();
            Assert.Equal(2, frames.Length);
            Assert.Equal(FrameDirection.ChargerToCsms, frames[0].Direction);
            Assert.Equal("[2,\"h\",\"Heartbeat\",{}]", frames[0].Text);
            Assert.Equal(FrameDirection.CsmsToCharger, frames[1].Direction);
            Assert.StartsWith("[3,\"h\",", frames[1].Text);
            Assert.Equal(DateTimeKind.Utc, frames[0].Utc.Kind);
            Assert.Equal(frames, csms.Frames);
        }

        [Fact]
        public async Task SendRawAsync_to_a_charger_that_is_not_connected_throws()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();

            await Assert.ThrowsAsync<InvalidOperationException>(() => csms.SendRawAsync("NOBODY", "[]"));
        }

        [Fact]
        public async Task WaitForConnectionAsync_times_out_when_nobody_connects()
        {
            await using EmbeddedCsms csms = EmbeddedCsms.StartNew();

            await Assert.ThrowsAsync<TimeoutException>(() => csms.WaitForConnectionAsync("NOBODY", TimeSpan.FromMilliseconds(50)));
        }
    }
}
