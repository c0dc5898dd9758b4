using NanoEvse.Hal;

namespace NanoEvse.Benchmarks
{
    /// <summary>Discards everything, so the figures measure the core and not the logging.</summary>
    internal sealed class SilentLog : ILog
    {
        public void Write(LogLevel level, string component, string message)
        {
        }

        public void Frame(bool outgoing, string frame)
        {
        }
    }
}
