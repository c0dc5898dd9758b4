using NanoEvse.Drivers.Contactor;
using Xunit;

namespace NanoEvse.Tests.Drivers
{
    public class ContactorDriverTests
    {
        private readonly FakeOutput _coil = new FakeOutput();
        private readonly FakeInput _mirror = new FakeInput();

        [Fact]
        public void A_new_driver_opens_the_contactor()
        {
            var contactor = new ContactorDriver(_coil, _mirror);

            Assert.False(_coil.Level);
            Assert.Equal(new[] { false }, _coil.Writes);
            Assert.False(contactor.IsClosed);
        }

        [Fact]
        public void Closing_energises_the_coil_and_the_mirror_contact_reports_it()
        {
            var contactor = new ContactorDriver(_coil, _mirror);

            contactor.Command(true);
            Assert.True(_coil.Level);
            _mirror.Level = true;

            Assert.True(contactor.IsClosed);
        }

        [Fact]
        public void A_contactor_that_does_not_pull_in_reports_open()
        {
            var contactor = new ContactorDriver(_coil, _mirror);

            contactor.Command(true);

            Assert.True(_coil.Level);
            Assert.False(contactor.IsClosed);
        }

        [Fact]
        public void A_welded_contactor_reports_closed_after_it_was_commanded_open()
        {
            var contactor = new ContactorDriver(_coil, _mirror);
            contactor.Command(true);
            _mirror.Level = true;

            contactor.Command(false);

            Assert.False(_coil.Level);
            Assert.True(contactor.IsClosed);
        }

        [Fact]
        public void Without_a_mirror_contact_the_command_is_all_there_is()
        {
            var contactor = new ContactorDriver(_coil, null);

            contactor.Command(true);
            Assert.True(contactor.IsClosed);

            contactor.Command(false);
            Assert.False(contactor.IsClosed);
        }
    }
}
