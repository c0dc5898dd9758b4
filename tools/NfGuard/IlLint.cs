using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;

namespace NfGuard
{
    /// <summary>
    /// Checks an emitted device assembly against what the nanoFramework 1.x metadata processor and runtime accept:
    /// no generics at all, at most 64 KiB of byte code and of strings, at most 255 methods of each kind per type.
    /// </summary>
    public static class IlLint
    {
        public const int ByteCodeLimit = 65536;
        public const int UserStringLimit = 65536;
        public const int MethodsPerKindLimit = 255;

        public const string GenericDefinition = "NF1001";
        public const string GenericMethodInstance = "NF1002";
        public const string GenericTypeInstance = "NF1003";
        public const string ByteCodeOverflow = "NF1004";
        public const string UserStringOverflow = "NF1005";
        public const string TooManyMethods = "NF1006";

        /// <summary>Lints the image; source locations are taken from the compilation where a symbol has one.</summary>
        public static IlLintResult Check(byte[] image, Compilation compilation, DeviceProject project)
        {
            var errors = new List<GuardDiagnostic>();
            using (var pe = new PEReader(ImmutableArray.Create(image)))
            {
                MetadataReader reader = pe.GetMetadataReader();
                var locator = new SourceLocator(compilation, project);

                CheckGenericDefinitions(reader, locator, errors);
                CheckGenericInstantiations(reader, project, errors);

                int ilBytes = 0;
                int maxStatic = 0, maxInstance = 0, maxVirtual = 0, typeCount = 0;
                foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
                {
                    TypeDefinition type = reader.GetTypeDefinition(typeHandle);
                    string typeName = TypeNameProvider.Name(reader, typeHandle);
                    if (typeName == "<Module>")
                    {
                        continue;
                    }

                    typeCount++;
                    int statics = 0, instances = 0, virtuals = 0;
                    foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
                    {
                        MethodDefinition method = reader.GetMethodDefinition(methodHandle);
                        if ((method.Attributes & MethodAttributes.Static) != 0)
                        {
                            statics++;
                        }
                        else if ((method.Attributes & MethodAttributes.Virtual) != 0)
                        {
                            virtuals++;
                        }
                        else
                        {
                            instances++;
                        }

                        if (method.RelativeVirtualAddress != 0)
                        {
                            ilBytes += pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader().Length;
                        }
                    }

                    CheckMethodCount(typeName, "static", statics, locator, errors);
                    CheckMethodCount(typeName, "instance", instances, locator, errors);
                    CheckMethodCount(typeName, "virtual", virtuals, locator, errors);
                    maxStatic = Math.Max(maxStatic, statics);
                    maxInstance = Math.Max(maxInstance, instances);
                    maxVirtual = Math.Max(maxVirtual, virtuals);
                }

                int userStrings = reader.GetHeapSize(HeapIndex.UserString);
                int names = reader.GetHeapSize(HeapIndex.String);
                var figures = new AssemblyFigures(project.AssemblyName, ilBytes, userStrings, names, typeCount, maxStatic, maxInstance, maxVirtual);

                if (ilBytes >= ByteCodeLimit)
                {
                    errors.Add(GuardDiagnostic.ForFile(project.Path, ByteCodeOverflow,
                        $"{project.AssemblyName} has {ilBytes:N0} bytes of IL; nanoFramework allows less than {ByteCodeLimit:N0} per assembly. Split it into several assemblies",
                        project.Name));
                }

                if (userStrings >= UserStringLimit)
                {
                    errors.Add(GuardDiagnostic.ForFile(project.Path, UserStringOverflow,
                        $"{project.AssemblyName} has {userStrings:N0} bytes of string literals; nanoFramework allows less than {UserStringLimit:N0} per assembly. Move text out of code or split the assembly",
                        project.Name));
                }

                return new IlLintResult(figures, errors);
            }
        }

        private static void CheckMethodCount(string typeName, string kind, int count, SourceLocator locator, List<GuardDiagnostic> errors)
        {
            if (count > MethodsPerKindLimit)
            {
                errors.Add(locator.ForType(typeName, TooManyMethods,
                    $"type '{typeName}' has {count} {kind} methods; nanoFramework allows at most {MethodsPerKindLimit} per type"));
            }
        }

