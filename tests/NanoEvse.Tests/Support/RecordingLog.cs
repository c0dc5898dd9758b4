using System.Collections.Generic;
using NanoEvse.Hal;

namespace NanoEvse.Tests.Support
{
    /// <summary>Keeps every log line and frame so tests can assert on what the charger reported.</summary>
    public sealed class RecordingLog : ILog
    {
        public List<string> Lines { get; } = new List<string>();
        public List<string> Frames { get; } = new List<string>();

        public void Write(LogLevel level, string component, string message)
        {
            lock (Lines)
            {
                Lines.Add(level + " " + component + ": " + message);
            }
        }

        public void Frame(bool outgoing, string frame)
        {
            lock (Frames)
            {
                Frames.Add((outgoing ? "> " : "< ") + frame);
            }
        }
    }
}
