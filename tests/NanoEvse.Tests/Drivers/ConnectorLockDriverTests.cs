using System;
using NanoEvse.Drivers.ConnectorLock;
using NanoEvse.Hal.Host;
using Xunit;

namespace NanoEvse.Tests.Drivers
{
    public class ConnectorLockDriverTests
    {
        private const int PulseMs = 300;

        private readonly VirtualClock _clock = new VirtualClock(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        private readonly MotorBridge _bridge = new MotorBridge();
        private readonly FakeInput _lockSwitch = new FakeInput();

        private ConnectorLockDriver Driver(bool withSwitch = true) =>
            new ConnectorLockDriver(_bridge.Lock, _bridge.Unlock, withSwitch ? _lockSwitch : null, _clock, PulseMs);

        [Fact]
        public void A_new_driver_leaves_the_motor_off()
        {
            Driver();

            Assert.False(_bridge.Lock.Level);
            Assert.False(_bridge.Unlock.Level);
        }

        [Fact]
        public void Locking_drives_the_motor_for_one_pulse()
        {
            ConnectorLockDriver lockDriver = Driver();

            lockDriver.Command(true);
            Assert.True(_bridge.Lock.Level);
            Assert.False(_bridge.Unlock.Level);

            _clock.Advance(PulseMs - 1);
            lockDriver.Poll();
            Assert.True(_bridge.Lock.Level);

            _clock.Advance(1);
            lockDriver.Poll();
            Assert.False(_bridge.Lock.Level);
        }

        [Fact]
        public void The_lock_switch_says_whether_the_plug_is_locked()
        {
            ConnectorLockDriver lockDriver = Driver();
            lockDriver.Command(true);
            _clock.Advance(PulseMs);
            lockDriver.Poll();
            Assert.False(lockDriver.IsLocked);

            _lockSwitch.Level = true;
            Assert.True(lockDriver.IsLocked);
        }

        [Fact]
        public void Repeating_a_command_does_not_run_the_motor_again()
        {
            ConnectorLockDriver lockDriver = Driver();
            lockDriver.Command(true);
            _clock.Advance(PulseMs);
            lockDriver.Poll();

            lockDriver.Command(true);

            Assert.False(_bridge.Lock.Level);
        }

        [Fact]
        public void Unlocking_during_a_lock_pulse_reverses_without_shorting_the_bridge()
        {
            ConnectorLockDriver lockDriver = Driver();
            lockDriver.Command(true);
            _clock.Advance(100);

            lockDriver.Command(false);

            Assert.False(_bridge.Lock.Level);
            Assert.True(_bridge.Unlock.Level);
            Assert.False(_bridge.EverShorted);

            _clock.Advance(PulseMs);
            lockDriver.Poll();
            Assert.False(_bridge.Unlock.Level);
        }

        [Fact]
        public void Without_a_lock_switch_the_lock_counts_as_locked_once_its_pulse_ended()
        {
            ConnectorLockDriver lockDriver = Driver(withSwitch: false);

            lockDriver.Command(true);
            Assert.False(lockDriver.IsLocked);

            _clock.Advance(PulseMs);
            lockDriver.Poll();
            Assert.True(lockDriver.IsLocked);

            lockDriver.Command(false);
            Assert.False(lockDriver.IsLocked);
        }
    }
}
