using System.Collections.Generic;
using System.Linq;
using FactModel.Specs;

namespace FactModel.Validation;

/// <summary>
/// Validates facts that an application builds or loads at run time, with the same rules, ids and messages as the
/// build: it turns each fact back into its <see cref="FactSpec"/> and runs the build's rules through <see cref="FactModel.Core.FactSetAnalysis.Validate"/>.
/// Diagnostics have no file position; their <see cref="FactDiagnostic.FilePath"/> is <see cref="Origin"/>, and the
/// message names the fact.
/// </summary>
public static class FactValidator
{
    /// <summary>The file path of diagnostics about facts that do not come from a file.</summary>
    public const string Origin = "(run time)";

    /// <summary>
    /// Checks <paramref name="facts"/> against each other and, when <paramref name="documents"/> are given, their
    /// quotes against those documents.
    /// </summary>
    public static IReadOnlyList<FactDiagnostic> Validate(IEnumerable<Fact> facts, IEnumerable<SourceDocument>? documents = null)
    {
        var file = new ParsedFactFile(Origin, facts.Select(ToSpec).ToEquatableArray(), EquatableArray<DocumentSpec>.Empty,
            EquatableArray<FactDiagnostic>.Empty);
        return FactModel.Core.FactSetAnalysis.Validate(new[] { file }, documents?.ToList());
    }

    internal static FactSpec ToSpec(Fact fact)
    {
        FactSpec spec = fact switch
        {
            Actor a => new ActorSpec
            {
                Kind = a.Kind, Name = a.Name, Aliases = a.Aliases.ToEquatableArray(), Description = a.Description,
                Roles = a.Roles.Select(r => new RoleSpec(r.Title, To(r.Of), r.From, r.Until, default)).ToEquatableArray(),
                PartOf = ToOptional(a.PartOf), LedBy = ToOptional(a.LedBy), Wikidata = a.Wikidata,
            },
            Place p => new PlaceSpec
            {
                Name = p.Name, Kind = p.Kind, Aliases = p.Aliases.ToEquatableArray(), Description = p.Description,
                Within = ToAll(p.Within), Wikidata = p.Wikidata,
            },
            Event e => new EventSpec
            {
                Title = e.Title, Kind = e.Kind, Date = e.Date, Status = e.Status, Certainty = e.Certainty, Description = e.Description,
                Places = ToAll(e.Places), Participants = e.Participants.Select(p => new ParticipantSpec(To(p.Actor), p.Role)).ToEquatableArray(),
                PartOf = ToOptional(e.PartOf), After = ToAll(e.After), Before = ToAll(e.Before), ConcurrentWith = ToAll(e.ConcurrentWith),
                Quotes = e.Quotes.Select(q => new QuoteSpec(To(q.By), q.Text, default)).ToEquatableArray(),
            },
            Figure f => new FigureSpec
            {
                Measure = f.Measure, Value = f.IsStated ? f.Value : null, Kind = f.Kind, About = ToOptional(f.About),
                Of = ToOptional((Fact?)f.Of ?? f.OfGroup), OfDescription = f.OfDescription,
                Share = f.Share, Unit = f.Value.Unit, AccordingTo = ToOptional(f.AccordingTo), Certainty = f.Certainty, AsOf = f.AsOf,
                // One value is the figure's own; several are its history, each checked against the others.
                Values = f.Values.Count < 2 ? default : f.Values.Select(v => new FigureValueSpec(v.Value, default, v.AsOf, ToOptional(v.AccordingTo),
                    v.Sources.Select(s => new SourceSpec(s.Document, default, s.Quote, default)).ToEquatableArray())).ToEquatableArray(),
            },
            _ => throw new System.ArgumentException($"Fact '{fact.Id}' is a {fact.GetType().Name}, which FactModel does not know.", nameof(fact)),
        };
        return spec with
        {
            Id = fact.Id,
            Notes = fact.Notes,
            Sources = fact.Sources.Select(s => new SourceSpec(s.Document, default, s.Quote, default)).ToEquatableArray(),
        };
    }

    private static Reference To(Fact fact) => new(fact.Id, default);

    private static Reference? ToOptional(Fact? fact) => fact is null ? null : To(fact);

    private static EquatableArray<Reference> ToAll(IEnumerable<Fact> facts) => facts.Select(To).ToEquatableArray();
}
