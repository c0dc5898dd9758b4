using System.Collections.Generic;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace NanoEvse.Emulator
{
    /// <summary>
    /// One line of the console log in styled pieces. Spectre's Text and Markup wrap at the console's width; a log line
    /// is never wrapped nor cut, so a long OCPP frame stays whole for grep and copy. The pieces are text, not markup,
    /// so frames and card ids print as they are, brackets and all.
    /// </summary>
    public sealed class LogLine : IRenderable
    {
        private readonly List<Segment> _pieces = new List<Segment>();

        public LogLine Add(string text)
        {
            return Add(text, Style.Plain);
        }

        public LogLine Add(string text, Style style)
        {
            // A null message prints as an empty line, as TextWriter.WriteLine prints it.
            _pieces.Add(new Segment(text ?? string.Empty, style));
            return this;
        }

        public Measurement Measure(RenderOptions options, int maxWidth)
        {
            int width = Segment.CellCount(_pieces);
            return new Measurement(width, width);
        }

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
        {
            foreach (Segment piece in _pieces)
            {
                yield return piece;
            }

            yield return Segment.LineBreak;
        }

        /// <summary>The line without its styles, as the --log file keeps it.</summary>
        public override string ToString()
        {
            StringBuilder text = new StringBuilder();
            foreach (Segment piece in _pieces)
            {
                text.Append(piece.Text);
            }

            return text.ToString();
        }
    }
}
