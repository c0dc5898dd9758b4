namespace NanoEvse.Emulator
{
    /// <summary>What the console shows and how: --quiet, --no-frames, --json, and colour on a terminal.</summary>
    public sealed class LogStyle
    {
        /// <summary>ANSI colours; only for a terminal, so pipes, files and tests get plain text.</summary>
        public bool Colour { get; set; }

        /// <summary>OCPP frames on the console (the --log file gets them whatever this says).</summary>
        public bool Frames { get; set; } = true;

        /// <summary>The firmware's info and debug lines; warnings and errors are always shown.</summary>
        public bool Info { get; set; } = true;

        /// <summary>One JSON object a line instead of text.</summary>
        public bool Json { get; set; }
    }
}
