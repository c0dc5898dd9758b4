using System.Collections.Concurrent;
using System.IO;
using System.Threading;

namespace NanoEvse.Emulator.Commands
{
    /// <summary>
    /// Commands typed on the console, read on a thread of their own so the charger keeps polling while nobody types.
    /// The end of the input stops the reading, not the charger: a run without a console keeps going until Ctrl+C,
    /// --duration or quit.
    /// </summary>
    public sealed class ConsoleSource : ICommandSource
    {
        private readonly ConcurrentQueue<(EmulatorCommand Command, string Error)> _lines = new ConcurrentQueue<(EmulatorCommand, string)>();

        public ConsoleSource(TextReader input, int connectors)
        {
            Thread reader = new Thread(() => Read(input, connectors)) { IsBackground = true, Name = "emulator console" };
            reader.Start();
        }

        /// <summary>Called on the reading thread after each line, so a sleeping main loop takes the command at once.</summary>
        public System.Action Arrived { get; set; }

        public bool Finished => false;

        public bool StopsOnError => false;

        public bool TryNext(out EmulatorCommand command, out string error)
        {
            command = null;
            error = null;
            if (!_lines.TryDequeue(out (EmulatorCommand Command, string Error) line))
            {
                return false;
            }

            command = line.Command;
            error = line.Error;
            return true;
        }

        public string Where(EmulatorCommand command) => command.Text;

        private void Read(TextReader input, int connectors)
        {
            string line;
            while ((line = ReadLine(input)) != null)
            {
                EmulatorCommand command = CommandParser.Parse(line, connectors, out string error);
                if (command != null || error != null)
                {
                    _lines.Enqueue((command, error));
                    Arrived?.Invoke();
                }
            }
        }

        private static string ReadLine(TextReader input)
        {
            try
            {
                return input.ReadLine();
            }
            catch (IOException)
            {
                return null;
            }
        }
    }
}
