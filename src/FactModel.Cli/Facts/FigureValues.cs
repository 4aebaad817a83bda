using System.Collections.Generic;
using FactModel.Specs;

namespace FactModel.Cli.Facts;

/// <summary>
/// A figure's value: the one written, or for a share without a value the share applied to its whole ("a third of
/// 250"), as the generated model derives it.
/// </summary>
internal static class FigureValues
{
    /// <summary>The value of <paramref name="figure"/>; null when it is a share of a whole that has none.</summary>
    public static Quantity? ValueOf(FigureSpec figure, FactSet facts) => ValueOf(figure, facts, new HashSet<string>());

    /// <summary>How the value reads: "over 42,000 people", or "1/3 of hostages-taken (between 83.33 and 83.33 people)".</summary>
    public static string TextOf(FigureSpec figure, FactSet facts)
    {
        if (figure.Value is { } value) return value.ToString();
        string share = $"{figure.Share} of {figure.Of?.Id ?? figure.OfDescription}";
        return ValueOf(figure, facts) is { } derived ? $"{share} ({derived})" : share;
    }

    private static Quantity? ValueOf(FigureSpec figure, FactSet facts, HashSet<string> visiting)
    {
        if (figure.Value is { } value) return value;
        // A cycle of shares is reported by the validator (FM2003); here it only must not recurse forever.
        if (!visiting.Add(figure.Id) || figure.Share is not { } share || figure.Of is not { } of) return null;
        // The whole may be a figure of a referenced model, as in the generated model.
        if (facts.Resolve(of.Id) is not FigureSpec whole) return null;
        return ValueOf(whole, facts, visiting) is { } wholeValue ? share.Apply(wholeValue) : null;
    }
}
