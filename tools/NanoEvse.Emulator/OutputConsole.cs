using System.IO;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace NanoEvse.Emulator
{
    /// <summary>Spectre consoles over the emulator's own writers, not the global AnsiConsole, so a caller's writer gets it all.</summary>
    public static class OutputConsole
    {
        /// <summary>
        /// The width when the output is not a terminal (a pipe, a file, a test's writer): tables lay out the same there
        /// whatever the terminal the emulator was started from. Log lines are never wrapped at any width (<see cref="LogLine"/>).
        /// </summary>
        public const int RedirectedWidth = 200;

        public static IAnsiConsole Create(TextWriter writer, bool colour)
        {
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                // Without colour, no escape code at all: not even bold or dim.
                Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
                ColorSystem = colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
                // Spectre turns ANSI on under the CI servers it knows; here LogStyle.Colour alone decides.
                Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
            });
            if (!console.Profile.Out.IsTerminal)
            {
                console.Profile.Width = RedirectedWidth;
            }

            return console;
        }

        /// <summary>
        /// A widget laid out as plain text, its lines separated by \n. Its pieces' text is taken as it is, whatever
        /// their styles, so nothing reaches System.Console's colours.
        /// </summary>
        public static string PlainText(IRenderable widget)
        {
            StringBuilder text = new StringBuilder();
            foreach (Segment piece in widget.GetSegments(Create(new StringWriter(), colour: false)))
            {
                if (!piece.IsControlCode)
                {
                    text.Append(piece.Text);
                }
            }

            return text.ToString().ReplaceLineEndings("\n").TrimEnd('\n');
        }
    }
}
