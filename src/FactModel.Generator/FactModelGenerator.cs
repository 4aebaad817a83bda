using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactModel.Core;
using FactModel.Core.Kinds;
using FactModel.Core.Model;
using FactModel.Core.Parsing;
using FactModel.Core.Yaml;
using FactModel.Generator.Diagnostics;
using FactModel.Generator.Emit;
using FactModel.Generator.Pipeline;
using FactModel.Specs;
using FactModel.Validation;
using FactModel.Validation.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactModel.Generator;

/// <summary>
/// Reads the YAML fact files given to the compiler as AdditionalFiles and emits a typed, immutable C# model of them.
/// The pipeline, top to bottom: classify and read each input file; parse and summarize each fact file on its own; build the
/// directory of ids every file may refer to; validate the rules between facts across files (each rule over a per-file
/// summary of just what it reads), and each file's quotes against the documents; emit each fact file's text, put the
/// texts into a few sources by a stable hash of their paths, and emit one catalog. Every step's model is
/// value-equatable, so an edit re-runs only what depends on it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactModelGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(GeneratorSettings.Read)
            .WithTrackingName(TrackingNames.Settings);

        // Every step that holds one entry per file is a table the driver carries over on every run, and a value edit
        // copies each of them: at 500 fact files, the tables cost more than the edit's own work. So what is made of a
        // file alone is made in as few steps per file as keep edits incremental: one that classifies and reads every
        // input file (its severities, its kind declarations, a document ready for quote matching), one that parses and
        // summarizes each fact file, and then only the steps that also read something over every file (a file's
        // references, figures, quotes and text). The steps over every file take their parts from one collection of
        // the files: a part is a list of references to the files' cached values, so it compares equal in a pass of
        // reference checks when no file's part changed, and the step that reads it stays cached.
        var textsWithOptions = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider);
        var inputs = textsWithOptions
            .Select((input, ct) => InputFile.Of(input, ct))
            .WithTrackingName(TrackingNames.InputFiles);
        var allInputs = inputs.Collect();

        // The severities the project sets (.editorconfig, per file). The per-file rules take them with their other
        // inputs and hand them on with their diagnostics.
        var severities = allInputs
            .Select((files, _) => SeverityTable.From(files.Select(file => file.Severities)))
            .WithTrackingName(TrackingNames.Severities);

        // The fact models of referenced assemblies, read from each reference's metadata: cached per reference, so
        // only a change of references reads them again.
        var referencedModels = context.MetadataReferencesProvider
            .Select((reference, ct) => ReferencedModelReader.Read(reference, ct))
            .Where(model => model is not null)
            .Collect()
            .Select((models, _) => ReferencedModels.Of(models!))
            .WithTrackingName(TrackingNames.ReferencedModels);

        // The kinds a project declares come first: every fact file is parsed against them. Each file's declarations
        // are read with the file; the project's kinds hold no positions, so editing facts (or moving a declaration)
        // leaves them equal and the parse of other files cached.
        var projectKinds = allInputs
            .Select((files, _) => files.Where(file => file.Kinds is not null).Select(file => file.Kinds!).ToEquatableArray())
            .WithTrackingName(TrackingNames.KindDeclarations)
            .Combine(referencedModels)
            .Select((input, ct) => FactSetAnalysis.BuildKinds(input.Left, ct, input.Right))
            .WithTrackingName(TrackingNames.ProjectKinds);
        var kinds = projectKinds.Select((check, _) => check.Kinds);
        var catalog = kinds.Select((k, _) => k.Catalog);

        var factFiles = inputs
            .Where(input => input.Kind == InputKind.FactFile)
            .Combine(kinds)
            .Select((input, ct) => SummarizedFactFile.Of(input.Left.Path, input.Left.Text, input.Left.Limits, input.Right, ct))
            .WithTrackingName(TrackingNames.ParsedFactFiles);
        var allFactFiles = factFiles.Collect();

        var documents = allInputs
            .Select((files, _) => files.Where(file => file.Document is not null).Select(file => file.Document!).ToEquatableArray())
            .WithTrackingName(TrackingNames.SourceDocuments)
            .Select((documents, _) => SourceDocuments.Of(documents))
            .WithTrackingName(TrackingNames.DocumentsByName);

        // Built from each file's ids, kinds and names, which a value edit leaves equal: then it is not built again.
        var directory = allFactFiles
            .Select((files, _) => PartOfEach(files, file => file.Directory))
            .WithTrackingName(TrackingNames.DirectoryFiles)
            .Combine(catalog)
            .Select((input, ct) => FactDirectory.Build(input.Left, ct, input.Right))
            .WithTrackingName(TrackingNames.Directory);

        // The rules between facts, in stages cut by the data they read (see FactModel.Validation.Rules): each file is
        // summarized when it is parsed, and each global rule reads only its own part of the summaries, so it re-runs
        // only when that part of some file changed. A value edit re-runs the edited file's references and figure rules.
        var idCheck = allFactFiles
            .Select((files, _) => PartOfEach(files, file => file.Summary.Ids))
            .WithTrackingName(TrackingNames.IdSummaries)
            .Combine(referencedModels)
            .Combine(catalog)
            .Select((input, ct) => Guard.CheckIds(input.Left.Left, input.Left.Right, input.Right, ct))
            .WithTrackingName(TrackingNames.IdRules);

        var index = idCheck
            .Select((check, _) => check.Index)
            .WithTrackingName(TrackingNames.DefinitionIndex);

        var references = factFiles
            .Combine(index.Combine(catalog).Combine(severities))
            .Select((input, ct) => (input.Right.Left.Left is { } definitions
                ? FactSetAnalysis.Guarded(input.Left.Parsed.FilePath, () => ReferenceRules.Check(input.Left.Parsed, definitions, input.Right.Left.Right, ct))
                : EquatableArray<FactDiagnostic>.Empty, input.Right.Right))
            .WithTrackingName(TrackingNames.ReferenceRules);

        var cycles = allFactFiles
            .Select((files, _) => PartOfEach(files, file => file.Summary.Edges))
            .WithTrackingName(TrackingNames.EdgeSummaries)
            .Combine(index)
            .Select((input, ct) => Guard.ValidateAll(input.Left, input.Right, CycleRules.Check, ct))
            .WithTrackingName(TrackingNames.CycleRules);

        var dates = allFactFiles
            .Select((files, _) => PartOfEach(files, file => file.Summary.Dates))
            .WithTrackingName(TrackingNames.DateSummaries)
            .Combine(index)
            .Select((input, ct) => Guard.ValidateAll(input.Left, input.Right, DateRules.Check, ct))
            .WithTrackingName(TrackingNames.DateRules);

        // The figure rules run per file, against the values of the wholes that file's figures name: a value edit of a
        // figure that is no whole leaves the index of wholes equal, and only the edited file is checked again; one of
        // a whole changes the index, and each file takes its part of it again (a lookup per whole it names), but only
        // the files whose part changed, and the edited file, are checked again.
        var wholeIds = allFactFiles
            .Select((files, _) => PartOfEach(files, file => file.NamedWholes))
            .WithTrackingName(TrackingNames.NamedWholes)
            .Select((ids, _) => FigureRules.WholeIds(ids))
            .WithTrackingName(TrackingNames.WholeIds);
        var wholes = allFactFiles
            .Combine(wholeIds)
            .Select((input, _) => PartOfEach(input.Left, file => file.WholesIn(input.Right)))
            .WithTrackingName(TrackingNames.WholesInFiles)
            .Combine(index)
            .Select((input, _) => input.Right is { } definitions ? WholeIndex.Of(input.Left, definitions) : new WholeIndex(default))
            .WithTrackingName(TrackingNames.Wholes);
        // The summary's own failure (FM9001) travels with the figures, to be reported with the file's figure rules; the
        // definitions and severities travel too, so that the figure rules need no step per file of their own to join them.
        var figures = factFiles
            .Combine(wholes.Combine(index).Combine(severities))
            .Select((input, _) =>
            {
                var (figures, values, errors) = Guard.WholeValues(input.Left, input.Right.Left.Left);
                return (Figures: figures, Wholes: values, Errors: errors, Definitions: input.Right.Left.Right, Severities: input.Right.Right);
            })
            .WithTrackingName(TrackingNames.WholeValues)
            .Select((input, ct) => (input.Errors.IsEmpty
                ? input.Definitions is { } definitions
                    ? FactSetAnalysis.Guarded(input.Figures.FilePath, () => FigureRules.CheckFile(input.Figures, input.Wholes, definitions, ct))
                    : EquatableArray<FactDiagnostic>.Empty
                : input.Errors, input.Severities))
            .WithTrackingName(TrackingNames.FigureRules);

        // Each file's quotes against the documents, reported with the file's own diagnostics from parsing: both change
        // only when the file or the documents do.
        var provenance = factFiles
            .Combine(documents.Combine(severities))
            .Select((input, ct) => (WithParseDiagnostics(input.Left.Parsed,
                FactSetAnalysis.Guarded(input.Left.Parsed.FilePath, () => SourceValidator.Validate(input.Left.Parsed, input.Right.Left, ct))), input.Right.Right))
            .WithTrackingName(TrackingNames.SourceValidation);

        // Files that could not be read (they are rare), from the collection of every input file.
        var readErrors = allInputs
            .Select((files, _) => files.Where(input => input.ReadError is not null).Select(ReadError).ToEquatableArray());
        context.RegisterSourceOutput(readErrors.Combine(severities), Report);
        context.RegisterSourceOutput(projectKinds.Select((check, _) => check.Diagnostics).Combine(severities), Report);
        context.RegisterSourceOutput(idCheck.Select((check, _) => check.Diagnostics).Combine(severities), Report);
        // Per file: the references, the figures (with the summary's failure), the quotes (with the parse); over all files: cycles and dates.
        context.RegisterSourceOutput(references, Report);
        context.RegisterSourceOutput(cycles.Combine(severities), Report);
        context.RegisterSourceOutput(dates.Combine(severities), Report);
        context.RegisterSourceOutput(figures, Report);
        context.RegisterSourceOutput(provenance, Report);
        var model = directory.Combine(kinds).Combine(referencedModels).Select((input, _) => new ModelParts(input.Left.Left, input.Left.Right, input.Right));
        // Each file's text is a cached value of its own, and the files share a few sources (OutputGroups): a C#-only edit
        // carries over a source per group, not one per file, and a value edit writes only the edited file's group again.
        var emittedFiles = factFiles
            .Combine(model.Combine(settings))
            .Select((input, ct) => EmitFactFile(input.Left.Parsed, input.Right.Left, input.Right.Right, ct))
            .WithTrackingName(TrackingNames.EmittedFactFiles);
        var allEmittedFiles = emittedFiles.Collect();
        var groups = allEmittedFiles.Select((files, ct) => OutputGroups.Of(files, ct));
        var outputGroups = groups
            .SelectMany((groups, _) => groups)
            .WithTrackingName(TrackingNames.OutputGroups);
        context.RegisterSourceOutput(outputGroups, EmitOutputGroup);
        // The groups' chunks, which the catalog lists: a value edit leaves them equal, and the catalog as it was.
        var chunkLayout = groups
            .Select((groups, _) => ChunkLayout.Of(groups))
            .WithTrackingName(TrackingNames.ChunkLayout);
        // Only models held as strings (before C# 11) fill the assembly's string heap; UTF-8 data does not. Each file's
        // share is counted as it is emitted, so that no other step per file is needed for it.
        var literalBytes = allEmittedFiles
            .Select((files, _) => files.Sum(file => file.LiteralBytes))
            .WithTrackingName(TrackingNames.StringLiterals);
        context.RegisterSourceOutput(literalBytes.Select((bytes, _) => StringLiteralBudget.Check(bytes)).Combine(severities), Report);
        context.RegisterSourceOutput(model.Combine(chunkLayout).Combine(settings), (spc, input) =>
            Guard.Emit(spc, "FactCatalog.g.cs", "the fact catalog", () => CatalogEmitter.Emit(input.Left.Left, input.Left.Right, input.Right, spc.CancellationToken)));
        // What the model publishes for the assemblies that reference it: its ids, kinds and namespace.
        context.RegisterSourceOutput(model.Combine(settings), (spc, input) =>
            Guard.Emit(spc, "FactModel.Metadata.g.cs", "the model's metadata", () => ModelMetadataEmitter.Emit(input.Left, input.Right)));
        // The classes of the project's own kinds, one source each: they change only when the declarations do.
        context.RegisterSourceOutput(kinds.Combine(settings), (spc, input) => EmitDeclaredKinds(spc, input.Left, input.Right));
    }

    /// <summary>The file's namespace block; an unexpected exception becomes FM9001 on the file, for its group to report.</summary>
    internal static EmittedFactFile EmitFactFile(ParsedFactFile file, ModelParts model, GeneratorSettings settings, CancellationToken cancellationToken)
    {
        string relativePath = InputFile.RelativePath(file.FilePath, settings.ProjectDirectory);
        try
        {
            var emitted = FactFileEmitter.Emit(file, relativePath, model, settings, cancellationToken);
            return new EmittedFactFile(relativePath, emitted?.Block,
                literalBytes: settings.Utf8Data ? 0 : StringLiteralBudget.BytesOf(file, model.Kinds.Catalog),
                chunks: emitted?.Chunks ?? default, @namespace: settings.Namespace, chunkFunctions: emitted?.ChunkFunctions ?? "");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new EmittedFactFile(relativePath, null, FactSetAnalysis.InternalError(file.FilePath, e));
        }
    }

    private static void EmitOutputGroup(SourceProductionContext context, OutputGroup group)
    {
        foreach (var file in group.Files)
        {
            if (file.Error is { } error) context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(error)!);
        }
        Guard.Emit(context, HintNames.ForGroup(group.Index), $"the fact files of {HintNames.ForGroup(group.Index)}", () => OutputGroupEmitter.Emit(group));
    }

    private static void EmitDeclaredKinds(SourceProductionContext context, ProjectKinds kinds, GeneratorSettings settings)
    {
        var declared = DeclaredKindEmitter.DeclaredKinds(kinds).ToList();
        if (declared.Count == 0 && kinds.External.IsEmpty) return;
        Guard.Emit(context, "Kinds.g.cs", "the project's kinds", () => DeclaredKindEmitter.EmitShared(kinds, settings));
        foreach (var kind in declared)
            Guard.Emit(context, $"Kinds.{Kebab.ToPascalCase(kind.Id)}.g.cs", $"the kind '{kind.Id}'", () => DeclaredKindEmitter.Emit(kind, kinds, settings));
    }

    /// <summary>
    /// The part <paramref name="part"/> of each file, in order: a list of references to values the files' own steps made
    /// and the driver keeps, so that it compares equal to the last run's in a pass of reference checks when no file's
    /// part changed.
    /// </summary>
    private static EquatableArray<TPart> PartOfEach<TPart>(ImmutableArray<SummarizedFactFile> files, Func<SummarizedFactFile, TPart> part)
    {
        var parts = new TPart[files.Length];
        for (int i = 0; i < parts.Length; i++) parts[i] = part(files[i]);
        return new EquatableArray<TPart>(parts);
    }

    /// <summary>The file's diagnostics from parsing, then <paramref name="diagnostics"/>.</summary>
    private static EquatableArray<FactDiagnostic> WithParseDiagnostics(ParsedFactFile file, EquatableArray<FactDiagnostic> diagnostics) =>
        file.Diagnostics.IsEmpty ? diagnostics : diagnostics.IsEmpty ? file.Diagnostics : file.Diagnostics.Concat(diagnostics).ToEquatableArray();

    private static FactDiagnostic ReadError(InputFile input) =>
        FactDiagnostic.Create(DiagnosticCatalog.InternalError, input.Path, default, input.Path, "a read error", input.ReadError!);

    private static void Report(SourceProductionContext context, (FactDiagnostic? Diagnostic, SeverityTable Severities) input)
    {
        if (input.Diagnostic is { } diagnostic && DiagnosticDescriptors.ToDiagnostic(diagnostic, input.Severities) is { } reported)
            context.ReportDiagnostic(reported);
    }

    private static void Report(SourceProductionContext context, (EquatableArray<FactDiagnostic> Diagnostics, SeverityTable Severities) input)
    {
        foreach (var diagnostic in input.Diagnostics)
        {
            if (DiagnosticDescriptors.ToDiagnostic(diagnostic, input.Severities) is { } reported) context.ReportDiagnostic(reported);
        }
    }

    /// <summary>
    /// Runs the stages that <see cref="FactSetAnalysis"/> has no guarded form of (they return more than diagnostics)
    /// so that nothing escapes into the compiler: an unexpected exception becomes FM9001 on the file being processed
    /// (an exception that escaped would cost the user every generated file, as CS8785).
    /// </summary>
    private static class Guard
    {
        /// <summary>
        /// The figures of one file with the values of the wholes they name, and the failures (FM9001) its figure rules
        /// report in place of checking: the file's summary's (<paramref name="summaryError"/>), or this lookup's.
        /// </summary>
        public static (FigureSummary Figures, WholeValues Wholes, EquatableArray<FactDiagnostic> Errors) WholeValues(SummarizedFactFile file, WholeIndex wholes)
        {
            var figures = file.Summary.Figures;
            if (file.SummaryError is { } summaryError) return (figures, Validation.Rules.WholeValues.None, new[] { summaryError }.ToEquatableArray());
            try
            {
                return (figures, wholes.ValuesOf(file.NamedWholes), default);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return (figures, Validation.Rules.WholeValues.None, new[] { FactSetAnalysis.InternalError(figures.FilePath, e) }.ToEquatableArray());
            }
        }

        /// <summary>The id rules; without an index (they failed) the later rules stay silent rather than find nothing defined.</summary>
        public static (EquatableArray<FactDiagnostic> Diagnostics, DefinitionIndex? Index) CheckIds(EquatableArray<IdSummary> ids, ReferencedModels referenced,
            KindCatalog kinds, CancellationToken cancellationToken)
        {
            try
            {
                var check = IdRules.Check(ids, cancellationToken, referenced, kinds);
                return (check.Diagnostics, check.Index);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return (new[] { FactSetAnalysis.InternalError(ids.IsEmpty ? "" : ids[0].FilePath, e) }.ToEquatableArray(), null);
            }
        }

        /// <summary>A rule over every file's summary, reported (if it fails) on the first file.</summary>
        public static EquatableArray<FactDiagnostic> ValidateAll<TSummary>(EquatableArray<TSummary> summaries, DefinitionIndex? index,
            Func<IEnumerable<TSummary>, DefinitionIndex, CancellationToken, List<FactDiagnostic>> rule, CancellationToken cancellationToken)
            where TSummary : IFileSummary =>
            index is null ? EquatableArray<FactDiagnostic>.Empty
                : FactSetAnalysis.Guarded(summaries.IsEmpty ? null : summaries[0].FilePath, () => rule(summaries, index, cancellationToken));

        public static void Emit(SourceProductionContext context, string hintName, string origin, Func<string?> emit) =>
            Emit(context, hintName, origin, () => emit() is { } source ? SourceText.From(source, System.Text.Encoding.UTF8) : null);

        public static void Emit(SourceProductionContext context, string hintName, string origin, Func<SourceText?> emit)
        {
            try
            {
                if (emit() is { } source) context.AddSource(hintName, source);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(FactSetAnalysis.InternalError(origin, e))!);
            }
        }
    }
}
