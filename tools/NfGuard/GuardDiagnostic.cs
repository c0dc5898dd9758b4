using System.Globalization;

namespace NfGuard
{
    /// <summary>One error, printed in the canonical MSBuild format so that Exec turns it into a build error.</summary>
    public sealed class GuardDiagnostic
    {
        public GuardDiagnostic(string file, int line, int column, string code, string message, string project)
        {
            File = file;
            Line = line;
            Column = column;
            Code = code;
            Message = message;
            Project = project;
        }

        /// <summary>Full path of the file the error is about (a source file, project file or packages.config).</summary>
        public string File { get; }

        /// <summary>1-based line, or 0 when the error is about the whole file.</summary>
        public int Line { get; }

        public int Column { get; }

        /// <summary>CSxxxx for compiler errors, NFxxxx for the guard's own rules.</summary>
        public string Code { get; }

        public string Message { get; }

        /// <summary>Name of the device project (or "profile") the error belongs to.</summary>
        public string Project { get; }

        public static GuardDiagnostic ForFile(string file, string code, string message, string project)
        {
            return new GuardDiagnostic(file, 0, 0, code, message, project);
        }

        public override string ToString()
        {
            string position = Line > 0
                ? string.Format(CultureInfo.InvariantCulture, "({0},{1})", Line, Column)
                : string.Empty;
            return $"{File}{position}: error {Code}: {Message} [{Project}]";
        }
    }
}
