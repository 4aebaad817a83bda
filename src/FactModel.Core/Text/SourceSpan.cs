namespace FactModel.Core.Text;

/// <summary>
/// Where a node sits in a fact file: character offsets and zero-based lines and columns, as Roslyn's
/// <c>TextSpan</c> and <c>LinePositionSpan</c> want them. Tools that print positions add one to line and column.
/// </summary>
public readonly record struct SourceSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>The number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>"(line,column)" as MSBuild prints it, one-based.</summary>
    public override string ToString() => $"({StartLine + 1},{StartColumn + 1})";
}
