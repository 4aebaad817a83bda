using System.Collections.Generic;
using System.Linq;
using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Generator.Emit;

/// <summary>
/// Estimates how much of an assembly's string-literal heap the generated model takes. The CLR caps that heap at
/// 16 MB (2^24 bytes; each literal is stored once, in UTF-16), and the compiler then fails with one CS8103 per
/// literal. Estimating per file (distinct strings within the file, as the generated code writes them) keeps the
/// check incremental; strings repeated across files are counted once per file, so the estimate errs on the high side,
/// which is why the diagnostic is a warning.
/// </summary>
internal static class StringLiteralBudget
{
    /// <summary>The most bytes the #US metadata heap of one assembly can hold.</summary>
    public const long HeapLimit = 0xFFFFFF;

    public static long BytesOf(ParsedFactFile file)
    {
        var strings = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var fact in file.Facts)
        {
            strings.Add(fact.Id);
            if (fact.Notes is not null) strings.Add(fact.Notes);
            foreach (var source in fact.Sources)
            {
                strings.Add(source.Document);
                strings.Add(source.Quote);
            }
            foreach (string? text in TextsOf(fact))
                if (text is not null) strings.Add(text);
        }
        // Each literal: a length prefix (up to 4 bytes), two bytes a character, and a terminal byte.
        return strings.Sum(s => 5L + 2L * s.Length);
    }

    public static FactDiagnostic? Check(long bytes) =>
        bytes > HeapLimit ? FactDiagnostic.Create(DiagnosticCatalog.ModelTooLarge, "", default, bytes, HeapLimit) : null;

    private static IEnumerable<string?> TextsOf(FactSpec fact) => fact switch
    {
        ActorSpec a => new[] { a.Name, a.Description, a.Wikidata }.Concat(a.Aliases).Concat(a.Roles.Select(r => r.Title)),
        PlaceSpec p => new[] { p.Name, p.Kind, p.Description, p.Wikidata }.Concat(p.Aliases),
        EventSpec e => new[] { e.Title, e.Kind, e.Description }.Concat(e.Participants.Select(p => p.Role)).Concat(e.Quotes.Select(q => q.Text)),
        FigureSpec f => new[] { f.Measure, f.Unit },
        _ => Enumerable.Empty<string?>(),
    };
}
