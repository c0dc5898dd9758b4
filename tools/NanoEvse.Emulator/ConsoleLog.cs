using System;
using System.IO;
using System.Text.Json;
using NanoEvse.Hal;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// Prints every OCPP frame with its time and direction, plus the firmware's own log lines. The times are the
    /// charger's wall clock at the start plus its monotonic time since, so they never go back when the CSMS sets the
    /// clock; a line says when the charger's wall clock moved away from them, and --json carries both on every event.
    /// The lines go out through a Spectre.Console console over the given writer (<see cref="OutputConsole"/>); --json
    /// lines are written to the writer as they are.
    /// </summary>
    public sealed class ConsoleLog : ILog, IDisposable
    {
        private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

        /// <summary>Differences below this are the clock's rounding, not a setting.</summary>
        private static readonly TimeSpan ClockJump = TimeSpan.FromSeconds(1);

        private readonly TextWriter _output;
        private readonly IAnsiConsole _console;
        private readonly StreamWriter _file;
        private readonly IClock _clock;
        private readonly LogStyle _style;
        private readonly LogPalette _palette;
        private readonly DateTime _startUtc;
        private readonly long _startMs;
        private readonly object _gate = new object();
        private TimeSpan _shownOffset;

        public ConsoleLog(TextWriter console, string filePath, IClock clock, LogStyle style = null)
        {
            _output = console;
            _clock = clock;
            _style = style ?? new LogStyle();
            _console = OutputConsole.Create(console, _style.Colour);
            _palette = new LogPalette(_style.Colour);
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

        /// <summary>A Spectre widget, e.g. the summary's table: laid out by Spectre on the console, a text event a line under --json.</summary>
        public void Print(IRenderable widget)
        {
            Emit(new LogEvent { Kind = "text", Message = OutputConsole.PlainText(widget), Widget = widget });
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
                    _file?.WriteLine(Line(entry).ToString());
                }

                Emitted?.Invoke(entry);
            }
        }

        private void Show(LogEvent entry, bool toFile)
        {
            if (!_style.Json)
            {
                _console.Write(entry.Widget ?? Line(entry));
            }
            else if (entry.Widget == null)
            {
                WriteJson(entry);
            }
            else
            {
                // A line of a widget is a text event, like every other line the emulator prints.
                foreach (string line in entry.Message.Split('\n'))
                {
                    WriteJson(new LogEvent { Kind = "text", Message = line });
                }
            }

            if (toFile)
            {
                _file?.WriteLine(Line(entry).ToString());
            }
        }

        private void WriteJson(LogEvent entry)
        {
            _output.WriteLine(JsonSerializer.Serialize(entry, LogEventJson.Default.LogEvent));
        }

        private LogLine Line(LogEvent entry)
        {
            LogLine line = new LogLine();
            switch (entry.Kind)
            {
                case "text":
                    return line.Add(entry.Message);
                case "frame":
                    bool outgoing = entry.Direction == "out";
                    return line.Add(entry.Time, _palette.Time)
                        .Add(outgoing ? "  CP -> CSMS  " : "  CP <- CSMS  ", outgoing ? _palette.Sent : _palette.Received)
                        .Add(entry.Frame);
                case "clock":
                    return line.Add(entry.Time, _palette.Time).Add("  the charger's clock now reads " + entry.ChargerTime +
                        " (log times go on from the start, so they never go back)", _palette.Clock);
                case "log":
                    Style level = entry.Level == "error" ? _palette.Error : entry.Level == "warn" ? _palette.Warning : Style.Plain;
                    return line.Add(entry.Time, _palette.Time).Add("  ").Add(entry.Level.PadRight(5) + " " + entry.Component + ": " + entry.Message, level);
                default:
                    return line.Add(entry.Time, _palette.Time).Add("  ").Add(entry.Message, _palette.Note);
            }
        }
    }
}
