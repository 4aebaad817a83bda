using System;
using FactModel.Specs;
using Microsoft.CodeAnalysis.Text;

namespace FactModel.Generator.Pipeline;

/// <summary>
/// One chunk of a fact file's facts, as its output group's part of <c>FactCatalog</c> declares it
/// (<see cref="Emit.OutputGroupEmitter"/>): the group's chunks are made together, and the group's one function hands
/// every chunk of the group its data, each chunk its own part, so that the JIT compiles a line and a method a group
/// rather than a line and a method a chunk.
/// </summary>
/// <remarks>Equal when the name, the count and the statement's text are (by reference first, as cached values are).</remarks>
internal sealed class EmittedChunk : IEquatable<EmittedChunk>
{
    public EmittedChunk(string name, int count, SourceText load)
    {
        Name = name;
        Count = count;
        Load = load;
    }

    /// <summary>The property of <c>FactCatalog</c> that gives the chunk, which the file's properties index into.</summary>
    public string Name { get; }

    /// <summary>How many facts the chunk holds.</summary>
    public int Count { get; }

    /// <summary>The statement that hands the chunk its data (<c>chunk.Load(...);</c>), indented for its case in the group's function.</summary>
    public SourceText Load { get; }

    public bool Equals(EmittedChunk? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Count == other.Count
        && EmittedFactFile.SameText(Load, other.Load);

    public override bool Equals(object? obj) => Equals(obj as EmittedChunk);

    public override int GetHashCode() => unchecked(StringComparer.Ordinal.GetHashCode(Name) * 31 + Count);
}

/// <summary>What <see cref="Emit.FactFileEmitter"/> makes of a fact file: its namespace block and its chunks.</summary>
internal sealed class FactFileText
{
    public FactFileText(SourceText block, EquatableArray<EmittedChunk> chunks, string chunkFunctions)
    {
        Block = block;
        Chunks = chunks;
        ChunkFunctions = chunkFunctions;
    }

    public SourceText Block { get; }

    public EquatableArray<EmittedChunk> Chunks { get; }

    /// <summary><see cref="EmittedFactFile.ChunkFunctions"/>.</summary>
    public string ChunkFunctions { get; }
}
