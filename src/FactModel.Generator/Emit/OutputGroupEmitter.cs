using System.Collections.Generic;
using System.Text;
using FactModel.Generator.Pipeline;
using Microsoft.CodeAnalysis.Text;

namespace FactModel.Generator.Emit;

/// <summary>
/// The source of one output group (<see cref="OutputGroups"/>): the header every generated file has, once, then each
/// file's namespace block (<see cref="FactFileEmitter"/>) as it was emitted and cached, a blank line between two.
/// </summary>
/// <remarks>
/// The blocks are not copied: the group's text reads the cached texts where they are (<see cref="ConcatenatedText"/>),
/// so a group makes no string of the whole on the large object heap, and the driver holds each file's text once. Each
/// block's <c>#line</c> directives end in <c>#line default</c>, so one file's mapping never reaches into the next block.
/// </remarks>
internal static class OutputGroupEmitter
{
    public static SourceText? Emit(OutputGroup group)
    {
        int files = 0;
        foreach (var file in group.Files)
        {
            if (file.Text is not null) files++;
        }
        if (files == 0) return null;

        var parts = new List<SourceText>(2 * files) { SourceText.From(Header.Prelude(files == 1 ? "from 1 fact file" : $"from {files} fact files").ToString(), Encoding.UTF8) };
        foreach (var file in group.Files)
        {
            if (file.Text is null) continue;
            if (parts.Count > 1) parts.Add(BlankLine);
            parts.Add(file.Text);
        }
        return new ConcatenatedText(parts);
    }

    private static readonly SourceText BlankLine = SourceText.From("\n", Encoding.UTF8);
}
