using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace NfGuard
{
    /// <summary>
    /// Compiles a device project the way the nanoFramework project system does: C# 9, no standard library, and
    /// warnings as errors when the project (or its Directory.Build.props) says so.
    /// </summary>
    public static class DeviceCompiler
    {
        /// <summary>The symbol nanoFramework builds define; portable code may use it for the few lines that differ.</summary>
        public static readonly string[] PreprocessorSymbols = { "NANOFRAMEWORK_1_0" };

        /// <summary>Written into the metadata header, as the real nanoFramework mscorlib's own header has it.</summary>
        public const string RuntimeMetadataVersion = "v4.0.30319";

        public static readonly CSharpParseOptions ParseOptions =
            new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: PreprocessorSymbols);

        public static DeviceCompilation Compile(DeviceProject project, IEnumerable<MetadataReference> references)
        {
            var trees = new List<SyntaxTree>();
            foreach (ProjectItem item in project.CompileItems)
            {
                using (FileStream stream = File.OpenRead(item.FullPath))
                {
                    SourceText text = SourceText.From(stream, Encoding.UTF8);
                    trees.Add(CSharpSyntaxTree.ParseText(text, ParseOptions, item.FullPath));
                }
            }

            var options = new CSharpCompilationOptions(
                project.IsExe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Disable,
                allowUnsafe: false,
                deterministic: true,
                generalDiagnosticOption: project.TreatWarningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default);
            CSharpCompilation compilation = CSharpCompilation.Create(project.AssemblyName, trees, references, options);

            using (var stream = new MemoryStream())
            {
                EmitResult result = compilation.Emit(stream, options: new EmitOptions(runtimeMetadataVersion: RuntimeMetadataVersion));
                var errors = result.Diagnostics
                    .Where(d => d.Severity == DiagnosticSeverity.Error)
                    .Select(d => ToGuardDiagnostic(d, project.Name, project.Path))
                    .ToList();
                byte[] image = result.Success ? stream.ToArray() : null;
                return new DeviceCompilation(compilation, image, errors);
            }
        }

        public static GuardDiagnostic ToGuardDiagnostic(Diagnostic diagnostic, string projectName, string fallbackFile = "")
        {
            if (diagnostic.Location.IsInSource)
            {
                FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
                return new GuardDiagnostic(
                    span.Path,
                    span.StartLinePosition.Line + 1,
                    span.StartLinePosition.Character + 1,
                    diagnostic.Id,
                    diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
                    projectName);
            }

            return GuardDiagnostic.ForFile(fallbackFile, diagnostic.Id, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), projectName);
        }
    }

    public sealed class DeviceCompilation
    {
        public DeviceCompilation(CSharpCompilation compilation, byte[] image, IReadOnlyList<GuardDiagnostic> errors)
        {
            Compilation = compilation;
            Image = image;
            Errors = errors;
        }

        public CSharpCompilation Compilation { get; }

        /// <summary>The emitted assembly, or null when compilation failed.</summary>
        public byte[] Image { get; }

        public IReadOnlyList<GuardDiagnostic> Errors { get; }
    }
}
