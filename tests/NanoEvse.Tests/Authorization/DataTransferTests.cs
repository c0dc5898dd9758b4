using NanoEvse.ChargePoint.Operations;
using NanoEvse.Ocpp.Rpc;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>
    /// DataTransfer from the CSMS (TC_062): this charger has no vendor extensions, so a well-formed request is
    /// answered UnknownVendorId with no data, never with a NotImplemented CALLERROR.
    /// </summary>
    public class DataTransferTests
    {
        private readonly CsmsCallEndpoint _charger = new CsmsCallEndpoint(new DataTransfer());

        [Theory]
        [InlineData("{\"vendorId\":\"com.example\"}")]
        [InlineData("{\"vendorId\":\"com.example\",\"messageId\":\"SetDisplay\",\"data\":\"{\\\"text\\\":\\\"hi\\\"}\"}")]
        [InlineData("{\"vendorId\":\"OCTT\",\"messageId\":\"\",\"data\":\"\"}")]
        public void Any_vendor_is_unknown(string payload)
        {
            Frame answer = _charger.Call("DataTransfer", payload);

            Assert.Equal(3, answer.Type);
            Assert.Equal("{\"status\":\"UnknownVendorId\"}", answer.Payload.GetRawText());
        }

        [Fact]
        public void The_longest_allowed_fields_are_accepted()
        {
            string payload = "{\"vendorId\":\"" + new string('v', 255) + "\",\"messageId\":\"" + new string('m', 50) + "\",\"data\":\"" + new string('d', 4000) + "\"}";

            Assert.Equal("UnknownVendorId", _charger.Call("DataTransfer", payload).Payload.GetProperty("status").GetString());
        }

        [Theory]
        [InlineData("{}", CallErrorCode.OccurenceConstraintViolation)]
        [InlineData("{\"messageId\":\"m\",\"data\":\"d\"}", CallErrorCode.OccurenceConstraintViolation)]
        [InlineData("{\"vendorId\":7}", CallErrorCode.TypeConstraintViolation)]
        [InlineData("{\"vendorId\":\"v\",\"messageId\":7}", CallErrorCode.TypeConstraintViolation)]
        [InlineData("{\"vendorId\":\"v\",\"data\":{\"text\":\"hi\"}}", CallErrorCode.TypeConstraintViolation)]
        [InlineData("{\"vendorId\":\"v\",\"data\":null}", CallErrorCode.TypeConstraintViolation)]
        [InlineData("[\"v\"]", CallErrorCode.FormationViolation)]
        public void A_request_that_breaks_the_schema_gets_its_callerror(string payload, string code)
        {
            Frame answer = _charger.Call("DataTransfer", payload);

            Assert.Equal(4, answer.Type);
            Assert.Equal(code, answer.ErrorCode);
        }

        [Fact]
        public void Overlong_vendor_and_message_ids_are_property_violations()
        {
            Assert.Equal(CallErrorCode.PropertyConstraintViolation,
                _charger.Call("DataTransfer", "{\"vendorId\":\"" + new string('v', 256) + "\"}").ErrorCode);
            Assert.Equal(CallErrorCode.PropertyConstraintViolation,
                _charger.Call("DataTransfer", "{\"vendorId\":\"v\",\"messageId\":\"" + new string('m', 51) + "\"}").ErrorCode);
        }
    }
}
