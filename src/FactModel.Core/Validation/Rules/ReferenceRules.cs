using System.Collections.Generic;
using System.Threading;
using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>
/// FM2001 (a reference to no fact, with the nearest id as a suggestion) and FM2002 (a reference to a fact of the
/// wrong section), one file at a time against the <see cref="DefinitionIndex"/>: a file's references depend only on
/// that file and on the ids, so an edit re-checks the edited file alone.
/// </summary>
public static class ReferenceRules
{
    /// <summary>Checks the references of the definitions in <paramref name="file"/>.</summary>
    public static List<FactDiagnostic> Check(ParsedFactFile file, DefinitionIndex index, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<FactDiagnostic>();
        foreach (var fact in DefinitionOrder.FirstOfEachId(DefinitionOrder.InFile(file)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A duplicate is reported by the id rules; its references are not checked, as they are not in the model.
            if (index.IsDefinitionIn(fact.Id, file.FilePath)) CheckFact(file.FilePath, fact, index, diagnostics);
        }
        return diagnostics;
    }

    private static void CheckFact(string path, FactSpec fact, DefinitionIndex index, List<FactDiagnostic> diagnostics)
    {
        void Check(Reference? reference, string key, FactSection? expected, FactSection? orElse = null)
        {
            if (reference is not { } r) return;
            if (!index.TryGet(r.Id, out var target))
            {
                string? nearest = ScalarForms.Nearest(r.Id, index.Ids);
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.UnresolvedReference, path, r.Span, Subject.Of(fact.Id), key, r.Id,
                    nearest is null ? "" : $" (did you mean '{nearest}'?)"));
            }
            else if (expected is { } section && target.Section != section && target.Section != orElse)
            {
                string wanted = orElse is { } other ? $"{Describe(section)} or {Describe(other)}" : Describe(section);
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.WrongKind, path, r.Span, Subject.Of(fact.Id), key, wanted, r.Id, Describe(target.Section)));
            }
        }
        void CheckAll(IEnumerable<Reference> references, string key, FactSection expected)
        {
            foreach (var r in references) Check(r, key, expected);
        }

        switch (fact)
        {
            case ActorSpec actor:
                foreach (var role in actor.Roles) Check(role.Of, "of", FactSection.Actors);
                Check(actor.PartOf, "part-of", FactSection.Actors);
                Check(actor.LedBy, "led-by", FactSection.Actors);
                break;
            case PlaceSpec place:
                CheckAll(place.Within, "within", FactSection.Places);
                break;
            case EventSpec @event:
                CheckAll(@event.Places, "places", FactSection.Places);
                foreach (var participant in @event.Participants) Check(participant.Actor, "actor", FactSection.Actors);
                Check(@event.PartOf, "part-of", FactSection.Events);
                CheckAll(@event.After, "after", FactSection.Events);
                CheckAll(@event.Before, "before", FactSection.Events);
                CheckAll(@event.ConcurrentWith, "concurrent-with", FactSection.Events);
                foreach (var quote in @event.Quotes) Check(quote.By, "by", FactSection.Actors);
                break;
            case FigureSpec figure:
                Check(figure.About, "about", null);
                // A share's whole is a figure, or a group the text does not count.
                Check(figure.Of, "of", FactSection.Figures, FactSection.Actors);
                if (figure.Values.IsEmpty) Check(figure.AccordingTo, "according-to", FactSection.Actors);
                foreach (var value in figure.Values) Check(value.AccordingTo, "according-to", FactSection.Actors);
                break;
        }
    }

    private static string Describe(FactSection section) => section switch
    {
        FactSection.Actors => "an actor",
        FactSection.Places => "a place",
        FactSection.Events => "an event",
        _ => "a figure",
    };
}
