using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Core.Kinds;
using FactModel.Core.Model;
using FactModel.Core.Parsing;
using FactModel.Core.Yaml;
using FactModel.Specs;
using FactModel.Validation;
using FactModel.Validation.Rules;

namespace FactModel.Core;

/// <summary>A fact file or source document as a front end read it: the path diagnostics name, and its text.</summary>
public sealed record InputText(string Path, string Text);

/// <summary>What <see cref="FactSetAnalysis.Analyze"/> found: each file parsed, the documents, and every diagnostic.</summary>
/// <param name="Files">The fact files parsed, in the order given.</param>
/// <param name="Documents">The source documents; null when none were given (then quotes are not looked up).</param>
/// <param name="Diagnostics">The parser's diagnostics of each file, then the rules between facts, then each file's sources.</param>
public sealed record FactSetAnalysisResult(IReadOnlyList<ParsedFactFile> Files, IReadOnlyList<SourceDocument>? Documents,
    IReadOnlyList<FactDiagnostic> Diagnostics)
{
    /// <summary>The kinds the facts may be of: the built-in kinds and those the files declare.</summary>
    public ProjectKinds Kinds { get; init; } = ProjectKinds.BuiltIn;
}

/// <summary>
/// The one front door to parsing and checking fact files. Every front end goes through it: the command-line tool and
/// the run-time validator call <see cref="Analyze"/> or <see cref="Validate"/>; the generator, which runs the same
/// stages one by one as incremental steps, calls the same functions (<see cref="Parse"/>, <see cref="ReadDocument"/>,
/// <see cref="Guarded"/>, <see cref="InternalError"/>) and the same rules. Whatever escapes a stage becomes FM9001 on
/// the file being processed, never a crash: the generator runs inside the compiler and the IDE.
/// </summary>
public static class FactSetAnalysis
{
    /// <summary>Parses <paramref name="factFiles"/>, reads <paramref name="documents"/> and runs every rule.</summary>
    /// <remarks>With <paramref name="documents"/> null, sources are not looked up (FM3001 and FM3002 are not checked).</remarks>
    /// <param name="referenced">The fact models these facts may refer to, use the kinds of, and must not reuse the ids of (other assemblies' for the build, other folders' for the command-line tool).</param>
    public static FactSetAnalysisResult Analyze(IEnumerable<InputText> factFiles, IEnumerable<InputText>? documents,
        FactFileLimits? limits = null, CancellationToken cancellationToken = default, ReferencedModels? referenced = null)
    {
        var inputs = factFiles.ToList();
        limits ??= FactFileLimits.Default;
        var declarations = inputs.Select(f => ReadKinds(f.Path, f.Text, limits, cancellationToken)).ToList();
        var (kinds, kindDiagnostics) = BuildKinds(declarations, cancellationToken, referenced);
        var files = inputs.Select(f => Parse(f.Path, f.Text, limits, cancellationToken, kinds)).ToList();
        var read = documents?.Select(d => ReadDocument(d.Path, d.Text)).ToList();
        var diagnostics = kindDiagnostics.Concat(files.SelectMany(f => f.Diagnostics))
            .Concat(Validate(files, read, cancellationToken, kinds.Catalog, referenced)).ToList();
        return new FactSetAnalysisResult(files, read, diagnostics) { Kinds = kinds };
    }

    /// <summary>
    /// The model a set of fact files makes, as another model that refers to it sees it (<see cref="ReferencedModel"/>):
    /// what the command-line tool reads from a folder named with <c>--references</c>, as the build reads it from an
    /// assembly's metadata. The facts are the definitions the model keeps (the first of each id).
    /// </summary>
    public static ReferencedModel AsReferencedModel(string name, string @namespace, FactSetAnalysisResult analysis)
    {
        var facts = DefinitionOrder.Definitions(analysis.Files).Select(d => new ReferencedFact(d.Fact.Id, d.Fact.Declaration.Id))
            .OrderBy(f => f.Id, StringComparer.Ordinal).ToEquatableArray();
        var declared = analysis.Kinds.Catalog.Kinds.Where(k => !BuiltInKinds.Catalog.TryGet(k.Id, out _) && analysis.Kinds.NamespaceOf(k.Id) is null);
        return new ReferencedModel(name, @namespace, facts, declared.ToEquatableArray());
    }

