using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NfGuard
{
    /// <summary>
    /// C# that Roslyn may compile but the nanoFramework 1.x toolchain or runtime cannot handle: the metadata
    /// processor rejects multidimensional arrays and pointer types, stackalloc needs pointers or Span&lt;T&gt;, dynamic
    /// needs a runtime binder the device does not have, and System.Decimal is excluded from the device's mscorlib.
    /// Everything else the device lacks (generics, LINQ, async, tuples, Nullable) is caught because the profile does
    /// not declare it, or by the IL lint.
    /// </summary>
    public static class DeviceSyntaxRules
    {
        public const string MultidimensionalArray = "NF0001";
        public const string Unsafe = "NF0002";
        public const string StackAlloc = "NF0003";
        public const string Dynamic = "NF0004";
        public const string Decimal = "NF0005";

        public static IReadOnlyList<GuardDiagnostic> Check(Compilation compilation, string projectName)
        {
            var errors = new List<GuardDiagnostic>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                var walker = new Walker(compilation, tree, projectName, errors);
                walker.Visit(tree.GetRoot());
            }

            return errors;
        }

        private sealed class Walker : CSharpSyntaxWalker
        {
            private readonly Compilation compilation;
            private readonly SyntaxTree tree;
            private readonly string projectName;
            private readonly List<GuardDiagnostic> errors;
            private SemanticModel model;

            public Walker(Compilation compilation, SyntaxTree tree, string projectName, List<GuardDiagnostic> errors)
            {
                this.compilation = compilation;
                this.tree = tree;
                this.projectName = projectName;
                this.errors = errors;
            }

            private SemanticModel Model => model ??= compilation.GetSemanticModel(tree);

            public override void VisitArrayRankSpecifier(ArrayRankSpecifierSyntax node)
            {
                if (node.Rank > 1)
                {
                    Report(node, MultidimensionalArray, "multidimensional arrays are not supported by nanoFramework; use a jagged array (T[][])");
                }

                base.VisitArrayRankSpecifier(node);
            }

            public override void VisitImplicitArrayCreationExpression(ImplicitArrayCreationExpressionSyntax node)
            {
                if (node.Commas.Count > 0)
                {
                    Report(node, MultidimensionalArray, "multidimensional arrays are not supported by nanoFramework; use a jagged array (T[][])");
                }

                base.VisitImplicitArrayCreationExpression(node);
            }

            public override void VisitPointerType(PointerTypeSyntax node)
            {
                Report(node, Unsafe, "pointer types are not supported by nanoFramework");
                base.VisitPointerType(node);
            }

            public override void VisitFunctionPointerType(FunctionPointerTypeSyntax node)
            {
                Report(node, Unsafe, "function pointers are not supported by nanoFramework");
                base.VisitFunctionPointerType(node);
            }

            public override void VisitUnsafeStatement(UnsafeStatementSyntax node)
            {
                Report(node, Unsafe, "unsafe code is not supported by nanoFramework");
                base.VisitUnsafeStatement(node);
            }

            public override void VisitFixedStatement(FixedStatementSyntax node)
            {
                Report(node, Unsafe, "fixed statements (pinned pointers) are not supported by nanoFramework");
                base.VisitFixedStatement(node);
            }

            public override void Visit(SyntaxNode node)
            {
                if (node is MemberDeclarationSyntax member)
                {
                    foreach (SyntaxToken modifier in member.Modifiers)
                    {
                        if (modifier.IsKind(SyntaxKind.UnsafeKeyword))
                        {
                            Report(modifier.GetLocation(), Unsafe, "unsafe code is not supported by nanoFramework");
                        }
                    }
                }

                base.Visit(node);
            }

            public override void VisitStackAllocArrayCreationExpression(StackAllocArrayCreationExpressionSyntax node)
            {
                Report(node, StackAlloc, "stackalloc is not supported by nanoFramework; allocate an array");
                base.VisitStackAllocArrayCreationExpression(node);
            }

            public override void VisitImplicitStackAllocArrayCreationExpression(ImplicitStackAllocArrayCreationExpressionSyntax node)
            {
                Report(node, StackAlloc, "stackalloc is not supported by nanoFramework; allocate an array");
                base.VisitImplicitStackAllocArrayCreationExpression(node);
            }

            public override void VisitPredefinedType(PredefinedTypeSyntax node)
            {
                if (node.Keyword.IsKind(SyntaxKind.DecimalKeyword))
                {
                    ReportDecimal(node);
                }

                base.VisitPredefinedType(node);
            }

            public override void VisitLiteralExpression(LiteralExpressionSyntax node)
            {
                if (node.Token.Value is decimal)
                {
                    ReportDecimal(node);
                }

                base.VisitLiteralExpression(node);
            }

            public override void VisitIdentifierName(IdentifierNameSyntax node)
            {
                string name = node.Identifier.ValueText;
                if (name == "dynamic")
                {
                    if (Model.GetTypeInfo(node).Type is IDynamicTypeSymbol)
                    {
                        Report(node, Dynamic, "dynamic is not supported by nanoFramework (there is no runtime binder)");
                    }
                }
                else if (name == "Decimal")
                {
                    if (Model.GetSymbolInfo(node).Symbol is ITypeSymbol type && type.SpecialType == SpecialType.System_Decimal)
                    {
                        ReportDecimal(node);
                    }
                }

                base.VisitIdentifierName(node);
            }

            private void ReportDecimal(SyntaxNode node)
            {
                Report(node, Decimal, "decimal is not available on nanoFramework (System.Decimal is excluded from the device's mscorlib); use double or scaled integers");
            }

            private void Report(SyntaxNode node, string code, string message)
            {
                Report(node.GetLocation(), code, message);
            }

            private void Report(Location location, string code, string message)
            {
                FileLinePositionSpan span = location.GetLineSpan();
                errors.Add(new GuardDiagnostic(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, code, message, projectName));
            }
        }
    }
}
