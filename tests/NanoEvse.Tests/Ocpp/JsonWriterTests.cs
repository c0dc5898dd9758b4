using System;
using System.Text.Json;
using NanoEvse.Ocpp.Json;
using Xunit;

namespace NanoEvse.Tests.Ocpp
{
    public class JsonWriterTests
    {
        [Fact]
        public void Writes_properties_in_the_order_given_and_skips_absent_strings()
        {
            JsonWriter w = new JsonWriter(64);
            w.BeginObject();
            w.Property("zeta", "z");
            w.Property("absent", (string)null);
            w.Property("alpha", 42);
            w.Property("flag", false);
            w.Name("list");
            w.BeginArray();
            w.String("a");
            w.Int(-1);
            w.BeginObject();
            w.EndObject();
            w.EndArray();
            w.EndObject();

            Assert.Equal("{\"zeta\":\"z\",\"alpha\":42,\"flag\":false,\"list\":[\"a\",-1,{}]}", w.ToString());
            Assert.DoesNotContain("null", w.ToString());
        }

        [Fact]
        public void Escapes_quotes_backslashes_and_control_characters_so_any_parser_reads_them_back()
        {
            string nasty = "quote\" back\\ nl\n tab\t bell\u0007 ünïcødé €";
            JsonWriter w = new JsonWriter(16);
            w.BeginObject();
            w.Property("text", nasty);
            w.EndObject();

            Assert.Equal(nasty, JsonDocument.Parse(w.ToString()).RootElement.GetProperty("text").GetString());
            Assert.Contains("\\u0007", w.ToString());
        }

        [Fact]
        public void Timestamps_are_utc_with_milliseconds()
        {
            JsonWriter w = new JsonWriter(16);
            w.Timestamp(new DateTime(2026, 3, 4, 5, 6, 7, 89, DateTimeKind.Utc));

            Assert.Equal("\"2026-03-04T05:06:07.089Z\"", w.ToString());
        }

        [Fact]
        public void Reset_reuses_the_buffer_for_the_next_message()
        {
            JsonWriter w = new JsonWriter(16);
            w.BeginArray();
            w.Int(1);
            w.EndArray();
            w.Reset();
            w.BeginArray();
            w.Int(2);
            w.EndArray();

            Assert.Equal("[2]", w.ToString());
        }
    }
}
