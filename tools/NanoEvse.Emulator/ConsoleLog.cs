using System;
using System.IO;
using NanoEvse.Hal;

namespace NanoEvse.Emulator
{
    /// <summary>Prints every OCPP frame with its UTC time and direction, plus the firmware's own log lines.</summary>
    public sealed class ConsoleLog : ILog, IDisposable
    {
        private readonly TextWriter _console;
        private readonly StreamWriter _file;
        private readonly IClock _clock;
        private readonly object _gate = new object();

        public ConsoleLog(TextWriter console, string filePath, IClock clock)
        {
            _console = console;
            _clock = clock;
            if (filePath != null)
            {
                _file = new StreamWriter(filePath, append: false) { AutoFlush = true };
            }
        }

        public int FramesSent { get; private set; }
        public int FramesReceived { get; private set; }

        /// <summary>The CALLs seen so far, by action, and whether one of the charger's waits for its answer.</summary>
        public FrameTally Tally { get; } = new FrameTally();

        /// <summary>A line from the emulator itself (commands and their outcome), stamped with the charger's time.</summary>
        public void Note(string message)
        {
            Emit(Stamp() + "  " + message, toFile: false);
        }

        /// <summary>Lines printed as they are, e.g. help and the summary.</summary>
        public void Print(string text)
        {
            Emit(text, toFile: false);
        }

        public void Write(LogLevel level, string component, string message)
        {
            Emit(Stamp() + "  " + LevelName(level) + " " + component + ": " + message, toFile: false);
        }

        public void Frame(bool outgoing, string frame)
        {
            if (outgoing)
            {
                FramesSent++;
            }
            else
            {
                FramesReceived++;
            }

            Tally.Observe(outgoing, frame);

            Emit(Stamp() + (outgoing ? "  CP -> CSMS  " : "  CP <- CSMS  ") + frame, toFile: true);
        }

        public void Dispose()
        {
            _file?.Dispose();
        }

        private string Stamp() => _clock.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

        private static string LevelName(LogLevel level)
        {
            switch (level)
            {
                case LogLevel.Error: return "error";
                case LogLevel.Warning: return "warn ";
                case LogLevel.Debug: return "debug";
                default: return "info ";
            }
        }

        private void Emit(string line, bool toFile)
        {
            lock (_gate)
            {
                _console.WriteLine(line);
                if (toFile)
                {
                    _file?.WriteLine(line);
                }
            }
        }
    }
}
