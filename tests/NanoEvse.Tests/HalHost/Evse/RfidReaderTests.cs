using NanoEvse.Hal.Host.Evse;
using Xunit;

namespace NanoEvse.Tests.HalHost.Evse
{
    public class RfidReaderTests
    {
        [Fact]
        public void Each_presented_card_is_read_once_in_order()
        {
            var reader = new SimulatedRfidReader();
            Assert.Null(reader.TakeTag());

            reader.Present("04A1B2C3");
            reader.Present("DEADBEEF");

            Assert.Equal(2, reader.Waiting);
            Assert.Equal("04A1B2C3", reader.TakeTag());
            Assert.Equal("DEADBEEF", reader.TakeTag());
            Assert.Null(reader.TakeTag());
        }
    }
}
