using Spectre.Console;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// The console log's styles, in the terminal's own sixteen colours so they follow its theme. Without colour every
    /// style is plain: for any other, Spectre's non-ANSI backend sets System.Console's colours, which would reach a
    /// terminal around the log's writer.
    /// </summary>
    public sealed class LogPalette
    {
        public LogPalette(bool colour)
        {
            Time = Pick(colour, new Style(decoration: Decoration.Dim));
            Note = Pick(colour, new Style(decoration: Decoration.Bold));
            Sent = Pick(colour, new Style(Color.Teal));
            Received = Pick(colour, new Style(Color.Green));
            Clock = Pick(colour, new Style(Color.Purple));
            Warning = Pick(colour, new Style(Color.Olive));
            Error = Pick(colour, new Style(Color.Maroon));
        }

        /// <summary>The time stamp that starts a line.</summary>
        public Style Time { get; }

        /// <summary>The emulator's own lines: commands and their outcome.</summary>
        public Style Note { get; }

        /// <summary>The direction of a frame the charger sent (CP -> CSMS).</summary>
        public Style Sent { get; }

        /// <summary>The direction of a frame the charger received (CP &lt;- CSMS).</summary>
        public Style Received { get; }

        /// <summary>The line that says the charger's clock was set.</summary>
        public Style Clock { get; }

        public Style Warning { get; }
        public Style Error { get; }

        private static Style Pick(bool colour, Style style)
        {
            return colour ? style : Style.Plain;
        }
    }
}
