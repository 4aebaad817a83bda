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
/// The pipeline, top to bottom: classify and read each input file; parse each fact file on its own; build the
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

        // Every node that holds one entry per file costs a C#-only edit a little (the driver carries each table over), so
        // the per-file chains are kept short where that costs no incrementality: each file is classified and read in
        // one step (a file of no FactModel kind is not read), and the steps share their combinations with settings.
        var textsWithOptions = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider);
        var inputs = textsWithOptions
            .Select((input, ct) => InputFile.KindOf(input, ct) is var kind && kind == InputKind.None
                ? new InputFile(kind, input.Left.Path, "")
                : InputFile.Read(input.Left, kind, ct))
            .WithTrackingName(TrackingNames.InputFiles);
        var factInputs = inputs.Where(input => input.Kind == InputKind.FactFile);

        // The severities the project sets (.editorconfig, per file). The per-file rules take them with their other
        // inputs and hand them on with their diagnostics, rather than each being combined with them file by file: that
        // would be one more table per file for the driver to carry on every run, and severities seldom change.
        var severities = textsWithOptions
            .Select(SeverityTable.Read)
            .Collect()
            .Select((files, _) => SeverityTable.From(files))
            .WithTrackingName(TrackingNames.Severities);

        // The kinds a project declares come first: every fact file is parsed against them. A file's declarations are
        // read on their own, and a file without a 'kinds:' line is not parsed for them; the project's kinds hold no
        // positions, so editing facts (or moving a declaration) leaves them equal and the parse of other files cached.
        // The fact models of referenced assemblies, read from each reference's metadata: cached per reference, so
        // only a change of references reads them again.
        var referencedModels = context.MetadataReferencesProvider
            .Select((reference, ct) => ReferencedModelReader.Read(reference, ct))
            .Where(model => model is not null)
            .Collect()
            .Select((models, _) => ReferencedModels.Of(models!))
            .WithTrackingName(TrackingNames.ReferencedModels);

        var limits = settings.Select((s, _) => s.Limits);
        var limitedInputs = factInputs.Combine(limits);
        var projectKinds = limitedInputs
            .Select((input, ct) => FactSetAnalysis.ReadKinds(input.Left.Path, input.Left.Text, input.Right, ct))
            .WithTrackingName(TrackingNames.KindDeclarations)
            .Collect()
            .Combine(referencedModels)
            .Select((input, ct) => FactSetAnalysis.BuildKinds(input.Left, ct, input.Right))
            .WithTrackingName(TrackingNames.ProjectKinds);
        var kinds = projectKinds.Select((check, _) => check.Kinds);
        var catalog = kinds.Select((k, _) => k.Catalog);

        var factFiles = limitedInputs
            .Combine(kinds)
            .Select((input, ct) => FactSetAnalysis.Parse(input.Left.Left.Path, input.Left.Left.Text, input.Left.Right, ct, input.Right))
            .WithTrackingName(TrackingNames.ParsedFactFiles);

        var documents = inputs
            .Where(input => input.Kind == InputKind.FactSource)
            .Select((input, _) => FactSetAnalysis.ReadDocument(input.Path, input.Text))
            .WithTrackingName(TrackingNames.SourceDocuments)
            .Collect()
            .Select((documents, _) => SourceDocuments.Of(documents))
            .WithTrackingName(TrackingNames.DocumentsByName);

        // Built from each file's ids, kinds and names, which a value edit leaves equal: then it is not built again.
        var directory = factFiles
            .Select((file, ct) => DirectoryFile.Of(file, ct))
            .WithTrackingName(TrackingNames.DirectoryFiles)
            .Collect()
            .Combine(catalog)
            .Select((input, ct) => FactDirectory.Build(input.Left, ct, input.Right))
            .WithTrackingName(TrackingNames.Directory);

        // The rules between facts, in stages cut by the data they read (see FactModel.Validation.Rules): each file is
        // summarized once per edit, and each global rule reads only its own part of the summaries, so it re-runs only
        // when that part of some file changed. A value edit re-runs the edited file's references and the figure rules.
        var summaries = factFiles
            .Select((file, ct) => Guard.Summarize(file, ct))
            .WithTrackingName(TrackingNames.FactSummaries);

        var idCheck = summaries
            .Select((summary, _) => summary.Summary.Ids)
            .Collect()
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
                ? FactSetAnalysis.Guarded(input.Left.FilePath, () => ReferenceRules.Check(input.Left, definitions, input.Right.Left.Right, ct))
                : EquatableArray<FactDiagnostic>.Empty, input.Right.Right))
            .WithTrackingName(TrackingNames.ReferenceRules);

        var cycles = summaries
            .Select((summary, _) => summary.Summary.Edges)
            .Collect()
            .Combine(index)
            .Select((input, ct) => Guard.ValidateAll(input.Left, input.Right, CycleRules.Check, ct))
            .WithTrackingName(TrackingNames.CycleRules);

        var dates = summaries
            .Select((summary, _) => summary.Summary.Dates)
            .Collect()
            .Combine(index)
            .Select((input, ct) => Guard.ValidateAll(input.Left, input.Right, DateRules.Check, ct))
            .WithTrackingName(TrackingNames.DateRules);

        // The figure rules run per file, against the values of the wholes that file's figures name: a value edit of a
        // figure that is no whole leaves the index of wholes equal, and only the edited file is checked again; one of
        // a whole changes the index, and each file takes its part of it again (a lookup per whole it names), but only
        // the files whose part changed, and the edited file, are checked again.
        // The summary's own failure (FM9001) travels with the figures, to be reported with the file's figure rules.
        var figureSummaries = summaries.Select((summary, _) => (Figures: summary.Summary.Figures, Named: FigureRules.WholeIdsOf(summary.Summary.Figures), summary.Error));
        var wholeIds = figureSummaries
            .Select((file, _) => file.Named)
            .Collect()
            .Select((ids, _) => FigureRules.WholeIds(ids))
            .WithTrackingName(TrackingNames.WholeIds);
        var wholes = figureSummaries
            .Combine(wholeIds)
            .Select((input, _) => FigureRules.WholesIn(input.Left.Figures, input.Right))
            .Collect()
            .Combine(index)
            .Select((input, _) => input.Right is { } definitions ? WholeIndex.Of(input.Left, definitions) : new WholeIndex(default))
            .WithTrackingName(TrackingNames.Wholes);
        var figures = figureSummaries
            .Combine(wholes)
            .Select((input, _) => Guard.WholeValues(input.Left.Figures, input.Left.Named, input.Right, input.Left.Error))
            .WithTrackingName(TrackingNames.WholeValues)
            .Combine(index.Combine(severities))
            .Select((input, ct) => (input.Left.Errors.IsEmpty
                ? input.Right.Left is { } definitions
                    ? FactSetAnalysis.Guarded(input.Left.Figures.FilePath, () => FigureRules.CheckFile(input.Left.Figures, input.Left.Wholes, definitions, ct))
                    : EquatableArray<FactDiagnostic>.Empty
                : input.Left.Errors, input.Right.Right))
            .WithTrackingName(TrackingNames.FigureRules);

        // Each file's quotes against the documents, reported with the file's own diagnostics from parsing: both change
        // only when the file or the documents do.
        var provenance = factFiles
            .Combine(documents.Combine(severities))
            .Select((input, ct) => (WithParseDiagnostics(input.Left,
                FactSetAnalysis.Guarded(input.Left.FilePath, () => SourceValidator.Validate(input.Left, input.Right.Left, ct))), input.Right.Right))
            .WithTrackingName(TrackingNames.SourceValidation);

        // Files that could not be read, collected (they are rare): one table per file fewer for the driver to carry than
        // a diagnostic step per file would add.
        var readErrors = inputs
            .Where(input => input.ReadError is not null)
            .Collect()
            .Select((failed, _) => failed.Select(ReadError).ToEquatableArray());
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
            .Select((input, ct) => EmitFactFile(input.Left, input.Right.Left, input.Right.Right, ct))
            .WithTrackingName(TrackingNames.EmittedFactFiles);
        var allEmittedFiles = emittedFiles.Collect();
        var outputGroups = allEmittedFiles
            .SelectMany((files, ct) => OutputGroups.Of(files, ct))
            .WithTrackingName(TrackingNames.OutputGroups);
        context.RegisterSourceOutput(outputGroups, EmitOutputGroup);
        // Only models held as strings (before C# 11) fill the assembly's string heap; UTF-8 data does not. Each file's
        // share is counted as it is emitted, so that no other step per file is needed for it.
        var literalBytes = allEmittedFiles
            .Select((files, _) => files.Sum(file => file.LiteralBytes))
            .WithTrackingName(TrackingNames.StringLiterals);
        context.RegisterSourceOutput(literalBytes.Select((bytes, _) => StringLiteralBudget.Check(bytes)).Combine(severities), Report);
        context.RegisterSourceOutput(model.Combine(settings), (spc, input) =>
            Guard.Emit(spc, "FactCatalog.g.cs", "the fact catalog", () => CatalogEmitter.Emit(input.Left, input.Right, spc.CancellationToken)));
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
            return new EmittedFactFile(relativePath, FactFileEmitter.Emit(file, relativePath, model, settings, cancellationToken),
                literalBytes: settings.Utf8Data ? 0 : StringLiteralBudget.BytesOf(file, model.Kinds.Catalog));
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
        public static (FactFileSummary Summary, FactDiagnostic? Error) Summarize(ParsedFactFile file, CancellationToken cancellationToken)
        {
            try
            {
                return (FactFileSummary.From(file, cancellationToken), null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The file takes no part in the rules between facts; the others still do.
                return (FactFileSummary.Empty(file.FilePath), FactSetAnalysis.InternalError(file.FilePath, e));
            }
        }

        /// <summary>
        /// The figures of one file with the values of the wholes they name, and the failures (FM9001) its figure rules
        /// report in place of checking: the file's summary's (<paramref name="summaryError"/>), or this lookup's.
        /// </summary>
        public static (FigureSummary Figures, WholeValues Wholes, EquatableArray<FactDiagnostic> Errors) WholeValues(FigureSummary figures,
            EquatableArray<string> named, WholeIndex wholes, FactDiagnostic? summaryError)
        {
            if (summaryError is not null) return (figures, Validation.Rules.WholeValues.None, new[] { summaryError }.ToEquatableArray());
            try
            {
                return (figures, wholes.ValuesOf(named), default);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return (figures, Validation.Rules.WholeValues.None, new[] { FactSetAnalysis.InternalError(figures.FilePath, e) }.ToEquatableArray());
            }
        }

        /// <summary>The id rules; without an index (they failed) the later rules stay silent rather than find nothing defined.</summary>
        public static (EquatableArray<FactDiagnostic> Diagnostics, DefinitionIndex? Index) CheckIds(ImmutableArray<IdSummary> ids, ReferencedModels referenced,
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
        public static EquatableArray<FactDiagnostic> ValidateAll<TSummary>(ImmutableArray<TSummary> summaries, DefinitionIndex? index,
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
