using NanoEvse.ChargePoint.Connection;
using Xunit;

namespace NanoEvse.Tests.ChargerCore
{
    public class CsmsAddressTests
    {
        [Theory]
        [InlineData("ws://127.0.0.1:9000/ocpp/CP001", "CP001", false)]
        [InlineData("wss://csms.example.com/ocpp16/charger-7", "charger-7", true)]
        [InlineData("ws://host/CP%2F01%C3%A9", "CP/01é", false)]
        public void The_last_path_segment_is_the_charge_point_id(string url, string id, bool secure)
        {
            CsmsAddress address = CsmsAddress.Parse(url, out string error);

            Assert.Null(error);
            Assert.Equal(id, address.ChargePointId);
            Assert.Equal(secure, address.Secure);
        }

        [Theory]
        [InlineData("", "no CSMS URL")]
        [InlineData("http://host/ocpp/CP1", "ws:// or wss://")]
        [InlineData("ws:///ocpp/CP1", "no host")]
        [InlineData("ws://host", "end with the charge point id")]
        [InlineData("ws://host/ocpp/", "end with the charge point id")]
        [InlineData("ws://host/ocpp/CP1?x=1", "query")]
        [InlineData("ws://host/ocpp/CP%G1", "bad %-escape")]
        [InlineData("ws://host/ocpp/CP%4", "bad %-escape")]
        [InlineData("ws://host/ocpp/ABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJABCDEFGHIJ", "longer than 48")]
        public void An_unusable_url_is_refused_with_a_reason(string url, string reason)
        {
            Assert.Null(CsmsAddress.Parse(url, out string error));
            Assert.Contains(reason, error);
        }
    }
}
