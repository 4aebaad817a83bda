using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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
        foreach (var fact in DefinitionOrder.InFile(file))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ids.Add(new IdEntry(fact.Id, fact.Section, Kebab.ToPascalCase(fact.Id), fact.IdSpan));
            // The other rules read definitions only, and a later fact with an id already in the file never is one.
            if (!seen.Add(fact.Id)) continue;
            if (EdgesOf(fact) is { Length: > 0 } factEdges) edges.Add(new FactEdges(fact.Id, new EquatableArray<Edge>(factEdges)));
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

    /// <summary>The edges of <paramref name="fact"/>, each relation's in the order written (no list or LINQ per fact).</summary>
    private static Edge[] EdgesOf(FactSpec fact)
    {
        switch (fact)
        {
            case ActorSpec { PartOf: { } whole }:
                return new[] { new Edge(Relation.PartOf, whole) };
            case PlaceSpec place:
                return EdgesTo(Relation.Within, place.Within);
            case FigureSpec { Of: { } whole }:
                return new[] { new Edge(Relation.Of, whole) };
            case EventSpec @event:
                int partOf = @event.PartOf is null ? 0 : 1;
                var edges = new Edge[partOf + @event.After.Count + @event.Before.Count];
                if (@event.PartOf is { } part) edges[0] = new Edge(Relation.PartOf, part);
                for (int i = 0; i < @event.After.Count; i++) edges[partOf + i] = new Edge(Relation.After, @event.After[i]);
                for (int i = 0; i < @event.Before.Count; i++) edges[partOf + @event.After.Count + i] = new Edge(Relation.Before, @event.Before[i]);
                return edges;
            default:
                return Array.Empty<Edge>();
        }
    }

    private static Edge[] EdgesTo(Relation relation, EquatableArray<Reference> targets)
    {
        if (targets.IsEmpty) return Array.Empty<Edge>();
        var edges = new Edge[targets.Count];
        for (int i = 0; i < edges.Length; i++) edges[i] = new Edge(relation, targets[i]);
        return edges;
    }
}
