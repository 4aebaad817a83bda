using System;
using System.Collections.Generic;
using System.Threading;
using FactModel.Specs;

namespace FactModel.Validation.Rules;

/// <summary>
/// FM2004: dates that contradict each other. An event after an event that starts after it ends, or before one that
/// ends before it starts; a part dated outside its whole; a role that ends before it starts; a participant in a role
/// after that role's <c>until</c>.
/// </summary>
public static class DateRules
{
    /// <summary>Checks the dates of <paramref name="files"/> against each other.</summary>
    public static List<FactDiagnostic> Check(IEnumerable<DateSummary> files, DefinitionIndex index, CancellationToken cancellationToken = default)
    {
        var facts = new List<(string Path, DatedFact Fact)>();
        var events = new Dictionary<string, DatedEvent>(StringComparer.Ordinal);
        var actors = new Dictionary<string, ActorRoles>(StringComparer.Ordinal);
        foreach (var file in DefinitionOrder.OfFiles(files))
        foreach (var fact in file.Facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!index.IsDefinitionIn(fact.Id, file.FilePath) || events.ContainsKey(fact.Id) || actors.ContainsKey(fact.Id)) continue;
            facts.Add((file.FilePath, fact));
            if (fact is DatedEvent @event) events.Add(fact.Id, @event);
            else if (fact is ActorRoles actor) actors.Add(fact.Id, actor);
        }

        var diagnostics = new List<FactDiagnostic>();
        foreach (var (path, fact) in facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (fact is ActorRoles actor) CheckRoleDates(path, actor, diagnostics);
            else if (fact is DatedEvent @event) CheckEvent(path, @event, events, actors, diagnostics);
        }
        return diagnostics;
    }

    private static void CheckEvent(string path, DatedEvent @event, Dictionary<string, DatedEvent> events, Dictionary<string, ActorRoles> actors,
        List<FactDiagnostic> diagnostics)
    {
        var date = @event.Date;
        // Only a dated event is in events: an undated one, or a fact of another section, has no date to contradict.
        DateSpan? DateOf(Reference reference) => events.TryGetValue(reference.Id, out var other) ? other.Date : null;

        CheckRolesInUse(path, @event, actors, diagnostics);
        foreach (var other in @event.After)
        {
            if (DateOf(other) is { } earlier && date.LastDay is { } last && last < earlier.FirstDay)
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.TemporalContradiction, path, other.Span, Subject.Of(@event.Id),
                    $"it is dated {date} but comes after '{other.Id}', dated {earlier}"));
        }
        foreach (var other in @event.Before)
        {
            if (DateOf(other) is { } later && later.LastDay is { } laterEnd && laterEnd < date.FirstDay)
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.TemporalContradiction, path, other.Span, Subject.Of(@event.Id),
                    $"it is dated {date} but comes before '{other.Id}', dated {later}"));
        }
        if (@event.PartOf is { } whole && DateOf(whole) is { } wholeDate
            && (date.FirstDay < wholeDate.FirstDay || (wholeDate.LastDay is { } wholeEnd && date.FirstDay > wholeEnd)))
            diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.TemporalContradiction, path, @event.DateSpan, Subject.Of(@event.Id),
                $"it is dated {date}, outside '{whole.Id}' ({wholeDate}) that it is part of"));
    }

    private static void CheckRoleDates(string path, ActorRoles actor, List<FactDiagnostic> diagnostics)
    {
        foreach (var role in actor.Roles)
        {
            if (role.From is { } from && role.Until is { } until && until.LastDay < from.FirstDay)
                diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.TemporalContradiction, path, role.Span, Subject.Of(actor.Id),
                    $"its role '{role.Title}' of '{role.Of.Id}' ends ({until}) before it starts ({from})"));
        }
    }

    /// <summary>A participant that takes part in a role (by its kebab-case title) after that role ended.</summary>
    private static void CheckRolesInUse(string path, DatedEvent @event, Dictionary<string, ActorRoles> actors,
        List<FactDiagnostic> diagnostics)
    {
        var date = @event.Date;
        foreach (var participant in @event.Participants)
        {
            if (!actors.TryGetValue(participant.Actor.Id, out var actor)) continue;
            foreach (var role in actor.Roles)
            {
                if (role.Until is { } until && until.LastDay < date.FirstDay && Kebab.FromWords(role.Title) == participant.Role)
                    diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.TemporalContradiction, path, participant.Actor.Span, Subject.Of(@event.Id),
                        $"'{actor.Id}' takes part as '{participant.Role}' in an event dated {date}, but that role of '{role.Of.Id}' ended in {until}"));
            }
        }
    }
}
