using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactModel.Core.Kinds;
using FactModel.Data;
using FactModel.Specs;

namespace FactModel.Cli.Facts;

/// <summary>
/// The facts of a fact set as the runtime library's objects, made the way a generated model makes them: each fact
/// written as a line of the generator's data and read back by the runtime library, with references resolved by id.
/// So what the tool exports from them is what the same facts give in a built model.
/// </summary>
/// <remarks>
/// A generated model builds the facts of its project's own kinds with the classes it generates for them; the tool
/// has no such classes. It builds a fact of a kind that extends a built-in one as that built-in fact (a politician as
/// its <see cref="Person"/>), and one of a kind with a section of its own as a <see cref="DeclaredFact"/>, which has
/// what every fact has. The declared fields' values are read through <see cref="FactFields"/> by their declared
/// types, as a generated constructor reads them, and left there: the outputs take them from the parsed facts
/// (<see cref="DeclaredFields"/>), as they are written.
/// </remarks>
internal static class RuntimeFacts
{
    /// <summary>Every fact of <paramref name="facts"/>, by id.</summary>
    public static IReadOnlyDictionary<string, Fact> Of(FactSet facts)
    {
        // The facts of referenced models are made too, after this model's, so that a reference to one resolves and a
        // share of one of their figures is derived, as in a generated model that references theirs; they are not
        // returned.
        var specs = facts.Definitions.Select(d => d.Fact).ToList();
        var referenced = facts.Referenced.All().Select(r => r.Fact).Where(f => facts.Find(f.Id) is null).ToList();
        var data = new StringBuilder();
        foreach (var spec in specs.Concat(referenced))
        {
            data.Append(FactDataWriter.Write(spec, (reference, kind) =>
                facts.Resolve(reference.Id) is { } target && (kind is null || facts.Kinds.IsA(target.Declaration, facts.Kinds[kind])), facts.Kinds)).Append('\n');
        }

        var byId = new Dictionary<string, Fact>(System.StringComparer.Ordinal);
        foreach (var fact in FactData.Read(specs.Count + referenced.Count, id => byId.TryGetValue(id, out var found) ? found : null, data.ToString(), fields => Declared(fields, facts)))
            byId.Add(fact.Id, fact);
        // References resolve through byId when read, later: it keeps every fact, and what is returned only this model's.
        return referenced.Count == 0 ? byId : specs.Where(s => byId.ContainsKey(s.Id)).ToDictionary(s => s.Id, s => byId[s.Id], System.StringComparer.Ordinal);
    }

    /// <summary>A fact of a declared kind, from its data; null for a kind the fact set does not declare.</summary>
    private static Fact? Declared(FactFields fields, FactSet facts)
    {
        if (!facts.Kinds.TryGet(fields.Kind, out var kind)) return null;
        // Every value is read, in the declared order and by the declared type, as a generated constructor reads them.
        foreach (var field in facts.Kinds.DeclaredFieldsOf(kind))
        {
            if (field.List) fields.List(f => Read(f, field));
            else Read(fields, field);
        }
        if (fields.Base is { } builtIn) return builtIn;
        string name = facts.Resolve(fields.Id) is { } spec ? FactText.NameOf(spec, facts.Kinds) : fields.Id;
        return new DeclaredFact(fields.Id, fields.Sources, fields.Notes, name);
    }

    private static object? Read(FactFields fields, FieldDeclaration field) => field.Type switch
    {
        FieldType.Number => fields.Number(),
        FieldType.Boolean => fields.Boolean(),
        FieldType.Quantity => fields.Quantity(),
        FieldType.Share => fields.Share(),
        FieldType.Date or FieldType.DateSpan => fields.DateSpan(),
        FieldType.Reference => fields.Reference<Fact>(),
        _ => fields.Text(),
    };
}

/// <summary>
/// A fact of a kind a project declares with a section of its own, as the tool holds it at run time: what every fact
/// has, and the name people know it by. Its declared fields are read from the parsed fact (<see cref="DeclaredFields"/>).
/// </summary>
internal sealed class DeclaredFact : Fact
{
    public DeclaredFact(string id, IEnumerable<Source> sources, string? notes, string displayName)
        : base(id, sources, notes) => DisplayName = displayName;

    /// <inheritdoc/>
    public override string DisplayName { get; }
}
