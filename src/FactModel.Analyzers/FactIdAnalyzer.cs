using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace FactModel.Analyzers;

/// <summary>
/// FM4001: a constant string passed as the id to a fact model's <c>TryGet</c> (<c>FactCatalog.TryGet</c>,
/// <c>Actors.TryGet</c>...) that is not an id of the model, or not one of that section, with the nearest id as a
/// suggestion. The ids are read from the model's compiled code, the <c>[FactId]</c> attribute of each property, never
/// from YAML: so it checks the model the code really calls, in this project or in a referenced one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FactIdAnalyzer : DiagnosticAnalyzer
{
    public const string DiagnosticId = "FM4001";

    /// <summary>The key of the diagnostic's property that holds the suggested id, for the code fix.</summary>
    public const string SuggestionKey = "Suggestion";

    internal static readonly DiagnosticDescriptor UnknownId = new(
        DiagnosticId,
        "Id that the fact model does not have",
        "'{0}' is not the id of {1} of the fact model{2}",
        "FactModel.Usage",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The id passed to TryGet is a constant that no fact of the model (or of the section) has, so the lookup always fails at run time.",
        helpLinkUri: "https://github.com/factmodel/factmodel/blob/main/docs/diagnostics.md#fm4001");

    /// <summary>The classes a fact model generates, with the kind of fact each one's TryGet finds.</summary>
    internal static readonly ImmutableArray<(string Class, string Noun)> Sections = ImmutableArray.Create(
        ("Actors", "an actor"), ("Places", "a place"), ("Events", "an event"), ("Figures", "a figure"));

    private const string Catalog = "FactCatalog";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(UnknownId);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Only where the runtime library is referenced; each model's ids are read once per compilation.
            var attribute = start.Compilation.GetTypeByMetadataName("FactModel.FactIdAttribute");
            var fact = start.Compilation.GetTypeByMetadataName("FactModel.Fact");
            if (attribute is null || fact is null) return;
            var models = new System.Collections.Concurrent.ConcurrentDictionary<INamespaceSymbol, FactModelIds>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(
                operation => Analyze(operation, attribute, fact, models), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol attribute, INamedTypeSymbol fact,
        System.Collections.Concurrent.ConcurrentDictionary<INamespaceSymbol, FactModelIds> models)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!IsTryGet(invocation.TargetMethod, fact, out var section)) return;
        var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
        if (argument?.Value.ConstantValue is not { HasValue: true, Value: string id }) return;

        var model = models.GetOrAdd(invocation.TargetMethod.ContainingNamespace, ns => FactModelIds.Read(ns, attribute));
        var ids = section is null ? model.All : model.IdsOf(section);
        if (ids.Contains(id)) return;

        string? nearest = FactModel.Specs.NearestName.Of(id, ids);
        var properties = nearest is null ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(SuggestionKey, nearest);
        string noun = section is null ? "a fact" : Sections.First(s => s.Class == section).Noun;
        context.ReportDiagnostic(Diagnostic.Create(UnknownId, argument.Value.Syntax.GetLocation(), properties,
            id, noun, nearest is null ? "" : $" (did you mean '{nearest}'?)"));
    }

    /// <summary>
    /// True for the <c>TryGet(string id, out T fact)</c> of a class a fact model generates: <c>FactCatalog</c> (then
    /// <paramref name="section"/> is null) or a section class, static, with <c>T</c> a fact type of the runtime library.
    /// </summary>
    internal static bool IsTryGet(IMethodSymbol method, INamedTypeSymbol fact, out string? section)
    {
        section = null;
        if (method.Name != "TryGet" || !method.IsStatic || method.Parameters.Length != 2) return false;
        var type = method.ContainingType;
        if (type is null || !type.IsStatic || type.ContainingType is not null) return false;
        if (method.Parameters[0].Type.SpecialType != SpecialType.System_String || method.Parameters[1].RefKind != RefKind.Out) return false;
        if (!DerivesFrom(method.Parameters[1].Type, fact)) return false;
        if (type.Name == Catalog) return true;
        if (!Sections.Any(s => s.Class == type.Name)) return false;
        // A section class of a model sits beside its catalog.
        section = type.Name;
        return type.ContainingNamespace.GetTypeMembers(Catalog).Any(t => t.IsStatic);
    }

    private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol baseType)
    {
        for (var t = type as INamedTypeSymbol; t is not null; t = t.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, baseType)) return true;
        }
        return false;
    }
}

/// <summary>The ids of one fact model (one namespace), by section, from the <c>[FactId]</c> of its properties.</summary>
internal sealed class FactModelIds
{
    private readonly Dictionary<string, ImmutableHashSet<string>> _bySection;

    private FactModelIds(Dictionary<string, ImmutableHashSet<string>> bySection)
    {
        _bySection = bySection;
        All = bySection.Values.SelectMany(ids => ids).ToImmutableHashSet(StringComparer.Ordinal);
    }

    public ImmutableHashSet<string> All { get; }

    public ImmutableHashSet<string> IdsOf(string section) => _bySection[section];

    public static FactModelIds Read(INamespaceSymbol ns, INamedTypeSymbol attribute)
    {
        var bySection = new Dictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
        foreach (var (section, _) in FactIdAnalyzer.Sections)
        {
            bySection[section] = ns.GetTypeMembers(section)
                .SelectMany(type => PropertiesWithIds(type, attribute))
                .Select(p => p.Id)
                .ToImmutableHashSet(StringComparer.Ordinal);
        }
        return new FactModelIds(bySection);
    }

    /// <summary>The static properties of <paramref name="type"/> that carry a fact's id, with it.</summary>
    public static IEnumerable<(IPropertySymbol Property, string Id)> PropertiesWithIds(INamedTypeSymbol type, INamedTypeSymbol attribute)
    {
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            if (!property.IsStatic) continue;
            foreach (var data in property.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attribute)
                    && data.ConstructorArguments.Length == 1 && data.ConstructorArguments[0].Value is string id)
                    yield return (property, id);
            }
        }
    }
}
