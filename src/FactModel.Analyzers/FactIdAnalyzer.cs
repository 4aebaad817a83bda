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
/// suggestion. The ids are read from the model's compiled code, the <c>[FactIds]</c> attribute of each part of its
/// section classes, never from YAML: so it checks the model the code really calls, in this project or in a referenced one.
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
            var attribute = ModelAttributes.Of(start.Compilation);
            var fact = start.Compilation.GetTypeByMetadataName("FactModel.Fact");
            if (attribute is null || fact is null) return;
            var models = new System.Collections.Concurrent.ConcurrentDictionary<INamespaceSymbol, FactModelIds>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(
                operation => Analyze(operation, attribute, fact, models), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, ModelAttributes attribute, INamedTypeSymbol fact,
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

/// <summary>
/// The ids of one fact model (one namespace), by section, from the compiled model: the <c>[FactIds]</c> of each part of
/// its section classes (each id with its property's name, separated by white space), and the <c>[FactId]</c> of each
/// property of a model compiled by a version before <c>[FactIds]</c>.
/// </summary>
internal sealed class FactModelIds
{
    private readonly Dictionary<string, ImmutableHashSet<string>> _bySection;

    private FactModelIds(Dictionary<string, ImmutableHashSet<string>> bySection, ImmutableHashSet<string> all)
    {
        _bySection = bySection;
        All = all;
    }

    /// <summary>Every id of the model: of the built-in sections and of the project's own (<c>FactCatalog.TryGet</c> finds them all).</summary>
    public ImmutableHashSet<string> All { get; }

    public ImmutableHashSet<string> IdsOf(string section) => _bySection[section];

    public static FactModelIds Read(INamespaceSymbol ns, ModelAttributes attributes)
    {
        var bySection = new Dictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
        foreach (var (section, _) in FactIdAnalyzer.Sections) bySection[section] = ImmutableHashSet<string>.Empty;
        var all = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var type in ns.GetTypeMembers())
        {
            if (!type.IsStatic) continue;
            var ids = Entries(type, attributes).Select(e => e.Id).ToImmutableHashSet(StringComparer.Ordinal);
            if (ids.IsEmpty) continue;
            all.UnionWith(ids);
            if (bySection.ContainsKey(type.Name)) bySection[type.Name] = ids;
        }
        return new FactModelIds(bySection, all.ToImmutable());
    }

    /// <summary>The ids of the facts of <paramref name="type"/>, each with the name of the property that returns it.</summary>
    public static IEnumerable<(string Id, string Property)> Entries(INamedTypeSymbol type, ModelAttributes attributes)
    {
        bool listed = false;
        foreach (var data in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attributes.Ids)
                && data.ConstructorArguments.Length == 1 && data.ConstructorArguments[0].Value is string list)
            {
                listed = true;
                foreach (var entry in FactIdList.Read(list)) yield return entry;
            }
        }
        // A model is compiled by one version: one that lists its ids has no [FactId] to look for among its properties.
        if (listed || attributes.Id is null) yield break;
        foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
        {
            if (!property.IsStatic) continue;
            foreach (var data in property.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(data.AttributeClass, attributes.Id)
                    && data.ConstructorArguments.Length == 1 && data.ConstructorArguments[0].Value is string id)
                    yield return (id, property.Name);
            }
        }
    }
}

/// <summary>
/// The runtime library's attributes that give a model's ids: <c>[FactIds]</c>, and <c>[FactId]</c>, which models compiled
/// before <c>[FactIds]</c> carry (null if a later library no longer has it).
/// </summary>
internal sealed record ModelAttributes(INamedTypeSymbol Ids, INamedTypeSymbol? Id)
{
    public static ModelAttributes? Of(Compilation compilation) =>
        compilation.GetTypeByMetadataName("FactModel.FactIdsAttribute") is { } ids
            ? new ModelAttributes(ids, compilation.GetTypeByMetadataName("FactModel.FactIdAttribute"))
            : null;
}
