using System;
using System.Collections.Generic;
using FactModel.Specs;

namespace FactModel.Generator.Pipeline;

/// <summary>
/// The fact files that share one generated source: its number and its files' texts, in the order of their paths
/// (ordinal). Equal member by member, so after an edit only the edited file's group differs and is written again.
/// </summary>
internal sealed class OutputGroup : IEquatable<OutputGroup>
{
    public OutputGroup(int index, EquatableArray<EmittedFactFile> files)
    {
        Index = index;
        Files = files;
    }

    public int Index { get; }

    public EquatableArray<EmittedFactFile> Files { get; }

    /// <summary>
    /// The chunks of the group's files that have a text, in the files' order, each with its file: the group's chunks in
    /// its part of <c>FactCatalog</c>, each chunk's index among them its part of the group's data
    /// (<see cref="Emit.OutputGroupEmitter"/>), in this order in the catalog's list of every chunk (<see cref="ChunkLayout"/>).
    /// </summary>
    public List<(EmittedChunk Chunk, EmittedFactFile FactFile)> Chunks()
    {
        var chunks = new List<(EmittedChunk Chunk, EmittedFactFile FactFile)>();
        foreach (var file in Files)
        {
            if (file.Text is null) continue;
            foreach (var chunk in file.Chunks) chunks.Add((chunk, file));
        }
        return chunks;
    }

    public bool Equals(OutputGroup? other) => other is not null && Index == other.Index && Files.Equals(other.Files);

    public override bool Equals(object? obj) => Equals(obj as OutputGroup);

    // The files' hashes would read each one's path; the group's number and size tell groups apart well enough.
    public override int GetHashCode() => unchecked(Index * 31 + Files.Count);
}
