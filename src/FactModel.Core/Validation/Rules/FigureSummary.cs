using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>
/// A figure as the figure rules see it: its value or share, what it is part of, where its value is written, and its
/// values over time with its kind and certainty.
/// </summary>
public sealed record FigureFact(string Id, Quantity? Value, SourceSpan ValueSpan, Share? Share, Reference? Of,
    EquatableArray<FigureValueSpec> Values, FigureKind Kind, Certainty Certainty);

/// <summary>
/// The figures of one file that may be definitions (the first of each id in the file), in the file's definition
/// order. A figure's value edit changes this summary only, so only the figure rules run again, over figures alone.
/// </summary>
public sealed record FigureSummary(string FilePath, EquatableArray<FigureFact> Figures) : IFileSummary;
