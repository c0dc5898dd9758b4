using System;
using System.Collections.Generic;
using NanoEvse.ChargePoint;
using NanoEvse.ChargePoint.Configuration;
using NanoEvse.ChargePoint.Connection;
using NanoEvse.Hal.Evse;
using NanoEvse.Hal.Host;
using NanoEvse.Hal.Host.Evse;
using Xunit;

namespace NanoEvse.Tests.Support
{
    /// <summary>
    /// A charger on a virtual clock and a fake link: the test plays the CSMS frame by frame and decides
    /// when time passes, so an hour of operation runs in milliseconds.
    /// </summary>
    public sealed class ChargerRig
    {
        public static readonly DateTime Start = new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc);
        private readonly List<Frame> _unread = new List<Frame>();
        private int _seen;
        private int _csmsIds;

        /// <param name="clockStart">Where the wall clock starts: <see cref="Start"/>, or an RTC that lost its time (1970, 2000).</param>
        /// <param name="maxAmps">The simulated connector's rating (and a fixed cable's), with hardware only.</param>
        public ChargerRig(string url = "ws://csms.test/ocpp/CP001", Action<ChargerSettings> configure = null, int seed = 7, SimulatedFlash flash = null, bool hardware = false, DateTime? clockStart = null, int maxAmps = 32)
            : this(url, configure, seed, flash, hardware, clockStart == null ? null : new VirtualClock(clockStart.Value), null, maxAmps)
        {
        }

        /// <param name="clock">The clock of a charger this one replaces (a reboot), or null for a fresh one.</param>
        /// <param name="kept">The previous rig whose connector and reader stay wired to the new charger, or null.</param>
        private ChargerRig(string url, Action<ChargerSettings> configure, int seed, SimulatedFlash flash, bool hardware, VirtualClock clock, ChargerRig kept, int maxAmps = 32)
        {
            Clock = clock ?? new VirtualClock(Start);
            Link = new ScriptedTransport();
            Log = new RecordingLog();
            Flash = flash ?? new SimulatedFlash();
            Restarts = new RecordingRestart();
            string error;
            Settings = new ChargerSettings { Address = CsmsAddress.Parse(url, out error), Restart = Restarts, Modules = TestModules.Linked() };
            Assert.Null(error);
            configure?.Invoke(Settings);
            if (kept != null && kept.Evse != null)
            {
                Evse = kept.Evse;
                Reader = kept.Reader;
                Settings.Hardware = new ChargerHardware(new[] { Evse.Hardware }, Reader);
            }
            else if (hardware)
            {
                Evse = new SimulatedConnector(Clock, Settings.Profile.FixedCable, maxAmps);
                Reader = Settings.Profile.RfidReader ? new SimulatedRfidReader() : null;
                Settings.Hardware = new ChargerHardware(new[] { Evse.Hardware }, Reader);
            }

            Charger = new Charger(Settings, Clock, Link, Log, new Random(seed), Flash);
        }

        /// <summary>A charger of the profile with simulated connector hardware and card reader, booted and idle.</summary>
        public static ChargerRig WithHardware(string profile = "default", Action<ChargerSettings> configure = null, int maxAmps = 32)
        {
            ChargerRig rig = new ChargerRig(configure: s =>
            {
                s.Profile = ChargerProfiles.Find(profile);
                configure?.Invoke(s);
            }, hardware: true, maxAmps: maxAmps);
            rig.BootAccepted(rig.Charger.Configuration.Find("HeartbeatInterval").IntValue);
            return rig;
        }

        /// <summary>Connector 1's simulated hardware, with hardware only.</summary>
        public SimulatedConnector Evse { get; }

        /// <summary>The simulated card reader, when the profile has one.</summary>
        public SimulatedRfidReader Reader { get; }

        /// <summary>A charger of the given built-in profile (default, product-a, product-b).</summary>
        public static ChargerRig ForProfile(string profile, SimulatedFlash flash = null)
        {
            return new ChargerRig(configure: s => s.Profile = ChargerProfiles.Find(profile), flash: flash);
        }

        /// <summary>
        /// The same charger booting again over the same flash, with the same connector hardware and vehicle and
        /// the clock running on: a power cycle of the firmware core. Nothing is sent until the test polls.
        /// </summary>
        /// <param name="configure">What this boot adds to the settings carried over, e.g. modules that need the platform.</param>
        public ChargerRig Reboot(Action<ChargerSettings> configure = null)
        {
            Flash.PowerOn();
            ChargerSettings settings = Settings;
            return new ChargerRig(Settings.Address.Url, s =>
            {
                s.AuthorizationKey = settings.AuthorizationKey;
                s.Identity = settings.Identity;
                s.Profile = ChargerProfiles.Find(settings.Profile.Name) ?? settings.Profile;
                configure?.Invoke(s);
            }, 7, Flash, false, Clock, this);
        }

        /// <summary>What the charger asked of its restart hook (Reset).</summary>
        public RecordingRestart Restarts { get; }

        public VirtualClock Clock { get; }
        public ScriptedTransport Link { get; }
        public RecordingLog Log { get; }
        public Charger Charger { get; }
        public SimulatedFlash Flash { get; }
        public ChargerSettings Settings { get; }

        public long Now => Clock.MonotonicMs;

