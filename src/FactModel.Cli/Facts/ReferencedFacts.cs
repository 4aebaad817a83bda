using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Core.Model;
using FactModel.Specs;

namespace FactModel.Cli.Facts;

/// <summary>
/// The facts of one referenced model, as the tool read them from the path given with <c>--references</c>: the
/// <see cref="ReferencedModel"/> the analysis is given (ids, kinds and declared kinds, what the build reads from a
/// referenced assembly's metadata), and the parsed facts behind it, so that <c>show</c> and the exports can name a
/// fact of it and derive a share of one of its figures as the generated model does.
/// </summary>
/// <param name="Name">The model's name in messages: the <c>NAME</c> of <c>NAME=PATH</c>, else the path as printed.</param>
/// <param name="Path">The path as written on the command line.</param>
/// <param name="Model">The model the analysis of the facts being checked is given.</param>
/// <param name="Facts">The facts the model keeps (the first definition of each id), by id.</param>
internal sealed record ReferencedFactSet(string Name, string Path, ReferencedModel Model, IReadOnlyDictionary<string, FactSpec> Facts);

/// <summary>
/// Every model named with <c>--references</c>, in the order given, and which of them a referenced id belongs to, by
/// the rule the analysis follows (<see cref="ReferencedModels.TryGet"/>: the first model by name that has it).
/// </summary>
internal sealed class ReferencedFacts
{
    private readonly Dictionary<string, ReferencedFactSet> _byName;

    public ReferencedFacts(IReadOnlyList<ReferencedFactSet> sets)
    {
        Sets = sets;
        Models = ReferencedModels.Of(sets.Select(s => s.Model));
        _byName = sets.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>No referenced model.</summary>
    public static ReferencedFacts None { get; } = new(Array.Empty<ReferencedFactSet>());

    /// <summary>The referenced models in the order given on the command line.</summary>
    public IReadOnlyList<ReferencedFactSet> Sets { get; }

    /// <summary>The models as the analysis reads them; <see cref="ReferencedModels.None"/> without any.</summary>
    public ReferencedModels Models { get; }

    /// <summary>The referenced model that has <paramref name="id"/>, or null.</summary>
    public ReferencedFactSet? ModelOf(string id) =>
        Sets.Count > 0 && Models.TryGet(id, out _, out var model) && _byName.TryGetValue(model.Name, out var set) ? set : null;

    /// <summary>The fact <paramref name="id"/> of a referenced model, or null.</summary>
    public FactSpec? Find(string id) => ModelOf(id) is { } set && set.Facts.TryGetValue(id, out var fact) ? fact : null;

    /// <summary>
    /// Every fact an id of a referenced model stands for (for an id two models have, the one <see cref="ModelOf"/>
    /// gives), with its model, by model name and id.
    /// </summary>
    public IEnumerable<(FactSpec Fact, ReferencedFactSet Set)> All()
    {
        foreach (var model in Models.Models)
        {
            var set = _byName[model.Name];
            foreach (var fact in model.Facts)
            {
                if (ReferenceEquals(ModelOf(fact.Id), set) && set.Facts.TryGetValue(fact.Id, out var spec)) yield return (spec, set);
            }
        }
    }
}
