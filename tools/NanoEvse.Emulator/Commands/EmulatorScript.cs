using System.Collections.Generic;
using System.IO;

namespace NanoEvse.Emulator.Commands
{
    /// <summary>A file of commands, one a line, run in order by <c>--script</c>; the demo is a built-in one.</summary>
    public sealed class EmulatorScript
    {
        private EmulatorScript(string name, IReadOnlyList<EmulatorCommand> commands)
        {
            Name = name;
            Commands = commands;
        }

        /// <summary>Where errors say the script came from: its path, or "demo".</summary>
        public string Name { get; }

        public IReadOnlyList<EmulatorCommand> Commands { get; }

        /// <summary>The script, or null with the first bad line's number and what is wrong with it in <paramref name="error"/>.</summary>
        public static EmulatorScript Parse(string name, IReadOnlyList<string> lines, int connectors, out string error)
        {
            error = null;
            List<EmulatorCommand> commands = new List<EmulatorCommand>();
            for (int i = 0; i < lines.Count; i++)
            {
                EmulatorCommand command = CommandParser.Parse(lines[i], connectors, out string lineError, i + 1);
                if (lineError != null)
                {
                    error = name + " line " + (i + 1) + ": " + lineError;
                    return null;
                }

                if (command != null)
                {
                    commands.Add(command);
                }
            }

            return new EmulatorScript(name, commands);
        }

        /// <summary>Reads and parses a script file; null with the reason when it cannot be read or has a bad line.</summary>
        public static EmulatorScript Load(string path, int connectors, out string error)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(path);
            }
            catch (IOException e)
            {
                error = "cannot read --script " + path + ": " + e.Message;
                return null;
            }
            catch (System.UnauthorizedAccessException e)
            {
                error = "cannot read --script " + path + ": " + e.Message;
                return null;
            }

            return Parse(path, lines, connectors, out error);
        }

        /// <summary>Where a command of this script is, for a message about it.</summary>
        public string Where(EmulatorCommand command)
        {
            return Name + " line " + command.Line;
        }
    }
}