        private static void CheckGenericDefinitions(MetadataReader reader, SourceLocator locator, List<GuardDiagnostic> errors)
        {
            if (reader.GetTableRowCount(TableIndex.GenericParam) == 0)
            {
                return;
            }

            foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(typeHandle);
                string typeName = TypeNameProvider.Name(reader, typeHandle);
                if (type.GetGenericParameters().Count > 0)
                {
                    errors.Add(locator.ForType(typeName, GenericDefinition,
                        $"generic type '{typeName}' is not supported by nanoFramework 1.x (no generics)"));
                }

                foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
                {
                    MethodDefinition method = reader.GetMethodDefinition(methodHandle);
                    if (method.GetGenericParameters().Count > 0)
                    {
                        string methodName = reader.GetString(method.Name);
                        errors.Add(locator.ForMethod(typeName, methodName, GenericDefinition,
                            $"generic method '{typeName}.{methodName}' is not supported by nanoFramework 1.x (no generics)"));
                    }
                }
            }
        }

        private static void CheckGenericInstantiations(MetadataReader reader, DeviceProject project, List<GuardDiagnostic> errors)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            int methodSpecs = reader.GetTableRowCount(TableIndex.MethodSpec);
            for (int row = 1; row <= methodSpecs; row++)
            {
                MethodSpecification spec = reader.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row));
                string name = MethodName(reader, spec.Method) + "<" + string.Join(", ", spec.DecodeSignature(TypeNameProvider.Instance, null)) + ">";
                if (reported.Add(name))
                {
                    errors.Add(GuardDiagnostic.ForFile(project.Path, GenericMethodInstance,
                        $"{project.AssemblyName} calls generic method '{name}'; nanoFramework 1.x has no generics", project.Name));
                }
            }

            int typeSpecs = reader.GetTableRowCount(TableIndex.TypeSpec);
            for (int row = 1; row <= typeSpecs; row++)
            {
                TypeSpecificationHandle handle = MetadataTokens.TypeSpecificationHandle(row);
                BlobReader blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
                if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
                {
                    continue;
                }

                string name = TypeNameProvider.Name(reader, handle);
                if (reported.Add(name))
                {
                    errors.Add(GuardDiagnostic.ForFile(project.Path, GenericTypeInstance,
                        $"{project.AssemblyName} uses generic type '{name}'; nanoFramework 1.x has no generics", project.Name));
                }
            }
        }

        private static string MethodName(MetadataReader reader, EntityHandle method)
        {
            if (method.Kind == HandleKind.MethodDefinition)
            {
                MethodDefinition definition = reader.GetMethodDefinition((MethodDefinitionHandle)method);
                return TypeNameProvider.Name(reader, definition.GetDeclaringType()) + "." + reader.GetString(definition.Name);
            }

            MemberReference reference = reader.GetMemberReference((MemberReferenceHandle)method);
            return TypeNameProvider.Name(reader, reference.Parent) + "." + reader.GetString(reference.Name);
        }

        /// <summary>Points an assembly-level finding at the source declaration when there is one, else at the project file.</summary>
        private sealed class SourceLocator
        {
            private readonly Compilation compilation;
            private readonly DeviceProject project;

            public SourceLocator(Compilation compilation, DeviceProject project)
            {
                this.compilation = compilation;
                this.project = project;
            }

            public GuardDiagnostic ForType(string metadataName, string code, string message)
            {
                return At(compilation.GetTypeByMetadataName(metadataName), code, message);
            }

            public GuardDiagnostic ForMethod(string typeMetadataName, string methodName, string code, string message)
            {
                INamedTypeSymbol type = compilation.GetTypeByMetadataName(typeMetadataName);
                ISymbol method = type?.GetMembers(methodName).OfType<IMethodSymbol>().FirstOrDefault(m => m.IsGenericMethod);
                return At(method ?? type, code, message);
            }

            private GuardDiagnostic At(ISymbol symbol, string code, string message)
            {
                Location location = symbol?.Locations.FirstOrDefault(l => l.IsInSource);
                if (location == null)
                {
                    return GuardDiagnostic.ForFile(project.Path, code, message, project.Name);
                }

                FileLinePositionSpan span = location.GetLineSpan();
                return new GuardDiagnostic(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, code, message, project.Name);
            }
        }
    }

    public sealed class IlLintResult
    {
        public IlLintResult(AssemblyFigures figures, IReadOnlyList<GuardDiagnostic> errors)
        {
            Figures = figures;
            Errors = errors;
        }

        public AssemblyFigures Figures { get; }

        public IReadOnlyList<GuardDiagnostic> Errors { get; }
    }
}
