using System.Collections.Generic;
using NanoEvse.Ocpp.Json;
using NanoEvse.Ocpp.Rpc;
using Xunit;

namespace NanoEvse.Tests.Ocpp
{
    public class JsonReaderTests
    {
        private static List<string> Tokens(string json)
        {
            JsonReader r = new JsonReader(json);
            List<string> tokens = new List<string>();
            JsonToken t;
            while ((t = r.Read()) != JsonToken.EndOfInput)
            {
                tokens.Add(r.Value == null ? t.ToString() : t + ":" + r.Value);
            }

            return tokens;
        }

        [Fact]
        public void Reads_every_token_kind_in_document_order()
        {
            Assert.Equal(
                new[] { "StartArray", "Number:2", "String:id-1", "StartObject", "PropertyName:a", "True", "PropertyName:b", "Null",
                        "PropertyName:c", "StartArray", "Number:-1.5e3", "False", "EndArray", "EndObject", "EndArray" },
                Tokens(" [2, \"id-1\" ,{\"a\":true,\"b\":null,\"c\":[-1.5e3,false]}]\r\n"));
        }

        [Fact]
        public void Round_trips_what_the_writer_wrote()
        {
            JsonWriter w = new JsonWriter(64);
            w.BeginObject();
            w.Property("idTag", "ÄBC\"\\\n\u0001");
            w.Property("connectorId", 2);
            w.EndObject();
            JsonReader r = new JsonReader(w.ToString());
            r.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            Assert.True(r.NextProperty());
            Assert.Equal("ÄBC\"\\\n\u0001", r.ReadString("idTag", 20));
            Assert.True(r.NextProperty());
            Assert.Equal(2, r.ReadInt("connectorId"));
            Assert.False(r.NextProperty());
        }

        [Fact]
        public void Unescapes_unicode_escapes()
        {
            Assert.Equal(new[] { "String:é€😀/" }, Tokens("\"\\u00e9\\u20AC\\ud83d\\ude00\\/\""));
        }

        [Theory]
        [InlineData("")]
        [InlineData("[")]
        [InlineData("[1,]")]
        [InlineData("{\"a\":1,}")]
        [InlineData("{\"a\" 1}")]
        [InlineData("{a:1}")]
        [InlineData("[01]")]
        [InlineData("[1.]")]
        [InlineData("[-]")]
        [InlineData("[1e]")]
        [InlineData("[\"unterminated]")]
        [InlineData("[\"bad \\x escape\"]")]
        [InlineData("[\"short \\u12\"]")]
        [InlineData("[\"raw\ttab\"]")]
        [InlineData("[tru]")]
        [InlineData("[nul]")]
        [InlineData("[1] [2]")]
        [InlineData("[1}")]
        [InlineData("{\"a\":1]")]
        [InlineData("[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]")]
        public void Malformed_json_is_a_formation_violation(string json)
        {
            OcppException e = Assert.Throws<OcppException>(() => Tokens(json));
            Assert.Equal(CallErrorCode.FormationViolation, e.ErrorCode);
        }

        [Theory]
        [InlineData("\"5\"")]
        [InlineData("5.5")]
        [InlineData("1e-1")]
        [InlineData("-0.25")]
        [InlineData("1e-400")]
        [InlineData("12345678901.5")]
        [InlineData("true")]
        [InlineData("null")]
        [InlineData("[5]")]
        public void A_non_integer_where_an_integer_belongs_is_a_type_constraint_violation(string value)
        {
            JsonReader r = new JsonReader(value);
            Assert.Equal(CallErrorCode.TypeConstraintViolation, Assert.Throws<OcppException>(() => r.ReadInt("n")).ErrorCode);
        }

        [Theory]
        [InlineData("2147483648")]
        [InlineData("-2147483649")]
        [InlineData("99999999999999999999")]
        [InlineData("1e400")]
        [InlineData("1E10")]
        [InlineData("2147483648.0")]
        [InlineData("2.147483648e9")]
        [InlineData("-2147483649e0")]
        public void An_integer_beyond_32_bits_is_a_property_constraint_violation(string value)
        {
            JsonReader r = new JsonReader(value);
            Assert.Equal(CallErrorCode.PropertyConstraintViolation, Assert.Throws<OcppException>(() => r.ReadInt("n")).ErrorCode);
        }