    /// <summary>
    /// The kinds one fact file declares in its <c>kinds:</c> section; a file without one is not parsed for it. An
    /// unexpected exception becomes FM9001 on the file, and its declarations are left out.
    /// </summary>
    public static DeclaredKindsFile ReadKinds(string path, string text, FactFileLimits limits, CancellationToken cancellationToken = default)
    {
        try
        {
            return KindDeclarationReader.ReadFile(path, text, BuiltInKinds.All, limits, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new DeclaredKindsFile(path, default, new[] { InternalError(path, e) }.ToEquatableArray());
        }
    }

    /// <summary>
    /// The project's kinds from every file's declarations, checked (FM1010); if the check itself fails, the built-in
    /// kinds alone, with FM9001.
    /// </summary>
    public static (ProjectKinds Kinds, EquatableArray<FactDiagnostic> Diagnostics) BuildKinds(IReadOnlyList<DeclaredKindsFile> files,
        CancellationToken cancellationToken = default, ReferencedModels? referenced = null)
    {
        try
        {
            return ProjectKinds.Build(files, cancellationToken, referenced);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            string path = files.FirstOrDefault(f => !f.Kinds.IsEmpty)?.FilePath ?? "";
            return (ProjectKinds.BuiltIn, new[] { InternalError(path, e) }.ToEquatableArray());
        }
    }

    /// <summary>
    /// Runs the rules between facts (FM1005, FM1007, FM2xxx) once over <paramref name="files"/>, and each file's
    /// sources (FM3xxx) against <paramref name="documents"/>, each guarded apart so that a failure costs only its part.
    /// </summary>
    public static List<FactDiagnostic> Validate(IReadOnlyList<ParsedFactFile> files, IReadOnlyList<SourceDocument>? documents,
        CancellationToken cancellationToken = default, KindCatalog? kinds = null, ReferencedModels? referenced = null)
    {
        var diagnostics = new List<FactDiagnostic>(Guarded(files.Count == 0 ? "" : files[0].FilePath, () => ValidateConsistency(files, cancellationToken, kinds, referenced)));
        var byName = documents is null ? null : SourceDocuments.Of(documents);
        foreach (var file in files) diagnostics.AddRange(Guarded(file.FilePath, () => SourceValidator.Validate(file, byName, cancellationToken)));
        return diagnostics;
    }

    /// <summary>The rules between facts, without the sources.</summary>
    /// <remarks>
    /// The rules run in stages over per-file summaries (<see cref="FactFileSummary"/>), the same stages the incremental
    /// generator runs one by one; here they run in a row, giving the ids and names first, then references, cycles,
    /// dates and figures, each in definition order.
    /// </remarks>
    public static List<FactDiagnostic> ValidateConsistency(IReadOnlyList<ParsedFactFile> files, CancellationToken cancellationToken = default,
        KindCatalog? kinds = null, ReferencedModels? referenced = null)
    {
        var summaries = files.Select(f => FactFileSummary.From(f, cancellationToken)).ToList();
        var ids = IdRules.Check(summaries.Select(s => s.Ids), cancellationToken, referenced, kinds);
        var diagnostics = new List<FactDiagnostic>(ids.Diagnostics);
        foreach (var file in DefinitionOrder.OfFiles(files, f => f.FilePath))
            diagnostics.AddRange(ReferenceRules.Check(file, ids.Index, kinds, cancellationToken));
        diagnostics.AddRange(CycleRules.Check(summaries.Select(s => s.Edges), ids.Index, cancellationToken));
        diagnostics.AddRange(DateRules.Check(summaries.Select(s => s.Dates), ids.Index, cancellationToken));
        diagnostics.AddRange(FigureRules.Check(summaries.Select(s => s.Figures), ids.Index, cancellationToken));
        return diagnostics;
    }

    /// <summary>Parses one fact file; an unexpected exception becomes FM9001 on it, with no facts.</summary>
    /// <param name="kinds">The project's kinds (<see cref="BuildKinds"/>); the built-in kinds when null.</param>
    public static ParsedFactFile Parse(string path, string text, FactFileLimits limits, CancellationToken cancellationToken = default,
        ProjectKinds? kinds = null)
    {
        try
        {
            return FactFileParser.Parse(path, text, limits, cancellationToken, kinds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ParsedFactFile(path, EquatableArray<FactSpec>.Empty, EquatableArray<DocumentSpec>.Empty,
                new[] { InternalError(path, e) }.ToEquatableArray());
        }
    }

    /// <summary>A source document, named as sources cite it: its file name without the extension.</summary>
    public static SourceDocument ReadDocument(string path, string text) => SourceDocument.FromText(DocumentName(path), path, text);

    /// <summary>The name sources cite a document by: <c>seeds/blinken-arrives-in-israel.txt</c> → <c>blinken-arrives-in-israel</c>.</summary>
    public static string DocumentName(string path)
    {
        int start = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1;
        int dot = path.LastIndexOf('.');
        return dot > start ? path.Substring(start, dot - start) : path.Substring(start);
    }

    /// <summary>Runs a rule; an unexpected exception becomes FM9001 on <paramref name="filePath"/>.</summary>
    public static EquatableArray<FactDiagnostic> Guarded(string? filePath, Func<List<FactDiagnostic>> rule)
    {
        try
        {
            return rule().ToEquatableArray();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new[] { InternalError(filePath ?? "", e) }.ToEquatableArray();
        }
    }

    /// <summary>FM9001: FactModel itself failed on <paramref name="path"/>; the message names the exception.</summary>
    public static FactDiagnostic InternalError(string path, Exception e) =>
        FactDiagnostic.Create(DiagnosticCatalog.InternalError, path, default, path, e.GetType().Name, e.Message);
}
