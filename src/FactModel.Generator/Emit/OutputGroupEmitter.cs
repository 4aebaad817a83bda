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
/// The group's chunks are made together, by one call that takes their counts
/// (<see cref="FactModel.FactChunk.Create(int[], System.Func{string, FactModel.Fact?}, System.Action{FactModel.FactChunk, int})"/>),
/// into one array, and each file's properties reach their chunk through a property of its own, which the JIT compiles
/// only when a fact of the chunk is read by its property. So the catalog's static constructor has a line a group, not
/// one a chunk: at 50,000 facts (500 chunks in 128 groups) its IL went from 13.4 to 5.5 KB, and the index over every
/// chunk (<c>AllIndex</c>) lists 128 arrays, not 500 chunks. One function hands every chunk of the group its data, by the chunk's part (a
/// UTF-8 literal is a span, which no field can hold, so some method must hand it over): the JIT compiles one method a
/// group, not one a chunk. A delegate made with new, not a method group, which C# caches in a static field behind a
/// branch.
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
        foreach (var file in group.Files)
        {
            if (file.Text is null) continue;
            if (parts.Count > 1) parts.Add(BlankLine);
            parts.Add(file.Text);
        }
        var chunks = group.Chunks();
        if (chunks.Count > 0) AddCatalogPart(parts, chunks, group.Index);
        return new ConcatenatedText(parts);
    }

    private static void AddCatalogPart(List<SourceText> parts, List<(EmittedChunk Chunk, EmittedFactFile FactFile)> chunks, int group)
    {
        string field = Names.GroupChunks(group), load = $"Load{field}";
        var head = new SourceWriter().Line().Line("// The group's part of FactCatalog: its files' chunks, and the function that hands each chunk its data.")
            .Open($"namespace {chunks[0].FactFile.Namespace}").Open($"static partial class {Names.Catalog}")
            .Line(Hidden)
            .Line((Chunks: chunks, Field: field, Load: load), static (text, group) =>
            {
                text.Append("internal static readonly Fm.FactChunk[] ").Append(group.Field).Append(" = Fm.FactChunk.Create(new int[] { ");
                for (int part = 0; part < group.Chunks.Count; part++) text.Append(part == 0 ? "" : ", ").Append(group.Chunks[part].Chunk.Count);
                text.Append(" }, ").Append(group.Chunks[0].FactFile.ChunkFunctions)
                    .Append(", new global::System.Action<Fm.FactChunk, int>(").Append(group.Load).Append("));");
            });
        for (int part = 0; part < chunks.Count; part++)
            head.Line().Line(Hidden).Line($"internal static Fm.FactChunk {chunks[part].Chunk.Name} => {field}[{part}];");
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

    private const string Hidden = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

    private static readonly SourceText BlankLine = SourceText.From("\n", Encoding.UTF8);

    private static readonly SourceText Return = SourceText.From(new SourceWriter(CaseBodyDepth).Line("return;").ToString(), Encoding.UTF8);
}
