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
