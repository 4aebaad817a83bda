using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>A per-file summary: what every rule over all files sorts by.</summary>
public interface IFileSummary
{
    /// <summary>The fact file summarized.</summary>
    string FilePath { get; }
}

/// <summary>
/// The order in which definitions win over later ones with the same id: by file path (ordinal), then by position in
/// the file; the first fact with an id is its definition. Split in two so that each file can be summarized on its
/// own: the order within a file, and the order of the files, applied by each rule over the summaries.
/// </summary>
public static class DefinitionOrder
{
    /// <summary>The files in definition order: by path, ordinal (a stable sort, so equal paths keep their order).</summary>
    public static IEnumerable<T> OfFiles<T>(IEnumerable<T> files, Func<T, string> filePath) => files.OrderBy(filePath, StringComparer.Ordinal);

    /// <summary>The summaries in the definition order of their files.</summary>
    public static IEnumerable<T> OfFiles<T>(IEnumerable<T> summaries) where T : IFileSummary => OfFiles(summaries, s => s.FilePath);

    /// <summary>The facts of one file by the position of their ids (a stable sort).</summary>
    public static IEnumerable<FactSpec> InFile(ParsedFactFile file) =>
        IsInFileOrder(file.Facts) ? file.Facts : file.Facts.OrderBy(f => f.IdSpan.StartLine).ThenBy(f => f.IdSpan.StartColumn);

    /// <summary>
    /// True when the facts are already by position, as they are when a file lists its sections in the order the
    /// parser reads them: then the stable sort would change nothing and is skipped.
    /// </summary>
    private static bool IsInFileOrder(EquatableArray<FactSpec> facts)
    {
        for (int i = 1; i < facts.Count; i++)
        {
            SourceSpan previous = facts[i - 1].IdSpan, current = facts[i].IdSpan;
            if (current.StartLine < previous.StartLine || (current.StartLine == previous.StartLine && current.StartColumn < previous.StartColumn)) return false;
        }
        return true;
    }

    /// <summary>Each id's definition, the first fact with it in definition order, with its file, in definition order.</summary>
    public static IEnumerable<(ParsedFactFile File, FactSpec Fact)> Definitions(IEnumerable<ParsedFactFile> files)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in OfFiles(files, f => f.FilePath))
        foreach (var fact in InFile(file))
        {
            if (seen.Add(fact.Id)) yield return (file, fact);
        }
    }

    /// <summary>
    /// The facts of <paramref name="inFileOrder"/> that may be definitions: the first of each id in the file. A later
    /// one with the same id never is; whether the first is depends on the other files (<see cref="DefinitionIndex"/>).
    /// </summary>
    public static IEnumerable<FactSpec> FirstOfEachId(IEnumerable<FactSpec> inFileOrder)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in inFileOrder)
        {
            if (seen.Add(fact.Id)) yield return fact;
        }
    }
}
