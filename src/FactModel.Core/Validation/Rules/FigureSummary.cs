using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>A figure as the arithmetic rules see it: its value or share, what it is part of, and where its value is written.</summary>
public sealed record FigureFact(string Id, Quantity? Value, SourceSpan ValueSpan, Share? Share, Reference? Of);

/// <summary>
/// The figures of one file that may be definitions (the first of each id in the file), in the file's definition
/// order. A figure's value edit changes this summary only, so only the figure rules run again, over figures alone.
/// </summary>
public sealed record FigureSummary(string FilePath, EquatableArray<FigureFact> Figures) : IFileSummary;
