using System.Threading;
using NanoEvse.Hal;
using NanoEvse.Tests.Application;
using Xunit;

namespace NanoEvse.Tests.Hal
{
    /// <summary>The hand-over between transport threads and the main loop is bounded and wakes the loop.</summary>
    public class TransportBoundsTests
    {
        [Fact]
        public void A_full_inbox_drops_further_messages_but_never_an_open_or_a_close()
        {
            TransportInbox inbox = new TransportInbox();
            for (int i = 0; i < TransportInbox.MaxMessages + 5; i++)
            {
                inbox.Post(new TransportEvent(TransportEventKind.Message, 1, "[2,\"" + i + "\",\"Heartbeat\",{}]"));
            }

            inbox.Post(new TransportEvent(TransportEventKind.Closed, 1, "gone"));

            Assert.Equal(TransportInbox.MaxMessages + 1, inbox.Count);
            Assert.Equal(5, inbox.TakeDropped());
            Assert.Equal(0, inbox.TakeDropped());
            TransportEvent last = null;
            for (TransportEvent e = inbox.Take(); e != null; e = inbox.Take())
            {
                last = e;
            }

            Assert.Equal(TransportEventKind.Closed, last.Kind);
            inbox.Post(new TransportEvent(TransportEventKind.Message, 1, "room again"));
            Assert.Equal(1, inbox.Count);
        }

        [Fact]
        public void A_posted_frame_wakes_a_loop_sleeping_on_the_inbox()
        {
            TransportInbox inbox = new TransportInbox();
            Assert.False(inbox.WaitForEvent(0));
            Thread poster = new Thread(() =>
            {
                Thread.Sleep(50);
                inbox.Post(new TransportEvent(TransportEventKind.Message, 1, "[2,\"1\",\"Heartbeat\",{}]"));
            });
            poster.Start();

            Assert.True(inbox.WaitForEvent(10_000));
            poster.Join();
        }

        [Fact]
        public void Blocked_connect_attempts_are_bounded_and_a_further_one_fails_at_once()
        {
            HangingTransport hanging = new HangingTransport(hangingAttempts: 10);
            ThreadedTransport threaded = new ThreadedTransport(hanging);
            TransportInbox inbox = new TransportInbox();
            TransportSettings settings = new TransportSettings { Url = "ws://csms.test/ocpp/CP001" };

            for (int id = 1; id <= ThreadedTransport.MaxBlockedAttempts; id++)
            {
                threaded.Connect(settings, id, inbox);
                Assert.True(SpinWait.SpinUntil(() => hanging.Blocked == threaded.RunningAttempts, 5000));
            }

            threaded.Connect(settings, 99, inbox);

            TransportEvent refused = inbox.Take();
            Assert.Equal(TransportEventKind.Closed, refused.Kind);
            Assert.Equal(99, refused.ConnectionId);
            Assert.Contains("still blocked", refused.Text);
            Assert.Equal(ThreadedTransport.MaxBlockedAttempts, threaded.RunningAttempts);

            while (threaded.RunningAttempts > 0)
            {
                threaded.Close();
                SpinWait.SpinUntil(() => hanging.Blocked < threaded.RunningAttempts || threaded.RunningAttempts == 0, 100);
            }

            Assert.Equal(0, threaded.RunningAttempts);
        }
    }
}
