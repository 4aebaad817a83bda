using System;
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

    public bool Equals(OutputGroup? other) => other is not null && Index == other.Index && Files.Equals(other.Files);

    public override bool Equals(object? obj) => Equals(obj as OutputGroup);

    // The files' hashes would read each one's path; the group's number and size tell groups apart well enough.
    public override int GetHashCode() => unchecked(Index * 31 + Files.Count);
}
