namespace NanoEvse.Emulator.Commands
{
    /// <summary>Where a run's commands come from: the console, a script, or the demo.</summary>
    public interface ICommandSource
    {
        /// <summary>The next command or a bad line's error; false when there is none right now.</summary>
        bool TryNext(out EmulatorCommand command, out string error);

        /// <summary>True once there will be no more commands, which ends the run.</summary>
        bool Finished { get; }

        /// <summary>A failed command ends the run (scripts), or is only reported (the console).</summary>
        bool StopsOnError { get; }

        /// <summary>Where <paramref name="command"/> came from, for an error about it.</summary>
        string Where(EmulatorCommand command);
    }
}
