using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactModel.Data;
using FactModel.Specs;

namespace FactModel.Cli.Facts;

/// <summary>
/// The facts of a fact set as the runtime library's objects, made the way a generated model makes them: each fact
/// written as a line of the generator's data and read back by the runtime library, with references resolved by id.
/// So what the tool exports from them is what the same facts give in a built model.
/// </summary>
internal static class RuntimeFacts
{
    /// <summary>Every fact of <paramref name="facts"/>, by id.</summary>
    public static IReadOnlyDictionary<string, Fact> Of(FactSet facts)
    {
        var specs = facts.Definitions.Select(d => d.Fact).ToList();
        var data = new StringBuilder();
        foreach (var spec in specs)
        {
            data.Append(FactDataWriter.Write(spec, (reference, kind) =>
                facts.Find(reference.Id) is { } target && (kind is null || facts.Kinds.IsA(target.Declaration, facts.Kinds[kind])), facts.Kinds)).Append('\n');
        }

        var byId = new Dictionary<string, Fact>(System.StringComparer.Ordinal);
        foreach (var fact in FactData.Read(specs.Count, id => byId.TryGetValue(id, out var found) ? found : null, data.ToString()))
            byId.Add(fact.Id, fact);
        return byId;
    }
}
