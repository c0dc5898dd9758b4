using System.IO;
using NanoEvse.Hal;

namespace NanoEvse.ProvisioningTool
{
    /// <summary>Shows what the firmware's storage classes report while the tool uses them.</summary>
    public sealed class OutputLog : ILog
    {
        private readonly TextWriter _output;

        public OutputLog(TextWriter output)
        {
            _output = output;
        }

        public void Write(LogLevel level, string component, string message)
        {
            _output.WriteLine(level + " [" + component + "] " + message);
        }

        public void Frame(bool outgoing, string frame)
        {
            // The tool opens no OCPP connection, so there are no frames to show.
        }
    }
}
