using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NanoEvse.Tests.Support;

namespace NanoEvse.Tests.Sessions
{
    /// <summary>
    /// One charging session driven in virtual time against a CSMS that answers every call at once, as a power-cut
    /// sweep needs it: the run stops at the poll in which power failed, and the frames of that poll are dropped,
    /// since a charger without power sends nothing after the cut. The CSMS (its view and its transactionIds) carries
    /// over to the charger that boots next.
    /// </summary>
    public sealed class JournaledSession
    {
        public const string IdTag = "TAG-A";
        private const int StepMs = 200;
        private int _seen;
        private int _nextTransactionId = 500;

        public JournaledSession(ChargerRig rig)
        {
            Rig = rig;
        }

        public ChargerRig Rig { get; private set; }

        /// <summary>Every CALL the CSMS received, from every boot, in order.</summary>
        public List<Frame> Calls { get; } = new List<Frame>();

        /// <summary>The transactionId the CSMS gave each StartTransaction, by message position in <see cref="Calls"/>.</summary>
        public Dictionary<int, int> GivenIds { get; } = new Dictionary<int, int>();

        /// <summary>Flash operations counted when the first StartTransaction and the first StopTransaction reached the CSMS.</summary>
        public int OperationsAtFirstStart { get; private set; } = -1;

        public int OperationsAtFirstStop { get; private set; } = -1;

        public bool PowerLost => Rig.Flash.PoweredOff;

        public IEnumerable<Frame> Of(string action) => Calls.Where(c => c.Action == action);

        /// <summary>
        /// Plug in, start (card or remote), charge <paramref name="chargingMs"/>, stop (same card or remote), unplug,
        /// then a minute more. With <paramref name="offlineMs"/>, the CSMS is unreachable for that long in the middle
        /// of the charging. Nothing more happens once power fails: the vehicle is left as the cut found it.
        /// </summary>
        public void RunSession(long chargingMs, long offlineMs = 0)
        {
            bool reader = Rig.Reader != null;
            Action[] steps =
            {
                () => Run(1000),
                () => { Rig.Evse.Plug(); Rig.Evse.AskForEnergy(); },
                () => Run(2000),
                () => StartOrStop(reader, "RemoteStartTransaction", "{\"connectorId\":1,\"idTag\":\"" + IdTag + "\"}"),
                () => Run(chargingMs / 2),
                () => { Rig.Link.OpenOnConnect = offlineMs == 0; if (offlineMs > 0) { Rig.Link.Fail("CSMS unreachable"); } },
                () => Run(offlineMs),
                () => Rig.Link.OpenOnConnect = true,
                () => Run(chargingMs / 2),
                () => StartOrStop(reader, "RemoteStopTransaction", "{\"transactionId\":" + (_nextTransactionId - 1) + "}"),
                () => Run(5000),
                () => Rig.Evse.Unplug(),
                () => Run(60000),
            };
            foreach (Action step in steps)
            {
                if (PowerLost)
                {
                    return;
                }

                step();
            }
        }

        private void StartOrStop(bool reader, string action, string payload)
        {
            if (reader)
            {
                Rig.Reader.Present(IdTag);
            }
            else
            {
                CsmsCalls(action, payload);
            }
        }

        /// <summary>The next boot over the same flash and vehicle, with the same CSMS, after the power came back.</summary>
        public void Reboot()
        {
            LosePower(Rig);
            Rig = Rig.Reboot();
            _seen = 0;
        }

        /// <summary>
        /// What a power cut does to the connector's hardware: the contactor's coil and the pilot's PWM lose their
        /// supply, so the contactor drops out and no current is offered. The vehicle, the cable and the lock stay as they are.
        /// </summary>
        public static void LosePower(ChargerRig rig)
        {
            rig.Evse.Hardware.Contactor.Command(false);
            rig.Evse.Hardware.Pilot.OfferDeciAmps(0);
        }

        /// <summary>Lets time pass, polling every step and answering every call; stops early when power fails.</summary>
        public void Run(long ms)
        {
            for (long t = 0; t < ms && !PowerLost; t += StepMs)
            {
                Rig.Clock.Advance(StepMs);
                Rig.Charger.Poll();
                List<string> fresh = Rig.Link.Sent.Skip(_seen).ToList();
                _seen = Rig.Link.Sent.Count;
                if (PowerLost)
                {
                    return;
                }

                foreach (string text in fresh)
                {
                    Frame frame = new Frame(text);
                    if (frame.Type == 2)
                    {
                        Calls.Add(frame);
                        Answer(frame);
                    }
                }
            }
        }

        private void CsmsCalls(string action, string payload)
        {
            Rig.Link.Deliver("[2,\"csms-" + Guid.NewGuid().ToString("N").Substring(0, 8) + "\",\"" + action + "\"," + payload + "]");
        }

        private void Answer(Frame call)
        {
            string payload;
            switch (call.Action)
            {
                case "BootNotification":
                    payload = Rig.BootResponse("Accepted", 300);
                    break;
                case "Authorize":
                    payload = "{\"idTagInfo\":{\"status\":\"Accepted\"}}";
                    break;
                case "StartTransaction":
                    GivenIds[Calls.Count - 1] = _nextTransactionId;
                    payload = "{\"idTagInfo\":{\"status\":\"Accepted\"},\"transactionId\":" + _nextTransactionId++ + "}";
                    OperationsAtFirstStart = OperationsAtFirstStart < 0 ? Rig.Flash.Operations : OperationsAtFirstStart;
                    break;
                case "StopTransaction":
                    OperationsAtFirstStop = OperationsAtFirstStop < 0 ? Rig.Flash.Operations : OperationsAtFirstStop;
                    payload = "{}";
                    break;
                case "Heartbeat":
                    payload = "{\"currentTime\":\"" + ChargerRig.Iso(Rig.Clock.UtcNow) + "\"}";
                    break;
                default:
                    payload = "{}";
                    break;
            }

            Rig.Link.Deliver("[3,\"" + call.Id + "\"," + payload + "]");
        }

        /// <summary>What the CSMS bills a StopTransaction by: everything but transactionData, which is kept in memory only.</summary>
        public static string Facts(Frame stop)
        {
            JsonElement p = stop.Payload;
            return string.Join("|", new[] { "transactionId", "meterStop", "timestamp", "reason", "idTag" }
                .Select(name => p.TryGetProperty(name, out JsonElement v) ? v.ToString() : "-"));
        }
    }
}