        [Fact]
        public void Integer_limits_are_read_exactly()
        {
            Assert.Equal(int.MinValue, new JsonReader("-2147483648").ReadInt("n"));
            Assert.Equal(int.MaxValue, new JsonReader("2147483647").ReadInt("n"));
            Assert.Equal(0, new JsonReader("-0").ReadInt("n"));
        }

        /// <summary>JSON Schema, and so OCPP, counts a number with a whole value as an integer, whatever its notation.</summary>
        [Theory]
        [InlineData("1.0", 1)]
        [InlineData("1.00", 1)]
        [InlineData("1e3", 1000)]
        [InlineData("1E+3", 1000)]
        [InlineData("10e-1", 1)]
        [InlineData("-0", 0)]
        [InlineData("-0.0e7", 0)]
        [InlineData("0e400", 0)]
        [InlineData("2.5e1", 25)]
        [InlineData("300.000", 300)]
        [InlineData("-2147483648.0", int.MinValue)]
        [InlineData("21474836.47e2", int.MaxValue)]
        [InlineData("-2.147483648E9", int.MinValue)]
        public void A_whole_number_in_any_notation_is_an_integer(string literal, int expected)
        {
            Assert.Equal(expected, new JsonReader(literal).ReadInt("n"));
        }

        [Fact]
        public void Escaped_strings_do_not_disturb_the_tokens_after_them()
        {
            Assert.Equal(
                new[] { "StartArray", "String:a\nb\"A", "String:next", "StartObject", "PropertyName:k\"ey", "Number:1.0", "EndObject", "EndArray" },
                Tokens("[\"a\\nb\\\"\\u0041\",\"next\",{\"k\\\"ey\":1.0}]"));
        }

        [Fact]
        public void A_reader_over_a_buffer_stops_at_the_given_length()
        {
            char[] buffer = "[1,\"two\"]garbage".ToCharArray();
            JsonReader r = new JsonReader(buffer, 9);

            Assert.Equal(JsonToken.StartArray, r.Read());
            Assert.Equal(1, r.ReadInt("one"));
            Assert.Equal("two", r.ReadString("two", 0));
            Assert.Equal(JsonToken.EndArray, r.Read());
            Assert.Equal(JsonToken.EndOfInput, r.Read());
        }

        [Fact]
        public void Typed_reads_map_schema_breaches_to_their_callerror_codes()
        {
            Assert.Equal(CallErrorCode.TypeConstraintViolation,
                Assert.Throws<OcppException>(() => new JsonReader("12").ReadString("idTag", 20)).ErrorCode);
            Assert.Equal(CallErrorCode.PropertyConstraintViolation,
                Assert.Throws<OcppException>(() => new JsonReader("\"123456789012345678901\"").ReadString("idTag", 20)).ErrorCode);
            Assert.Equal(CallErrorCode.TypeConstraintViolation,
                Assert.Throws<OcppException>(() => new JsonReader("\"true\"").ReadBool("flag")).ErrorCode);
            Assert.Equal(CallErrorCode.PropertyConstraintViolation,
                Assert.Throws<OcppException>(() => new JsonReader("\"Maybe\"").ReadEnum("status", new[] { "Accepted", "Rejected" })).ErrorCode);
            Assert.Equal(CallErrorCode.PropertyConstraintViolation,
                Assert.Throws<OcppException>(() => new JsonReader("\"noon\"").ReadTimestamp("currentTime")).ErrorCode);
            Assert.Equal(CallErrorCode.PropertyConstraintViolation,
                Assert.Throws<OcppException>(() => new JsonReader("-1").ReadInt("connectorId", 0, 10)).ErrorCode);
            Assert.Equal(CallErrorCode.OccurenceConstraintViolation,
                Assert.Throws<OcppException>(() => JsonReader.Require(false, "status")).ErrorCode);
        }

        [Fact]
        public void SkipValue_passes_over_nested_values()
        {
            JsonReader r = new JsonReader("{\"skip\":{\"a\":[1,{\"b\":[]}]},\"keep\":3}");
            r.ReadObjectStart("payload", CallErrorCode.FormationViolation);
            Assert.True(r.NextProperty());
            r.SkipValue();
            Assert.True(r.NextProperty());
            Assert.Equal("keep", r.Value);
            Assert.Equal(3, r.ReadInt("keep"));
        }
    }
}
