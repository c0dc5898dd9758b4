namespace NanoEvse.Emulator.Commands
{
    /// <summary>One parsed command line, from the console, a script or the demo.</summary>
    public sealed class EmulatorCommand
    {
        public EmulatorCommand(CommandKind kind, string text)
        {
            Kind = kind;
            Text = text;
        }

        public CommandKind Kind { get; }

        /// <summary>The line as written, for echoing it.</summary>
        public string Text { get; }

        /// <summary>The connector it is about, 1 when the line names none.</summary>
        public int Connector { get; init; } = 1;

        /// <summary>The card (swipe, remote-start), the fault kind (fault) or the status (wait STATUS).</summary>
        public string Argument { get; init; }

        /// <summary>The words after the command's name, for commands that take several (csms, set, ev and the CSMS calls).</summary>
        public string[] Words { get; init; } = System.Array.Empty<string>();

        /// <summary>How long in charger time: the wait itself, or the most a conditional wait may take.</summary>
        public long Milliseconds { get; init; }

        /// <summary>The script line it came from; 0 for the console.</summary>
        public int Line { get; init; }
    }
}
