using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactModel.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace FactModel.CodeFixes;

/// <summary>
/// The fixes of FM4001, for an id with a suggestion: use the typed property of the suggested fact instead of the
/// lookup (<c>FactCatalog.TryGet("gaza-deth-toll", out var f)</c> becomes <c>Figures.GazaDeathToll is var f</c>, which
/// is true and gives <c>f</c> the fact's own type), or, where the id is a string literal, correct the id.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FactIdCodeFix)), Shared]
public sealed class FactIdCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(FactIdAnalyzer.DiagnosticId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(FactIdAnalyzer.SuggestionKey, out var suggestion) || suggestion is null) continue;
            var argument = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ArgumentSyntax>();
            if (argument?.Parent?.Parent is not InvocationExpressionSyntax invocation) continue;

            if (TypedProperty(model, invocation, suggestion, context.CancellationToken) is { } property
                && Replacement(invocation, property) is { } replacement)
            {
                string name = property.ContainingType.Name + "." + property.Name;
                context.RegisterCodeFix(CodeAction.Create($"Use {name}",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement.WithTriviaFrom(invocation)))),
                    equivalenceKey: "FM4001.Property"), diagnostic);
            }
            if (argument.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                var corrected = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion)).WithTriviaFrom(literal);
                context.RegisterCodeFix(CodeAction.Create($"Use '{suggestion}'",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, corrected))),
                    equivalenceKey: "FM4001.Id"), diagnostic);
            }
        }
    }

    /// <summary>The property of the model the lookup searches that returns the fact with <paramref name="id"/>.</summary>
    private static IPropertySymbol? TypedProperty(SemanticModel model, InvocationExpressionSyntax invocation, string id, CancellationToken cancellationToken)
    {
        var attributes = ModelAttributes.Of(model.Compilation);
        if (attributes is null || model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method) return null;
        var ns = method.ContainingType.ContainingNamespace;
        var sections = FactIdAnalyzer.Sections.Select(s => s.Class).Where(s => method.ContainingType.Name is "FactCatalog" || method.ContainingType.Name == s);
        return sections.SelectMany(s => ns.GetTypeMembers(s))
            .SelectMany(type => FactModelIds.Entries(type, attributes).Where(e => e.Id == id)
                .SelectMany(e => type.GetMembers(e.Property).OfType<IPropertySymbol>()))
            .FirstOrDefault(p => p.IsStatic && model.IsAccessible(invocation.SpanStart, p));
    }

    /// <summary>
    /// <c>Property is var f</c> for <c>TryGet(id, out var f)</c>, <c>Property is T f</c> for <c>TryGet(id, out T? f)</c>;
    /// null for another form (an existing variable, a discard), which has no such equivalent.
    /// </summary>
    private static ExpressionSyntax? Replacement(InvocationExpressionSyntax invocation, IPropertySymbol property)
    {
        if (invocation.ArgumentList.Arguments.Count != 2
            || invocation.ArgumentList.Arguments[1].Expression is not DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax variable } declaration)
            return null;
        var access = SyntaxFactory.ParseExpression(
                property.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + property.Name)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        var designation = SyntaxFactory.SingleVariableDesignation(variable.Identifier.WithoutTrivia());
        PatternSyntax pattern = declaration.Type.IsVar
            ? SyntaxFactory.VarPattern(designation)
            : SyntaxFactory.DeclarationPattern(
                (declaration.Type is NullableTypeSyntax nullable ? nullable.ElementType : declaration.Type).WithoutTrivia(), designation);
        return SyntaxFactory.IsPatternExpression(access, pattern).NormalizeWhitespace();
    }
}
