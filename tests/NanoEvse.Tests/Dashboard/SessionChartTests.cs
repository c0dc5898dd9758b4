using NanoEvse.Emulator.Dashboard;
using Xunit;

namespace NanoEvse.Tests.Dashboard
{
    /// <summary>The dashboard's chart of one session: what it keeps, in charger time, and how it stays bounded.</summary>
    public sealed class SessionChartTests
    {
        private readonly object _session = new object();

        [Fact]
        public void Samples_every_five_seconds_and_at_once_when_the_power_changes()
        {
            SessionChart chart = new SessionChart();
            chart.Sample(_session, 1000, 0, 0, 1000);
            chart.Sample(_session, 1000, 2_000, 0, 1000);
            chart.Sample(_session, 1000, 3_000, 7_000, 1000);
            chart.Sample(_session, 1000, 4_000, 7_000, 1002);
            chart.Sample(_session, 1000, 8_000, 7_000, 1010);

            ChartView view = chart.View();
            Assert.Equal(new[] { 0.0, 3.0, 8.0 }, view.Seconds);
            Assert.Equal(new[] { 0, 7_000, 7_000 }, view.PowerW);
            Assert.Equal(new long[] { 0, 0, 10 }, view.EnergyWh);
        }

        [Fact]
        public void The_last_session_stays_until_another_one_starts()
        {
            SessionChart chart = new SessionChart();
            chart.Sample(_session, 0, 0, 3_000, 0);
            chart.Sample(_session, 0, 10_000, 3_000, 8);
            chart.Sample(null, 0, 20_000, 0, 8);
            Assert.Equal(2, chart.View().Seconds.Length);

            chart.Sample(new object(), 8, 30_000, 4_000, 8);

            ChartView next = chart.View();
            Assert.Equal(new[] { 0.0 }, next.Seconds);
            Assert.Equal(new long[] { 0 }, next.EnergyWh);
        }

        [Fact]
        public void A_long_session_keeps_its_start_and_end_within_the_bound()
        {
            SessionChart chart = new SessionChart();
            long hours = 30 * 3_600_000L;
            for (long ms = 0; ms <= hours; ms += 1_000)
            {
                chart.Sample(_session, 0, ms, 7_000, ms / 1_000);
            }

            ChartView view = chart.View();
            Assert.InRange(view.Seconds.Length, SessionChart.MaxPoints / 2, SessionChart.MaxPoints);
            Assert.Equal(0.0, view.Seconds[0]);
            Assert.InRange(view.Seconds[view.Seconds.Length - 1], hours / 1000.0 - 400, hours / 1000.0);
            for (int i = 1; i < view.Seconds.Length; i++)
            {
                Assert.True(view.Seconds[i] > view.Seconds[i - 1]);
            }
        }
    }
}
