using System;
using NanoEvse.ChargePoint.Authorization;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;
using Xunit;

namespace NanoEvse.Tests.Authorization
{
    /// <summary>
    /// idTagInfo as a CSMS sends it in Authorize.conf, StartTransaction.conf and StopTransaction.conf: what the
    /// charger takes from it, and the CALLERROR-class error every way of breaking the OCPP 1.6 schema earns.
    /// </summary>
    public class IdTagInfoTests
    {
        private static IdTagInfo Parse(string json)
        {
            JsonReader reader = new JsonReader(json);
            IdTagInfo info = IdTagInfo.Read(reader, "idTagInfo");
            Assert.Equal(JsonToken.EndOfInput, reader.Read());
            return info;
        }

        private static string ErrorOf(string json)
        {
            return Assert.Throws<OcppException>(() => Parse(json)).ErrorCode;
        }

        [Theory]
        [InlineData("Accepted")]
        [InlineData("Blocked")]
        [InlineData("Expired")]
        [InlineData("Invalid")]
        [InlineData("ConcurrentTx")]
        public void Every_status_of_the_schema_is_read(string status)
        {
            IdTagInfo info = Parse("{\"status\":\"" + status + "\"}");

            Assert.Equal(status, info.Status);
            Assert.False(info.HasExpiry);
            Assert.Null(info.ParentIdTag);
        }

        [Fact]
        public void Expiry_date_and_parent_are_read_with_the_expiry_in_utc()
        {
            IdTagInfo info = Parse("{\"expiryDate\":\"2026-12-31T23:30:00.5+01:00\",\"parentIdTag\":\"FLEET-0042\",\"status\":\"Accepted\"}");

            Assert.Equal(AuthorizationStatus.Accepted, info.Status);
            Assert.True(info.HasExpiry);
            Assert.Equal(new DateTime(2026, 12, 31, 22, 30, 0, 500, DateTimeKind.Utc).Ticks, info.ExpiryDate.Ticks);
            Assert.Equal("FLEET-0042", info.ParentIdTag);
        }

        [Fact]
        public void Vendor_properties_are_skipped()
        {
            IdTagInfo info = Parse("{\"status\":\"Blocked\",\"x-reason\":{\"code\":[1,2]},\"note\":null}");

            Assert.Equal(AuthorizationStatus.Blocked, info.Status);
        }

        [Fact]
        public void A_parent_of_exactly_20_characters_is_accepted()
        {
            Assert.Equal(new string('P', 20), Parse("{\"status\":\"Accepted\",\"parentIdTag\":\"" + new string('P', 20) + "\"}").ParentIdTag);
        }

        [Theory]
        [InlineData("{}", CallErrorCode.OccurenceConstraintViolation)]
        [InlineData("{\"parentIdTag\":\"P1\",\"expiryDate\":\"2026-12-31T00:00:00Z\"}", CallErrorCode.OccurenceConstraintViolation)]
        [InlineData("{\"status\":\"accepted\"}", CallErrorCode.PropertyConstraintViolation)]
        [InlineData("{\"status\":\"Unknown\"}", CallErrorCode.PropertyConstraintViolation)]
        [InlineData("{\"status\":\"\"}", CallErrorCode.PropertyConstraintViolation)]
        [InlineData("{\"status\":\"Accepted\",\"parentIdTag\":\"ABCDEFGHIJKLMNOPQRSTU\"}", CallErrorCode.PropertyConstraintViolation)]
        [InlineData("{\"status\":\"Accepted\",\"expiryDate\":\"tomorrow\"}", CallErrorCode.PropertyConstraintViolation)]
        [InlineData("{\"status\":\"Accepted\",\"expiryDate\":\"2026-02-30T00:00:00Z\"}", CallErrorCode.PropertyConstraintViolation)]
        [InlineData("{\"status\":\"Accepted\",\"expiryDate\":\"2026-12-31T00:00:00\"}", CallErrorCode.PropertyConstraintViolation)]
        [InlineData("{\"status\":1}", CallErrorCode.TypeConstraintViolation)]
        [InlineData("{\"status\":null}", CallErrorCode.TypeConstraintViolation)]
        [InlineData("{\"status\":\"Accepted\",\"expiryDate\":1767225600}", CallErrorCode.TypeConstraintViolation)]
        [InlineData("{\"status\":\"Accepted\",\"parentIdTag\":42}", CallErrorCode.TypeConstraintViolation)]
        [InlineData("{\"status\":\"Accepted\",\"parentIdTag\":null}", CallErrorCode.TypeConstraintViolation)]
        [InlineData("\"Accepted\"", CallErrorCode.TypeConstraintViolation)]
        [InlineData("[{\"status\":\"Accepted\"}]", CallErrorCode.TypeConstraintViolation)]
        [InlineData("null", CallErrorCode.TypeConstraintViolation)]
        [InlineData("{\"status\":\"Accepted\"", CallErrorCode.FormationViolation)]
        [InlineData("{\"status\" \"Accepted\"}", CallErrorCode.FormationViolation)]
        public void Input_that_breaks_the_schema_gets_its_error_code(string json, string expected)
        {
            Assert.Equal(expected, ErrorOf(json));
        }

        [Fact]
        public void What_it_writes_reads_back_the_same()
        {
            IdTagInfo[] infos =
            {
                new IdTagInfo(AuthorizationStatus.Invalid),
                new IdTagInfo(AuthorizationStatus.Accepted, true, new DateTime(2027, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc), "Parent \"7\""),
                new IdTagInfo(AuthorizationStatus.ConcurrentTx, false, DateTime.MinValue, "P"),
            };

            foreach (IdTagInfo info in infos)
            {
                JsonWriter writer = new JsonWriter(64);
                info.Write(writer);
                Assert.True(info.SameAs(Parse(writer.ToString())), writer.ToString());
            }
        }

        [Fact]
        public void No_expiry_and_no_parent_are_left_out_of_the_json()
        {
            JsonWriter writer = new JsonWriter(64);
            new IdTagInfo(AuthorizationStatus.Blocked).Write(writer);

            Assert.Equal("{\"status\":\"Blocked\"}", writer.ToString());
        }

        [Fact]
        public void Accepted_and_ConcurrentTx_are_valid_until_the_expiry_date()
        {
            DateTime expiry = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

            Assert.True(new IdTagInfo(AuthorizationStatus.Accepted, true, expiry, null).IsValidAt(expiry.AddTicks(-1)));
            Assert.False(new IdTagInfo(AuthorizationStatus.Accepted, true, expiry, null).IsValidAt(expiry));
            Assert.True(new IdTagInfo(AuthorizationStatus.ConcurrentTx).IsValidAt(DateTime.MaxValue));
            Assert.False(new IdTagInfo(AuthorizationStatus.Blocked).IsValidAt(expiry));
            Assert.False(new IdTagInfo(AuthorizationStatus.Expired).IsValidAt(expiry));
            Assert.False(new IdTagInfo(AuthorizationStatus.Invalid).IsValidAt(expiry));
        }

        [Theory]
        [InlineData("04A1B2C3D4E5F6", "04a1b2c3d4e5f6", true)]
        [InlineData("Fleet-Card_7", "FLEET-CARD_7", true)]
        [InlineData("ABC", "ABD", false)]
        [InlineData("ABC", "ABC ", false)]
        [InlineData("[", "{", false)]
        public void IdTokens_compare_without_regard_to_case(string a, string b, bool same)
        {
            Assert.Equal(same, IdToken.Same(a, b));
        }
    }
}
