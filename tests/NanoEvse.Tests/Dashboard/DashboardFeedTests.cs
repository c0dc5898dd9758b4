using System.Threading.Tasks;
using NanoEvse.Emulator;
using NanoEvse.Emulator.Commands;
using NanoEvse.Emulator.Dashboard;
using Xunit;

namespace NanoEvse.Tests.Dashboard
{
    /// <summary>Where the main loop and the web server meet: the recent events the page lists and the commands it queues.</summary>
    public sealed class DashboardFeedTests
    {
        [Fact]
        public void Keeps_the_newest_frames_and_messages_but_not_help_or_clock_lines()
        {
            DashboardFeed feed = new DashboardFeed();
            feed.Observe(new LogEvent { Kind = "text", Message = "the summary" });
            feed.Observe(new LogEvent { Kind = "clock", Time = "t" });
            for (int i = 0; i < DashboardFeed.MaxEvents + 5; i++)
            {
                feed.Observe(new LogEvent { Kind = "frame", Direction = "out", Frame = "[2,\"" + i + "\",\"Heartbeat\",{}]", Time = "t" });
            }

            feed.Observe(new LogEvent { Kind = "log", Level = "warn", Component = "link", Message = "lost", Time = "t" });

            var events = feed.Latest.Events;
            Assert.Equal(DashboardFeed.MaxEvents, events.Count);
            Assert.Equal("[2,\"6\",\"Heartbeat\",{}]", events[0].Text);
            Assert.Equal("warn link: lost", events[events.Count - 1].Text);
            Assert.DoesNotContain(events, e => e.Text == "the summary");
        }

        [Fact]
        public async Task Commands_queued_when_the_run_ends_are_refused_and_so_are_later_ones()
        {
            DashboardFeed feed = new DashboardFeed();
            int wakes = 0;
            feed.Arrived = () => wakes++;
            DashboardCommand queued = new DashboardCommand(CommandParser.Parse("plug 1", 1, out _));
            feed.Submit(queued);
            Assert.Equal(1, wakes);

            feed.Close();
            DashboardCommand late = new DashboardCommand(CommandParser.Parse("unplug 1", 1, out _));
            feed.Submit(late);

            Assert.Equal("the emulator is stopping", (await queued.Reply).Message);
            Assert.False((await late.Reply).Ok);
            Assert.False(feed.TryTake(out _));
        }
    }
}
