using System.Collections.Generic;
using System.Text;
using FactModel.Generator.Pipeline;
using Microsoft.CodeAnalysis.Text;

namespace FactModel.Generator.Emit;

/// <summary>
/// The source of one output group (<see cref="OutputGroups"/>): the header every generated file has, once, then each
/// file's namespace block (<see cref="FactFileEmitter"/>) as it was emitted and cached, a blank line between two, and
/// last the group's part of <c>FactCatalog</c>, which makes the files' chunks and hands each its data.
/// </summary>
/// <remarks>
/// The blocks and the chunks' data are not copied: the group's text reads the cached texts where they are
/// (<see cref="ConcatenatedText"/>), so a group makes no string of the whole on the large object heap, and the driver
/// holds each file's text once. Each block's <c>#line</c> directives end in <c>#line default</c>, so one file's mapping
/// never reaches into the next block.
/// <para>
/// One function hands every chunk of the group its data, by the chunk's part (a UTF-8 literal is a span, which no
/// field can hold, so some method must hand it over): the JIT compiles one method a group, not one a chunk, and the
/// catalog's static constructor makes one delegate a group. At 500 chunks in 125 groups that took the static
/// constructor and every chunk's data from 22.3 to 16.9 ms (a scratch experiment). The function's delegate is declared
/// before the group's chunks, in the same part, so that its initializer runs before theirs whatever the order of the
/// catalog's parts. A delegate made with new, not a method group, which C# caches in a static field behind a branch:
/// the static constructor stays one straight run of a few instructions a chunk.
/// </para>
/// </remarks>
internal static class OutputGroupEmitter
{
    /// <summary>
    /// How deep a case's statements are in the group's function (namespace, class, method, switch, case): where each
    /// chunk's statement, which its file's step writes, must start.
    /// </summary>
    public const int CaseBodyDepth = 5;

    public static SourceText? Emit(OutputGroup group)
    {
        int files = 0;
        foreach (var file in group.Files)
        {
            if (file.Text is not null) files++;
        }
        if (files == 0) return null;

        var parts = new List<SourceText>(2 * files + 8) { SourceText.From(Header.Prelude(files == 1 ? "from 1 fact file" : $"from {files} fact files").ToString(), Encoding.UTF8) };
        var chunks = new List<(EmittedChunk Chunk, string Namespace)>();
        foreach (var file in group.Files)
        {
            if (file.Text is null) continue;
            if (parts.Count > 1) parts.Add(BlankLine);
            parts.Add(file.Text);
            foreach (var chunk in file.Chunks) chunks.Add((chunk, file.Namespace));
        }
        if (chunks.Count > 0) AddCatalogPart(parts, chunks, group.Index);
        return new ConcatenatedText(parts);
    }

    private static void AddCatalogPart(List<SourceText> parts, List<(EmittedChunk Chunk, string Namespace)> chunks, int group)
    {
        string function = $"Group{group:D3}Data", load = $"LoadGroup{group:D3}";
        var head = new SourceWriter().Line().Line("// The group's part of FactCatalog: its files' chunks, and the function that hands each chunk its data.")
            .Open($"namespace {chunks[0].Namespace}").Open($"static partial class {Names.Catalog}")
            .Line($"private static readonly global::System.Action<Fm.FactChunk, int> {function} = new global::System.Action<Fm.FactChunk, int>({load});");
        for (int part = 0; part < chunks.Count; part++)
        {
            var chunk = chunks[part].Chunk;
            head.Line()
                .Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
                .Line($"internal static readonly Fm.FactChunk {chunk.Field} = new Fm.FactChunk({chunk.Arguments}{function}, {part});");
        }
        head.Line().Open($"private static void {load}(Fm.FactChunk chunk, int part)").Open("switch (part)");
        parts.Add(SourceText.From(head.ToString(), Encoding.UTF8));
        for (int part = 0; part < chunks.Count; part++)
        {
            parts.Add(SourceText.From(new SourceWriter(CaseBodyDepth - 1).Line($"case {part}:").ToString(), Encoding.UTF8));
            parts.Add(chunks[part].Chunk.Load);
            parts.Add(Return);
        }
        parts.Add(SourceText.From("            }\n        }\n    }\n}\n", Encoding.UTF8));
    }

    private static readonly SourceText BlankLine = SourceText.From("\n", Encoding.UTF8);

    private static readonly SourceText Return = SourceText.From(new SourceWriter(CaseBodyDepth).Line("return;").ToString(), Encoding.UTF8);
}
