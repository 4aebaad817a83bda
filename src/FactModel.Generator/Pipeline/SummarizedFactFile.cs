using System;
using System.Threading;
using FactModel.Core;
using FactModel.Core.Kinds;
using FactModel.Core.Model;
using FactModel.Core.Yaml;
using FactModel.Specs;
using FactModel.Validation;
using FactModel.Validation.Rules;

namespace FactModel.Generator.Pipeline;

/// <summary>
/// One fact file as the pipeline keeps it: parsed, and cut into the parts that the steps over every file read (its
/// directory entries, its summary for the rules between facts, the wholes its figures name). The parts are made in the
/// file's own step, and the steps over every file take them from one collection of these (see
/// <see cref="FactModelGenerator"/>): each step per file is a table the driver carries over on every edit, so the parts
/// are not steps of their own.
/// </summary>
/// <remarks>
/// Equal when the parsed files and the summary's failure are: every other part is made from the parsed file alone.
/// By reference first, which a cached value always is.
/// </remarks>
internal sealed class SummarizedFactFile : IEquatable<SummarizedFactFile>
{
    private WholesMemo? _wholes;

    private SummarizedFactFile(ParsedFactFile parsed, FactFileSummary summary, FactDiagnostic? summaryError, DirectoryFile directory)
    {
        Parsed = parsed;
        Summary = summary;
        SummaryError = summaryError;
        Directory = directory;
        NamedWholes = FigureRules.WholeIdsOf(summary.Figures);
    }

    /// <summary>The file's model, as parsed.</summary>
    public ParsedFactFile Parsed { get; }

    /// <summary>The parts the rules between facts read: ids, edges, dates, figures.</summary>
    public FactFileSummary Summary { get; }

    /// <summary>FM9001 when summarizing the file failed (then it takes no part in the rules between facts); its figure rules report it.</summary>
    public FactDiagnostic? SummaryError { get; }

    /// <summary>The file's ids, kinds and C# names, in order: its part of the directory.</summary>
    public DirectoryFile Directory { get; }

    /// <summary>The ids the file's figures name as their whole (<see cref="FigureRules.WholeIdsOf"/>).</summary>
    public EquatableArray<string> NamedWholes { get; }

    /// <summary>
    /// Parses the file and summarizes it. An unexpected exception while summarizing becomes FM9001 on the file, which
    /// then takes no part in the rules between facts (the others still do); the parse guards itself.
    /// </summary>
    public static SummarizedFactFile Of(string path, string text, FactFileLimits limits, ProjectKinds kinds, CancellationToken cancellationToken)
    {
        var parsed = FactSetAnalysis.Parse(path, text, limits, cancellationToken, kinds);
        try
        {
            return new SummarizedFactFile(parsed, FactFileSummary.From(parsed, cancellationToken), null, DirectoryFile.Of(parsed, cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new SummarizedFactFile(parsed, FactFileSummary.Empty(path), FactSetAnalysis.InternalError(path, e), new DirectoryFile(path, default));
        }
    }

    /// <summary>
    /// The file's figures that are wholes (<see cref="FigureRules.WholesIn"/>), kept for the last <paramref name="wholeIds"/>
    /// asked for: the step over every file asks each file on every edit, and only the edited file, or every file when
    /// the ids change, works them out again.
    /// </summary>
    public WholesInFile WholesIn(EquatableArray<string> wholeIds)
    {
        // One reference, written whole: threads that race work out equal values, and either is kept.
        if (_wholes is { } memo && memo.Ids.Equals(wholeIds)) return memo.Wholes;
        var wholes = FigureRules.WholesIn(Summary.Figures, wholeIds);
        _wholes = new WholesMemo(wholeIds, wholes);
        return wholes;
    }

    public bool Equals(SummarizedFactFile? other) =>
        ReferenceEquals(this, other) || other is not null && Parsed.Equals(other.Parsed) && Equals(SummaryError, other.SummaryError);

    public override bool Equals(object? obj) => Equals(obj as SummarizedFactFile);

    public override int GetHashCode() => Parsed.GetHashCode();

    private sealed record WholesMemo(EquatableArray<string> Ids, WholesInFile Wholes);
}
