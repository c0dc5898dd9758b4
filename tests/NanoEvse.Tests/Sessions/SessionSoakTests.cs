using System.Collections.Generic;
using System.Linq;
using NanoEvse.Tests.Authorization;
using NanoEvse.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using static NanoEvse.Tests.Sessions.UnreliableCsms;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// A thousand sessions in virtual time against an <see cref="UnreliableCsms"/>: link drops, CALLERRORs, calls left
    /// unanswered and silent periods. Afterwards, with the CSMS well again, every transaction that ran has reached
    /// the CSMS in the order it happened, StartTransaction before StopTransaction, each message finally either
    /// answered or, after its last attempt (TransactionMessageAttempts), given up with a log line, and the journal is
    /// empty.
    /// </summary>
    public class SessionSoakTests
    {
        private const int Sessions = 1000;
        private readonly ITestOutputHelper _output;

        public SessionSoakTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void A_thousand_sessions_over_a_bad_link_all_reach_the_CSMS_in_order_and_leave_the_journal_empty()
        {
            ChargerRig rig = ChargerRig.WithHardware("default", s => { });
            rig.QuietHeartbeats();
            // Offline, a tag the charger never saw may start: every session can run whatever the link does.
            Assert.Equal("Accepted", rig.ChangeConfiguration("AllowOfflineTxForUnknownId", "true"));
            UnreliableCsms csms = new UnreliableCsms(rig, seed: 16);
            csms.TransactionIdOf = tag => int.Parse(tag.Substring(2));
            System.Random random = new System.Random(61);
            List<string> ran = new List<string>();

            for (int n = 1; n <= Sessions; n++)
            {
                string tag = "S-" + n;
                rig.PlugInEv();
                rig.Reader.Present(tag);
                // Authorize may be refused by a CALLERROR; one left unanswered lets the offline rules start it. Wait for
                // the decision, so each session is one driver's (an answer after the driver left starts nothing, as
                // LateAuthorizeAnswerTests shows).
                int logged = rig.Log.Lines.Count;
                for (int s = 0; s < 1200 && !rig.Evse.ContactorCommanded && !Refused(rig, tag, logged); s++)
                {
                    csms.Run(1000);
                }

                Assert.True(rig.Evse.ContactorCommanded || Refused(rig, tag, logged), tag + " was never decided");

                if (rig.Evse.ContactorCommanded)
                {
                    ran.Add(tag);
                    csms.Run(random.Next(5, 90) * 1000L);
                    rig.Reader.Present(tag);
                    csms.Run(2000);
                    Assert.False(rig.Evse.ContactorCommanded, tag + " did not stop\n" + string.Join("\n", rig.Log.Lines.TakeLast(25)) + "\n" + string.Join("\n", rig.Log.Frames.TakeLast(15)));
                }

                rig.UnplugFully();
                csms.Run(random.Next(1, 20) * 1000L);
            }

            csms.Unreliable = false;
            for (int m = 0; m < 60 && (rig.Charger.Charging.Journal.Count > 0 || !rig.Charger.Endpoint.IsIdle); m++)
            {
                csms.Run(60_000);
            }

            Assert.True(ran.Count > Sessions * 9 / 10, ran.Count + " sessions ran");
            Assert.True(csms.LinkDrops > 50 && csms.SilentPeriods > 20 && csms.Refusals > 100,
                csms.LinkDrops + " drops, " + csms.SilentPeriods + " silent periods, " + csms.Refusals + " refusals");
            Assert.Equal(0, rig.Charger.Charging.Journal.Count);
            Assert.True(rig.Charger.Endpoint.IsIdle);
            ExpectEveryTransactionDeliveredInOrder(rig, csms, ran);
            _output.WriteLine(Sessions + " sessions tried, " + ran.Count + " ran; " + csms.LinkDrops + " link drops, " + csms.SilentPeriods
                + " silent periods, " + csms.Refusals + " CALLERRORs; " + csms.TransactionMessages.Count + " transaction messages received, "
                + rig.Log.Lines.Count(l => l.Contains(" given up after")) + " given up after their last attempt; journal empty");
        }

        private static bool Refused(ChargerRig rig, string tag, int fromLine) =>
            rig.Log.Lines.Skip(fromLine).Any(l => l.Contains(tag + " not authorized") || l.Contains(tag + " refused") || l.Contains(tag + " decided too late"));

        /// <summary>
        /// A message sent again after a lost answer or a refusal arrives right after its earlier copy, so the CSMS's
        /// record, with repeats folded, must read Start, Stop for each session in turn.
        /// </summary>
        private static void ExpectEveryTransactionDeliveredInOrder(ChargerRig rig, UnreliableCsms csms, List<string> ran)
        {
            List<Received> folded = new List<Received>();
            foreach (Received message in csms.TransactionMessages)
            {
                if (folded.Count > 0 && folded[^1].Action == message.Action && folded[^1].IdTag == message.IdTag)
                {
                    folded[^1] = message;
                }
                else
                {
                    folded.Add(message);
                }
            }

            List<string> expected = ran.SelectMany(tag => new[] { "StartTransaction " + tag, "StopTransaction " + tag }).ToList();
            Assert.Equal(expected, folded.Select(m => m.Action + " " + m.IdTag).ToList());

            for (int i = 0; i < folded.Count; i += 2)
            {
                Received start = folded[i];
                Received stop = folded[i + 1];
                // Errata 3.18: a StopTransaction whose StartTransaction was given up carries transactionId -1.
                Assert.Equal(start.Outcome == Outcome.Answered ? start.TransactionId : -1, stop.TransactionId);
            }

            // A message the CSMS never answered or refused at its last attempt (TransactionMessageAttempts) is given up, and logged.
            foreach (string action in new[] { "StartTransaction", "StopTransaction" })
            {
                int givenUp = folded.Count(m => m.Action == action && m.Outcome != Outcome.Answered);
                int logged = rig.Log.Lines.Count(l => l.Contains(action + " given up after"));
                Assert.True(logged >= givenUp, givenUp + " " + action + " given up but " + logged + " logged");
            }
        }
    }
}
