using System;
using NanoEvse.ChargePoint.Sessions;
using NanoEvse.Hal.Evse;
using NanoEvse.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// Thousands of random hardware and CSMS events; after every one the contactor is commanded closed only
    /// inside an authorized transaction, with the vehicle asking for energy and nothing faulted.
    /// </summary>
    public class ContactorSafetyTests
    {
        private static readonly string[] Tags = { "TAG-A", "tag-a", "TAG-B", "TAG-C" };
        private static readonly string[] Statuses = { "Accepted", "Accepted", "Accepted", "Invalid", "Blocked", "Expired" };
        private static readonly int[] Limits = { int.MaxValue, int.MaxValue, 0, 59, 60, 105, 320, 510 };
        private readonly ITestOutputHelper _output;

        public ContactorSafetyTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData("default", 1)]
        [InlineData("default", 2)]
        [InlineData("product-b", 3)]
        [InlineData("product-a", 4)]
        public void The_contactor_never_closes_outside_an_authorized_transaction(string profile, int seed)
        {
            Random random = new Random(seed);
            ChargerRig rig = ChargerRig.WithHardware(profile);
            FakeChargingLimit limit = FakeChargingLimit.On(rig.Charger);
            int closedSteps = 0;
            int transactions = 0;
            int nextTransactionId = 1;
            const int Events = 4000;

            for (int step = 0; step < Events; step++)
            {
                ApplyRandomEvent(rig, limit, random, ref nextTransactionId, step > Events * 3 / 4);
                AnswerEverything(rig, random, ref nextTransactionId, ref transactions);
                CheckInvariant(rig, limit, step);
                if (rig.Evse.ContactorCommanded)
                {
                    closedSteps++;
                }
            }

            _output.WriteLine(profile + " seed " + seed + ": " + Events + " events, " + transactions + " transactions started, contactor closed after " + closedSteps + " of them");
            Assert.True(transactions > 5, "the run must reach charging often enough to mean something");
            Assert.True(closedSteps > 50, "the run must charge often enough to mean something");
        }

        private static void ApplyRandomEvent(ChargerRig rig, FakeChargingLimit limit, Random random, ref int nextTransactionId, bool contactorMayFail)
        {
            var evse = rig.Evse;
            switch (random.Next(40))
            {
                case 0:
                case 1:
                case 2:
                    if (!evse.VehicleConnected && !(evse.Hardware.Plug != null && evse.IsPlugged))
                    {
                        evse.Plug();
                    }

                    break;
                case 3:
                    evse.Unplug();
                    break;
                case 4:
                case 5:
                case 6:
                    if (evse.VehicleConnected)
                    {
                        evse.AskForEnergy();
                    }

                    break;
                case 7:
                    if (evse.VehicleConnected)
                    {
                        evse.Pause();
                    }

                    break;
                case 8:
                case 9:
                case 10:
                    if (rig.Reader != null)
                    {
                        rig.Reader.Present(Tags[random.Next(Tags.Length)]);
                    }
                    else
                    {
                        rig.CallCharger("RemoteStartTransaction", "{\"idTag\":\"" + Tags[random.Next(Tags.Length)] + "\"}");
                    }

                    break;
                case 11:
                    rig.CallCharger("RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"" + Tags[random.Next(Tags.Length)] + "\"}");
                    break;
                case 12:
                    rig.CallCharger("RemoteStopTransaction", "{\"transactionId\":" + random.Next(Math.Max(1, nextTransactionId)) + "}");
                    break;
                case 13:
                    evse.ResidualCurrentFault = random.Next(4) == 0;
                    if (!evse.ResidualCurrentFault)
                    {
                        evse.Rearm();
                    }

                    break;
                case 14:
                    evse.PilotShorted = random.Next(6) == 0;
                    break;
                case 15:
                    evse.DiodeMissing = random.Next(6) == 0;
                    break;
                case 16:
                    // A failed contactor keeps the connector Faulted until a reboot, so only the last quarter tries it.
                    evse.ContactorStuckOpen = contactorMayFail && random.Next(10) == 0;
                    break;
                case 17:
                    Unlock(rig);
                    break;
                case 18:
                    // A jammed lock faults a start (ConnectorLockFailure) or keeps a cable in; either way it clears.
                    evse.LockJammed = random.Next(10) == 0;
                    break;
                case 19:
                    limit.DeciAmps = Limits[random.Next(Limits.Length)];
                    break;
                default:
                    rig.Run(random.Next(1, 5000), 250);
                    break;
            }

            rig.Poll(1);
        }

        /// <summary>UnlockConnector on connector 1; the answer may wait for the lock's feedback, but never longer than its settle time.</summary>
        private static void Unlock(ChargerRig rig)
        {
            string id = "unlock-" + rig.Now;
            rig.SendUnlockConnector(id);
            Frame answer = rig.TakeAnswer(id);
            if (answer == null)
            {
                rig.Run(SocketLock.SettleMs, 100);
                answer = rig.TakeAnswer(id);
            }

            Assert.True(answer != null && answer.Type == 3, "UnlockConnector got no answer in time");
        }

        /// <summary>Plays a CSMS that answers every call at once, with random verdicts on tags.</summary>
        private static void AnswerEverything(ChargerRig rig, Random random, ref int nextTransactionId, ref int transactions)
        {
            for (int guard = 0; guard < 20 && rig.Unread.Count > 0; guard++)
            {
                Frame call = rig.ExpectCall(rig.Unread[0].Action);
                string status = Statuses[random.Next(Statuses.Length)];
                switch (call.Action)
                {
                    case "Authorize":
                        rig.Reply(call, "{\"idTagInfo\":{\"status\":\"" + status + "\"}}");
                        break;
                    case "StartTransaction":
                        transactions++;
                        rig.Reply(call, "{\"idTagInfo\":{\"status\":\"" + status + "\"},\"transactionId\":" + nextTransactionId++ + "}");
                        break;
                    case "Heartbeat":
                        rig.Reply(call, "{\"currentTime\":\"" + ChargerRig.Iso(rig.Clock.UtcNow) + "\"}");
                        break;
                    default:
                        rig.Reply(call, "{}");
                        break;
                }
            }
        }

        private static void CheckInvariant(ChargerRig rig, FakeChargingLimit limit, int step)
        {
            int offered = rig.Evse.OfferedDeciAmps;
            Assert.True(offered <= limit.DeciAmps && offered <= rig.Evse.Hardware.MaxAmps * 10, "step " + step + ": " + offered + " dA offered under a limit of " + limit.DeciAmps);
            if (!rig.Evse.ContactorCommanded)
            {
                return;
            }

            var session = rig.Charger.Charging.Sessions[0];
            string where = "step " + step + ": contactor commanded closed ";
            Assert.True(session.Transaction != null, where + "without a transaction");
            Assert.True(session.Transaction.Authorized, where + "for a deauthorized transaction");
            Assert.True(PilotState.WantsEnergy(rig.Evse.State), where + "while the pilot is " + PilotState.Names[rig.Evse.State]);
            Assert.False(rig.Evse.IsTripped, where + "with the residual-current device tripped");
            Assert.True(session.Fault == null, where + "while faulted (" + session.Fault + ")");
        }
    }
}
