using System;
using System.Linq;
using System.Text;
using NanoEvse.ChargePoint.Storage;
using NanoEvse.Hal;
using NanoEvse.Hal.Host;
using NanoEvse.Tests.Support;
using Xunit;

namespace NanoEvse.Tests.Storage
{
    /// <summary>The log kept in the flash for GetDiagnostics: bounded, written from the main loop only, no passwords.</summary>
    public class FlashLogTests
    {
        private readonly SimulatedFlash _flash = new SimulatedFlash();
        private readonly VirtualClock _clock = new VirtualClock(ChargerRig.Start);
        private readonly RecordingLog _console = new RecordingLog();

        [Fact]
        public void Lines_reach_the_flash_only_at_Flush_and_always_reach_the_platform_log()
        {
            FlashLog log = new FlashLog(_console, _flash, _clock);

            log.Write(LogLevel.Warning, "meter", "no answer");
            Assert.Null(_flash.Peek(FlashLog.CurrentFile));
            Assert.Single(_console.Lines);

            log.Flush();
            Assert.Equal("2026-11-21T09:00:00.000Z warn meter: no answer\n", Text(FlashLog.CurrentFile));
        }

        [Fact]
        public void Debug_lines_and_frames_stay_out_of_the_flash()
        {
            FlashLog log = new FlashLog(_console, _flash, _clock);

            log.Write(LogLevel.Debug, "link", "detail");
            log.Frame(true, "[2,\"1\",\"Heartbeat\",{}]");
            log.Flush();

            Assert.Null(_flash.Peek(FlashLog.CurrentFile));
            Assert.Single(_console.Frames);
        }

        [Fact]
        public void The_log_rotates_and_never_takes_more_than_two_files()
        {
            FlashLog log = new FlashLog(_console, _flash, _clock);
            for (int i = 0; i < 2000; i++)
            {
                log.Write(LogLevel.Info, "test", "line " + i + " " + new string('x', 40));
                log.Flush();
            }

            Assert.InRange(_flash.Peek(FlashLog.CurrentFile).Length, 1, FlashLog.MaxFileBytes);
            Assert.InRange(_flash.Peek(FlashLog.OlderFile).Length, FlashLog.MaxFileBytes - 200, FlashLog.MaxFileBytes);
            Assert.EndsWith("line 1999 " + new string('x', 40) + "\n", Text(FlashLog.CurrentFile));
            Assert.Equal(2, _flash.Names.Count(n => n.StartsWith("log")));
        }

        [Fact]
        public void Lines_beyond_the_buffer_are_counted_not_kept()
        {
            FlashLog log = new FlashLog(_console, _flash, _clock);
            for (int i = 0; i < 200; i++)
            {
                log.Write(LogLevel.Info, "burst", "line " + i);
            }

            log.Flush();

            string kept = Text(FlashLog.CurrentFile);
            Assert.InRange(kept.Length, FlashLog.MaxPendingBytes - 100, FlashLog.MaxPendingBytes + 100);
            Assert.Matches(@"warn log: \d+ line\(s\) not kept\n$", kept);
            Assert.Equal(200, _console.Lines.Count);
        }

        [Theory]
        [InlineData("fetching ftp://user:secret@host/fw.bin", "fetching ftp://user:***@host/fw.bin")]
        [InlineData("https://a:b@x/ and ftp://c:d@y/z", "https://a:***@x/ and ftp://c:***@y/z")]
        [InlineData("ftp://anonymous@host/file", "ftp://anonymous@host/file")]
        [InlineData("http://host:8080/path@odd", "http://host:8080/path@odd")]
        [InlineData("no url here: a@b", "no url here: a@b")]
        public void Passwords_in_urls_are_masked(string message, string kept)
        {
            Assert.Equal(kept, FlashLog.MaskUrlPassword(message));
        }

        [Fact]
        public void A_flash_that_fails_costs_lines_not_the_charger()
        {
            FlashLog log = new FlashLog(_console, _flash, _clock);
            _flash.CutAt = 0;

            log.Write(LogLevel.Error, "x", "lost");
            log.Flush();
            _flash.PowerOn();
            log.Write(LogLevel.Error, "x", "kept");
            log.Flush();

            Assert.Contains(_console.Lines, l => l.Contains("cannot keep the log in the flash"));
            Assert.EndsWith("error x: kept\n", Text(FlashLog.CurrentFile));
        }

        private string Text(string name) => Encoding.UTF8.GetString(_flash.Peek(name) ?? Array.Empty<byte>());
    }
}
