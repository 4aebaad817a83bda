using System;
using FactModel.Specs;
using Microsoft.CodeAnalysis.Text;

namespace FactModel.Generator.Pipeline;

/// <summary>
/// One chunk of a fact file's facts, as its output group's part of <c>FactCatalog</c> declares it
/// (<see cref="Emit.OutputGroupEmitter"/>): the group's one function hands every chunk of the group its data, each
/// chunk its own part, so that the JIT compiles one method a group rather than one a chunk.
/// </summary>
/// <remarks>Equal when the field, the arguments and the statement's text are (by reference first, as cached values are).</remarks>
internal sealed class EmittedChunk : IEquatable<EmittedChunk>
{
    public EmittedChunk(string field, string arguments, SourceText load)
    {
        Field = field;
        Arguments = arguments;
        Load = load;
    }

    /// <summary>The field of <c>FactCatalog</c> that holds the chunk, which the file's properties index into.</summary>
    public string Field { get; }

    /// <summary>What the chunk is made with before its group's function and its part: its count and the shared functions, each followed by ", ".</summary>
    public string Arguments { get; }

    /// <summary>The statement that hands the chunk its data (<c>chunk.Load(...);</c>), indented for its case in the group's function.</summary>
    public SourceText Load { get; }

    public bool Equals(EmittedChunk? other) =>
        other is not null
        && string.Equals(Field, other.Field, StringComparison.Ordinal)
        && string.Equals(Arguments, other.Arguments, StringComparison.Ordinal)
        && EmittedFactFile.SameText(Load, other.Load);

    public override bool Equals(object? obj) => Equals(obj as EmittedChunk);

    public override int GetHashCode() => unchecked(StringComparer.Ordinal.GetHashCode(Field) * 31 + Load.Length);
}

/// <summary>What <see cref="Emit.FactFileEmitter"/> makes of a fact file: its namespace block and its chunks.</summary>
internal sealed class FactFileText
{
    public FactFileText(SourceText block, EquatableArray<EmittedChunk> chunks)
    {
        Block = block;
        Chunks = chunks;
    }

    public SourceText Block { get; }

    public EquatableArray<EmittedChunk> Chunks { get; }
}
