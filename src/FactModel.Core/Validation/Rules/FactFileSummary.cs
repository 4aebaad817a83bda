using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Core.Kinds;
using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>
/// One file's facts cut into the parts each global rule reads. Each part is value-equatable and changes only when
/// what its rules read changes, so the incremental generator re-runs a global rule only when its part of some file
/// changed: a figure's value edit re-runs the figure rules and nothing else that reads every file.
/// </summary>
public sealed record FactFileSummary(IdSummary Ids, EdgeSummary Edges, DateSummary Dates, FigureSummary Figures)
{
    /// <summary>The summary of a file with no facts.</summary>
    public static FactFileSummary Empty(string filePath) =>
        new(new IdSummary(filePath, default), new EdgeSummary(filePath, default), new DateSummary(filePath, default), new FigureSummary(filePath, default));

    /// <summary>Summarizes <paramref name="file"/>.</summary>
    public static FactFileSummary From(ParsedFactFile file, CancellationToken cancellationToken = default)
    {
        var ids = new List<IdEntry>(file.Facts.Count);
        var edges = new List<FactEdges>();
        var dates = new List<DatedFact>();
        var figures = new List<FigureFact>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var references = new List<FieldReference>();
        foreach (var fact in DefinitionOrder.InFile(file))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ids.Add(new IdEntry(fact.Id, fact.Declaration.Id, Kebab.ToPascalCase(fact.Id), fact.IdSpan));
            // The other rules read definitions only, and a later fact with an id already in the file never is one.
            if (!seen.Add(fact.Id)) continue;
            if (EdgesOf(fact, references) is { Length: > 0 } factEdges) edges.Add(new FactEdges(fact.Id, new EquatableArray<Edge>(factEdges)));
            switch (fact)
            {
                case ActorSpec { Roles.IsEmpty: false } actor:
                    dates.Add(new ActorRoles(actor.Id, actor.Roles));
                    break;
                case EventSpec { Date: { } date } @event:
                    dates.Add(new DatedEvent(@event.Id, date, @event.DateSpan, @event.PartOf, @event.After, @event.Before, @event.Participants));
                    break;
                case FigureSpec figure:
                    figures.Add(new FigureFact(figure.Id, figure.Value, figure.ValueSpan, figure.Share, figure.Of, figure.Values, figure.Kind, figure.Certainty));
                    break;
            }
        }
        return new FactFileSummary(
            new IdSummary(file.FilePath, ids.ToEquatableArray()),
            new EdgeSummary(file.FilePath, edges.ToEquatableArray()),
            new DateSummary(file.FilePath, dates.ToEquatableArray()),
            new FigureSummary(file.FilePath, figures.ToEquatableArray()));
    }

    /// <summary>The edges of <paramref name="fact"/>: its references in keys that may not loop, each in the order written.</summary>
    private static Edge[] EdgesOf(FactSpec fact, List<FieldReference> references)
    {
        references.Clear();
        fact.CollectReferences(references);
        int count = 0;
        foreach (var reference in references) if (reference.Field.Cycles == CycleRule.Never) count++;
        if (count == 0) return Array.Empty<Edge>();
        var edges = new Edge[count];
        count = 0;
        foreach (var (field, target) in references)
            if (field.Cycles == CycleRule.Never) edges[count++] = new Edge(field.Key, target);
        return edges;
    }
}
