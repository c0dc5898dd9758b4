namespace NanoEvse.Emulator.Commands
{
    /// <summary>Hands out a parsed script's commands in order; the run ends after the last one.</summary>
    public sealed class ScriptSource : ICommandSource
    {
        private readonly EmulatorScript _script;
        private int _next;

        public ScriptSource(EmulatorScript script)
        {
            _script = script;
        }

        public bool Finished => _next >= _script.Commands.Count;

        public bool StopsOnError => true;

        public bool TryNext(out EmulatorCommand command, out string error)
        {
            error = null;
            command = Finished ? null : _script.Commands[_next++];
            return command != null;
        }

        public string Where(EmulatorCommand command) => _script.Where(command);
    }
}
