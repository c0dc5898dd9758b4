using System;

namespace NanoEvse.Hal.Esp32
{
    /// <summary>
    /// Writes the log to the device debug output. Console.WriteLine is used rather than Debug.WriteLine,
    /// which is [Conditional("DEBUG")] and would vanish from release builds.
    /// </summary>
    public sealed class DebugLog : ILog
    {
        public void Write(LogLevel level, string component, string message)
        {
            Console.WriteLine(LevelTag(level) + " [" + component + "] " + message);
        }

        public void Frame(bool outgoing, string frame)
        {
            Console.WriteLine((outgoing ? ">> " : "<< ") + frame);
        }

        // Enum.ToString() yields the number on the device, so the tags are spelled out.
        private static string LevelTag(LogLevel level)
        {
            switch (level)
            {
                case LogLevel.Debug:
                    return "DBG";
                case LogLevel.Info:
                    return "INF";
                case LogLevel.Warning:
                    return "WRN";
                default:
                    return "ERR";
            }
        }
    }
}
