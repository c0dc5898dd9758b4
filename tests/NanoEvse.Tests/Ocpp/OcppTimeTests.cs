using System;
using NanoEvse.Ocpp.Json;
using Xunit;

namespace NanoEvse.Tests.Ocpp
{
    public class OcppTimeTests
    {
        [Theory]
        [InlineData("2026-11-21T09:30:00Z", "2026-11-21T09:30:00.000Z")]
        [InlineData("2026-11-21T09:30:00.5Z", "2026-11-21T09:30:00.500Z")]
        [InlineData("2026-11-21T09:30:00.123456789Z", "2026-11-21T09:30:00.123Z")]
        [InlineData("2026-11-21T10:30:00+01:00", "2026-11-21T09:30:00.000Z")]
        [InlineData("2026-11-21T00:15:00-02:30", "2026-11-21T02:45:00.000Z")]
        [InlineData("2024-02-29T23:59:59.999Z", "2024-02-29T23:59:59.999Z")]
        public void Accepts_fractions_and_offsets_and_normalises_to_utc(string text, string expected)
        {
            Assert.True(OcppTime.TryParse(text, out DateTime utc));
            Assert.Equal(expected, OcppTime.Format(utc));
        }

        [Theory]
        [InlineData("")]
        [InlineData("2026-11-21")]
        [InlineData("2026-11-21 09:30:00Z")]
        [InlineData("2026-13-21T09:30:00Z")]
        [InlineData("2025-02-29T09:30:00Z")]
        [InlineData("2026-11-21T24:00:00Z")]
        [InlineData("2026-11-21T09:30:00")]
        [InlineData("2026-11-21T09:30:00.Z")]
        [InlineData("2026-11-21T09:30:00+0100")]
        [InlineData("2026-11-21T09:30:00Zjunk")]
        [InlineData("yesterday at noon, roughly")]
        public void Rejects_anything_that_is_not_an_iso_8601_date_time(string text)
        {
            Assert.False(OcppTime.TryParse(text, out _));
        }
    }
}
