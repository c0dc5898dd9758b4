using System;
using System.IO;
using System.Text.Json;
using NanoEvse.Hal;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// Prints every OCPP frame with its time and direction, plus the firmware's own log lines. The times are the
    /// charger's wall clock at the start plus its monotonic time since, so they never go back when the CSMS sets the
    /// clock; a line says when the charger's wall clock moved away from them, and --json carries both on every event.
    /// </summary>
    public sealed class ConsoleLog : ILog, IDisposable
    {
        private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

        /// <summary>Differences below this are the clock's rounding, not a setting.</summary>
        private static readonly TimeSpan ClockJump = TimeSpan.FromSeconds(1);

        private readonly TextWriter _console;
        private readonly StreamWriter _file;
        private readonly IClock _clock;
        private readonly LogStyle _style;
        private readonly DateTime _startUtc;
        private readonly long _startMs;
        private readonly object _gate = new object();
        private TimeSpan _shownOffset;

        public ConsoleLog(TextWriter console, string filePath, IClock clock, LogStyle style = null)
        {
            _console = console;
            _clock = clock;
            _style = style ?? new LogStyle();
            _startUtc = clock.UtcNow;
            _startMs = clock.MonotonicMs;
            if (filePath != null)
            {
                _file = new StreamWriter(filePath, append: false) { AutoFlush = true };
            }

            Lines = new LogLineWriter(this);
        }

        public int FramesSent { get; private set; }
        public int FramesReceived { get; private set; }

        /// <summary>The CALLs seen so far, by action, and whether one of the charger's waits for its answer.</summary>
        public FrameTally Tally { get; } = new FrameTally();

        /// <summary>Every event once stamped, on the thread that logged it, in time order (the dashboard listens).</summary>
        public event Action<LogEvent> Emitted;

        /// <summary>A writer for the emulator's own messages, printed like <see cref="Print"/>.</summary>
        public TextWriter Lines { get; }

        /// <summary>A line from the emulator itself (commands and their outcome), stamped with the log's time.</summary>
        public void Note(string message)
        {
            Emit(new LogEvent { Kind = "note", Message = message });
        }

        /// <summary>Lines printed as they are, e.g. help and the summary.</summary>
        public void Print(string text)
        {
            Emit(new LogEvent { Kind = "text", Message = text });
        }

        public void Write(LogLevel level, string component, string message)
        {
            if (_style.Info || level == LogLevel.Error || level == LogLevel.Warning)
            {
                Emit(new LogEvent { Kind = "log", Level = LevelName(level), Component = component, Message = message });
            }
        }

        public void Frame(bool outgoing, string frame)
        {
            lock (_gate)
            {
                if (outgoing)
                {
                    FramesSent++;
                }
                else
                {
                    FramesReceived++;
                }
            }

            Tally.Observe(outgoing, frame);
            Emit(new LogEvent { Kind = "frame", Direction = outgoing ? "out" : "in", Frame = frame });
        }

        public void Dispose()
        {
            _file?.Dispose();
        }

        private static string LevelName(LogLevel level)
        {
            switch (level)
            {
                case LogLevel.Error: return "error";
                case LogLevel.Warning: return "warn";
                case LogLevel.Debug: return "debug";
                default: return "info";
            }
        }

        /// <summary>Stamps inside the lock, so lines from the main loop and the connection thread print in time order.</summary>
        private void Emit(LogEvent entry)
        {
            lock (_gate)
            {
                bool frame = entry.Kind == "frame";
                if (entry.Kind != "text")
                {
                    DateTime time = _startUtc.AddMilliseconds(_clock.MonotonicMs - _startMs);
                    DateTime chargerTime = _clock.UtcNow;
                    entry.Time = time.ToString(TimeFormat);
                    entry.ChargerTime = chargerTime.ToString(TimeFormat);
                    TimeSpan offset = chargerTime - time;
                    if ((offset - _shownOffset).Duration() >= ClockJump)
                    {
                        _shownOffset = offset;
                        Show(new LogEvent { Kind = "clock", Time = entry.Time, ChargerTime = entry.ChargerTime }, toFile: true);
                    }
                }

                if (!frame || _style.Frames)
                {
                    Show(entry, toFile: frame);
                }
                else
                {
                    _file?.WriteLine(Text(entry, colour: false));
                }

                Emitted?.Invoke(entry);
            }
        }

        private void Show(LogEvent entry, bool toFile)
        {
            _console.WriteLine(_style.Json ? JsonSerializer.Serialize(entry, LogEventJson.Default.LogEvent) : Text(entry, _style.Colour));
            if (toFile)
            {
                _file?.WriteLine(Text(entry, colour: false));
            }
        }

        private static string Text(LogEvent entry, bool colour)
        {
            switch (entry.Kind)
            {
                case "text":
                    return entry.Message;
                case "frame":
                    bool outgoing = entry.Direction == "out";
                    return Dim(entry.Time, colour) + Paint(outgoing ? "  CP -> CSMS  " : "  CP <- CSMS  ", outgoing ? "36" : "32", colour) + entry.Frame;
                case "clock":
                    return Dim(entry.Time, colour) + Paint("  the charger's clock now reads " + entry.ChargerTime +
                        " (log times go on from the start, so they never go back)", "35", colour);
                case "log":
                    string level = entry.Level == "error" ? "31" : entry.Level == "warn" ? "33" : null;
                    return Dim(entry.Time, colour) + "  " + Paint(entry.Level.PadRight(5) + " " + entry.Component + ": " + entry.Message, level, colour);
                default:
                    return Dim(entry.Time, colour) + "  " + Paint(entry.Message, "1", colour);
            }
        }

        private static string Dim(string text, bool colour) => Paint(text, "2", colour);

        private static string Paint(string text, string code, bool colour)
        {
            return colour && code != null ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
        }
    }
}
