using System.IO;
using System.Text;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// A writer whose every line goes through <see cref="ConsoleLog.Print"/>, so the emulator's own messages keep the
    /// console's format (one JSON object a line under --json) and its order among the frames.
    /// </summary>
    public sealed class LogLineWriter : TextWriter
    {
        private readonly ConsoleLog _log;
        private readonly StringBuilder _line = new StringBuilder();

        public LogLineWriter(ConsoleLog log)
        {
            _log = log;
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                _log.Print(_line.ToString().TrimEnd('\r'));
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }

        public override void WriteLine(string value)
        {
            _line.Append(value);
            Write('\n');
        }
    }
}