        /// <summary>Polls without letting time pass, as a main loop spinning fast would.</summary>
        public void Poll(int times = 3)
        {
            for (int i = 0; i < times; i++)
            {
                Charger.Poll();
            }

            Collect();
        }

        /// <summary>Lets <paramref name="ms"/> of virtual time pass, polling every <paramref name="stepMs"/>.</summary>
        public void Run(long ms, int stepMs = 100)
        {
            long end = Clock.MonotonicMs + ms;
            while (Clock.MonotonicMs < end)
            {
                Clock.Advance(Math.Min(stepMs, end - Clock.MonotonicMs));
                Charger.Poll();
            }

            Poll(1);
        }

        /// <summary>Frames the charger sent that the test has not taken yet.</summary>
        public IReadOnlyList<Frame> Unread
        {
            get
            {
                Collect();
                return _unread;
            }
        }

        /// <summary>The next frame the charger sends, which must be a CALL of <paramref name="action"/>.</summary>
        public Frame ExpectCall(string action)
        {
            Poll();
            Assert.True(_unread.Count > 0, "expected the charger to send " + action + " but it sent nothing");
            Frame frame = Take();
            Assert.True(frame.Type == 2 && frame.Action == action, "expected a " + action + " CALL but got " + frame);
            return frame;
        }

        /// <summary>Runs the clock until the charger sends a CALL of <paramref name="action"/>; returns it and when it came.</summary>
        public Frame RunUntilCall(string action, long maxMs, out long atMs, int stepMs = 100)
        {
            long end = Clock.MonotonicMs + maxMs;
            while (true)
            {
                Poll(1);
                if (_unread.Count > 0)
                {
                    atMs = Clock.MonotonicMs;
                    return ExpectCall(action);
                }

                Assert.True(Clock.MonotonicMs < end, "no " + action + " within " + maxMs + " ms");
                Clock.Advance(stepMs);
            }
        }

        /// <summary>Asserts the charger stays silent for <paramref name="ms"/> of virtual time.</summary>
        public void ExpectSilence(long ms)
        {
            Run(ms);
            Assert.True(_unread.Count == 0, "expected silence but the charger sent " + (_unread.Count > 0 ? _unread[0].Text : ""));
        }

        /// <summary>Answers a charger CALL with a CALLRESULT.</summary>
        public void Reply(Frame call, string payloadJson)
        {
            Link.Deliver("[3,\"" + call.Id + "\"," + payloadJson + "]");
            Poll();
        }

        public void ReplyError(Frame call, string code)
        {
            Link.Deliver("[4,\"" + call.Id + "\",\"" + code + "\",\"refused by test\",{}]");
            Poll();
        }

        /// <summary>Sends a raw frame as the CSMS and returns the charger's answer to <paramref name="id"/>, or null.</summary>
        public Frame Send(string rawFrame, string id)
        {
            Link.Deliver(rawFrame);
            Poll();
            for (int i = 0; i < _unread.Count; i++)
            {
                Frame frame = _unread[i];
                if (frame.Type != 2 && frame.Id == id)
                {
                    _unread.RemoveAt(i);
                    return frame;
                }
            }

            return null;
        }

        /// <summary>Takes the charger's answer to the CSMS call <paramref name="id"/> from the frames not taken yet; null while there is none.</summary>
        public Frame TakeAnswer(string id)
        {
            Collect();
            Frame answer = _unread.Find(f => f.Type != 2 && f.Id == id);
            _unread.Remove(answer);
            return answer;
        }

        /// <summary>Takes <paramref name="call"/>, one of the frames not taken yet, out of their order (a CSMS answering as they come).</summary>
        public void TakeCall(Frame call)
        {
            Collect();
            Assert.True(_unread.Remove(call), "not an unread frame: " + call);
        }

        /// <summary>Calls <paramref name="action"/> on the charger as the CSMS; returns the CALLRESULT or CALLERROR.</summary>
        public Frame CallCharger(string action, string payloadJson)
        {
            string id = "csms-" + (++_csmsIds);
            Frame answer = Send("[2,\"" + id + "\",\"" + action + "\"," + payloadJson + "]", id);
            Assert.True(answer != null, "the charger did not answer " + action);
            return answer;
        }

        /// <summary>Connects, accepts the boot and answers the StatusNotifications that follow it.</summary>
        public void BootAccepted(int heartbeatInterval = 300)
        {
            Frame boot = ExpectCall("BootNotification");
            Reply(boot, BootResponse("Accepted", heartbeatInterval));
            AnswerStatusNotifications();
        }

        /// <summary>Answers every StatusNotification the charger sends, one after another; returns them.</summary>
        public List<Frame> AnswerStatusNotifications()
        {
            List<Frame> answered = new List<Frame>();
            Poll();
            while (_unread.Count > 0 && _unread[0].Action == "StatusNotification")
            {
                Frame status = Take();
                answered.Add(status);
                Reply(status, "{}");
            }

            return answered;
        }

        public string BootResponse(string status, int interval)
        {
            return "{\"status\":\"" + status + "\",\"currentTime\":\"" + Iso(Clock.UtcNow) + "\",\"interval\":" + interval + "}";
        }

        public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

        private Frame Take()
        {
            Frame frame = _unread[0];
            _unread.RemoveAt(0);
            return frame;
        }

        private void Collect()
        {
            while (_seen < Link.Sent.Count)
            {
                _unread.Add(new Frame(Link.Sent[_seen++]));
            }
        }
    }
}
