namespace FactModel.Specs;

/// <summary>
/// Where a node sits in a fact file: zero-based lines and columns, as Roslyn's <c>LinePositionSpan</c> wants them;
/// tools that print positions add one. There are deliberately no character offsets: a comment added at the end of a
/// line would shift every later offset and make an unchanged model look changed to the incremental pipeline.
/// </summary>
public readonly record struct SourceSpan(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>A span that never ends before it starts (an end before the start becomes the start).</summary>
    public static SourceSpan Between(int startLine, int startColumn, int endLine, int endColumn) =>
        endLine < startLine || (endLine == startLine && endColumn < startColumn)
            ? new SourceSpan(startLine, startColumn, startLine, startColumn)
            : new SourceSpan(startLine, startColumn, endLine, endColumn);

    /// <summary>True when the span is well formed: no negative position, no end before the start.</summary>
    public bool IsValid => StartLine >= 0 && StartColumn >= 0 && (EndLine > StartLine || (EndLine == StartLine && EndColumn >= StartColumn));

    /// <summary>"(line,column)" as MSBuild prints it, one-based.</summary>
    public override string ToString() => $"({StartLine + 1},{StartColumn + 1})";
}
