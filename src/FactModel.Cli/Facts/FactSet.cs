using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Cli.Input;
using FactModel.Specs;
using FactModel.Validation;
using FactModel.Validation.Rules;

namespace FactModel.Cli.Facts;

/// <summary>
/// Everything a command knows after loading: the files with their facts, the source documents, every diagnostic in a
/// deterministic order, and the facts the model keeps (for each id its first definition, by file path then position,
/// as the generator keeps them), listed by section and id. The facts of referenced models (<c>--references</c>) are not
/// among them: they are only looked up, to name a fact this model refers to (<see cref="Resolve"/>).
/// </summary>
internal sealed class FactSet
{
    private readonly Dictionary<string, FactDefinition> _byId = new(StringComparer.Ordinal);

    public FactSet(IReadOnlyList<LoadedFactFile> files, IReadOnlyList<SourceDocument>? documents, IEnumerable<FactDiagnostic> diagnostics,
        FactModel.Core.Kinds.ProjectKinds? kinds = null, ReferencedFacts? referenced = null)
    {
        var project = kinds ?? FactModel.Core.Kinds.ProjectKinds.BuiltIn;
        Kinds = project.Catalog;
        OwnKinds = Kinds.Kinds.Where(k => !FactModel.Core.Kinds.BuiltInKinds.Catalog.TryGet(k.Id, out _) && project.NamespaceOf(k.Id) is null).ToList();
        Referenced = referenced ?? ReferencedFacts.None;
        Files = files;
        Documents = documents;
        Diagnostics = diagnostics
            .OrderBy(d => d.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Span.StartLine).ThenBy(d => d.Span.StartColumn)
            .ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();

        var byParsed = files.ToDictionary<LoadedFactFile, ParsedFactFile>(f => f.Parsed, ReferenceEqualityComparer.Instance);
        foreach (var (file, fact) in DefinitionOrder.Definitions(files.Select(f => f.Parsed)))
            _byId.Add(fact.Id, new FactDefinition(fact, byParsed[file]));
        Definitions = _byId.Values.OrderBy(d => d.Fact.Section)
            .ThenBy(d => (d.Fact as DeclaredFactSpec)?.SectionName ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        DeclaredSections = Kinds.SectionKinds.Where(k => !FactModel.Core.Kinds.BuiltInKinds.Catalog.TryGet(k.Id, out _))
            .Select(k => k.Section!).ToList();

        DocumentSpecs = files.OrderBy(f => f.Parsed.FilePath, StringComparer.Ordinal)
            .SelectMany(f => f.Parsed.Documents)
            .GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The kinds the facts may be of: the built-in ones, those the referenced models declare, and those the files declare.</summary>
    public FactModel.Core.Kinds.KindCatalog Kinds { get; }

    /// <summary>The kinds these fact files declare (not the built-in ones, nor those of referenced models), in declaration order.</summary>
    public IReadOnlyList<FactModel.Core.Kinds.KindDeclaration> OwnKinds { get; }

    /// <summary>The referenced models (<c>--references</c>): their facts may be referred to, but are not this model's.</summary>
    public ReferencedFacts Referenced { get; }

    /// <summary>The fact files read, in path order.</summary>
    public IReadOnlyList<LoadedFactFile> Files { get; }

    /// <summary>The source documents; null when none were looked for (and quotes were not checked).</summary>
    public IReadOnlyList<SourceDocument>? Documents { get; }

    /// <summary>Every diagnostic of parsing and validation, by file, line, column, id and message.</summary>
    public IReadOnlyList<FactDiagnostic> Diagnostics { get; }

    /// <summary>The facts the model keeps, by section (actors, places, events, figures, then the declared sections by name) and then id.</summary>
    public IReadOnlyList<FactDefinition> Definitions { get; }

    /// <summary>
    /// The sections declared kinds have (<c>casualty-reports</c>), with facts or not: those of referenced models' kinds
    /// (facts of them may be written here, and the generated model has a class for each), then the project's own, in
    /// declaration order.
    /// </summary>
    public IReadOnlyList<string> DeclaredSections { get; }

    /// <summary>The facts written in the declared section <paramref name="section"/>, by id.</summary>
    public IEnumerable<FactDefinition> InSection(string section) =>
        Definitions.Where(d => d.Fact is DeclaredFactSpec declared && declared.SectionName == section);

    /// <summary>The <c>documents:</c> entries, the first of each id, by id.</summary>
    public IReadOnlyList<DocumentSpec> DocumentSpecs { get; }

    /// <summary>How many diagnostics are errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == FactSeverity.Error);

    /// <summary>How many diagnostics are warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == FactSeverity.Warning);

    /// <summary>The facts of type <typeparamref name="T"/>, by id.</summary>
    public IEnumerable<T> All<T>() where T : FactSpec => Definitions.Select(d => d.Fact).OfType<T>();

    /// <summary>The definition of <paramref name="id"/>, if a fact has it.</summary>
    public bool TryGet(string id, out FactDefinition definition) => _byId.TryGetValue(id, out definition!);

    /// <summary>The fact with <paramref name="id"/>, or null.</summary>
    public FactSpec? Find(string id) => _byId.TryGetValue(id, out var definition) ? definition.Fact : null;

    /// <summary>
    /// The fact <paramref name="id"/> names: this model's, or else a referenced model's (<see cref="ReferencedModelOf"/>
    /// says which); null when no fact has it.
    /// </summary>
    public FactSpec? Resolve(string id) => Find(id) ?? Referenced.Find(id);

    /// <summary>The referenced model whose fact <paramref name="id"/> is, when this model has no fact of that id; else null.</summary>
    public ReferencedFactSet? ReferencedModelOf(string id) => _byId.ContainsKey(id) ? null : Referenced.ModelOf(id);

    /// <summary>Every id a fact has, for "did you mean" suggestions.</summary>
    public IEnumerable<string> Ids => _byId.Keys;
}
