using System;
using System.Diagnostics;

namespace NfGuard
{
    /// <summary>
    /// nfguard --solution nf.sln --profile tools/NanoFrameworkProfile [--packages folder]
    /// --packages holds the real assemblies as &lt;id&gt;.&lt;version&gt;/&lt;LibPath&gt;; by default the nfpackages folder that
    /// NfGuard's build copies them into. Prints MSBuild-style error lines and one figures line per assembly; exit code 0 when clean, 1 on errors.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            string solution = null;
            string profile = null;
            string packages = NuGetAssembly.DefaultPackagesDirectory;
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                switch (args[i])
                {
                    case "--solution":
                        solution = args[i + 1];
                        break;
                    case "--profile":
                        profile = args[i + 1];
                        break;
                    case "--packages":
                        packages = args[i + 1];
                        break;
                    default:
                        return Usage();
                }
            }

            if (solution == null || profile == null || args.Length % 2 != 0)
            {
                return Usage();
            }

            Stopwatch clock = Stopwatch.StartNew();
            GuardResult result = GuardRunner.Run(solution, profile, packages);
            foreach (GuardDiagnostic error in result.Errors)
            {
                Console.WriteLine(error);
            }

            foreach (AssemblyFigures figures in result.Figures)
            {
                Console.WriteLine(figures);
            }

            Console.WriteLine($"NfGuard: {result.ProjectCount} device project(s), {result.Errors.Count} error(s), {clock.ElapsedMilliseconds} ms");
            return result.ExitCode;
        }

        private static int Usage()
        {
            Console.Error.WriteLine("usage: NfGuard --solution <nf.sln> --profile <NanoFrameworkProfile folder> [--packages <folder of <id>.<version>/lib/...>]");
            return 2;
        }
    }
}
