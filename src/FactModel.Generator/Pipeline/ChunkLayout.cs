using System.Collections.Immutable;
using System.Linq;
using FactModel.Specs;

namespace FactModel.Generator.Pipeline;

/// <summary>
/// Every chunk of the model, as the output groups make them (<see cref="OutputGroup.Chunks"/>): each group's number,
/// and its chunks' names and counts in order. The catalog lists the groups' arrays of chunks in this order, and gives
/// the order of the facts by id as places among their chunks one after the other (<see cref="Emit.CatalogEmitter"/>).
/// </summary>
/// <remarks>Equal member by member: a value edit leaves it equal, and the catalog is not written again.</remarks>
internal sealed record ChunkLayout(EquatableArray<ChunkLayout.Group> Groups)
{
    /// <summary>One output group's chunks: its number, and for each chunk its name and how many facts it holds.</summary>
    internal sealed record Group(int Index, EquatableArray<string> Chunks, EquatableArray<int> Counts);

    public static ChunkLayout Of(ImmutableArray<OutputGroup> groups)
    {
        var layout = ImmutableArray.CreateBuilder<Group>(groups.Length);
        foreach (var group in groups)
        {
            var chunks = group.Chunks();
            if (chunks.Count == 0) continue;
            layout.Add(new Group(group.Index, chunks.Select(c => c.Chunk.Name).ToEquatableArray(), chunks.Select(c => c.Chunk.Count).ToEquatableArray()));
        }
        return new ChunkLayout(new EquatableArray<Group>(layout.ToArray()));
    }
}
