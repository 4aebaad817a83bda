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
/// <remarks>
/// Facts of the kinds a project declares (the classes the generator writes for them) are checked for what this
/// validator can know without the project's declarations. Every one is checked for what every fact has: its id
/// (FM1005 for an id two facts have), its sources against the documents (FM3xxx), and the references other facts
/// make to it (a figure <c>about</c> it resolves; a reference that wants a figure or an actor and names it is
/// FM2002, as it names "a fact"). One whose class derives from a built-in type (a <c>Politician</c> from
/// <see cref="Person"/>) is checked as a fact of that type too: its roles, <c>part-of</c>, <c>led-by</c> and the
/// rest of the built-in part. A declared kind's own fields (a politician's <c>party</c>, a casualty report's
/// <c>attack</c>) are checked by the generated <c>Validate()</c> method of its class, which knows its declaration:
/// required fields (FM1003), words (FM1004) and references (FM2001, FM2002).
/// </remarks>
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
            // A fact of a kind the project declares whose class derives from Fact itself (or from another declared kind
            // that does): what every fact has, below; its declared fields are its class's Validate()'s to check.
            _ => new DeclaredFactSpec(),
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
