using System;
using System.IO;
using NanoEvse.Emulator.Commands;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// The console asked for with --interactive: unlike the console a named CSMS gets by default, it is over at the
    /// end of its input, so a pipe of commands (or Ctrl+D) ends the run once every line is carried out.
    /// </summary>
    public sealed class InteractiveSource : ICommandSource
    {
        private readonly EndWatchingReader _input;
        private readonly ConsoleSource _console;
        private (EmulatorCommand Command, string Error)? _held;

        public InteractiveSource(TextReader input, int connectors)
        {
            _input = new EndWatchingReader(input);
            _console = new ConsoleSource(_input, connectors);
        }

        /// <summary>Called on the reading thread after each line and at the end of the input, to wake the main loop.</summary>
        public Action Arrived
        {
            set
            {
                _console.Arrived = value;
                _input.Ended = value;
            }
        }

        /// <summary>
        /// The reader queues a line before it reads the next, so once the end is seen one more look at the queue
        /// tells whether a last line is still to be taken.
        /// </summary>
        public bool Finished => _input.AtEnd && _held == null && !Hold();

        public bool StopsOnError => false;

        public bool TryNext(out EmulatorCommand command, out string error)
        {
            if (_held is (EmulatorCommand, string) held)
            {
                _held = null;
                (command, error) = held;
                return true;
            }

            return _console.TryNext(out command, out error);
        }

        public string Where(EmulatorCommand command) => _console.Where(command);

        private bool Hold()
        {
            if (!_console.TryNext(out EmulatorCommand command, out string error))
            {
                return false;
            }

            _held = (command, error);
            return true;
        }

        /// <summary>Passes lines through and notes when there are no more.</summary>
        private sealed class EndWatchingReader : TextReader
        {
            private readonly TextReader _inner;
            private volatile bool _atEnd;

            public EndWatchingReader(TextReader inner)
            {
                _inner = inner;
            }

            public bool AtEnd => _atEnd;

            public Action Ended { get; set; }

            public override string ReadLine()
            {
                string line;
                try
                {
                    line = _inner.ReadLine();
                }
                catch (IOException)
                {
                    line = null;
                }

                if (line == null)
                {
                    _atEnd = true;
                    Ended?.Invoke();
                }

                return line;
            }
        }
    }
}
