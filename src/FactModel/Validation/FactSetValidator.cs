using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Specs;

namespace FactModel.Validation;

/// <summary>
/// The rules that need more than one fact: unique ids and C# names, references that resolve to the right kind of
/// fact, no cycles, dates and figures that agree; and, through <see cref="SourceValidator"/>, quotes that are really in
/// their documents. The generator, the runtime validator and the command-line tool all run these same rules.
/// </summary>
public static class FactSetValidator
{
    /// <summary>
    /// The members every generated section class has, and the generated classes: no fact may take their C# names.
    /// </summary>
    public static readonly IReadOnlyCollection<string> GeneratedMemberNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "All", "TryGet", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Actors", "Places", "Events", "Figures", "FactCatalog",
    };

    /// <summary>The order in which definitions win over later ones with the same id: by file path, then by position.</summary>
    public static IEnumerable<(string FilePath, FactSpec Fact)> InDefinitionOrder(IEnumerable<(string FilePath, FactSpec Fact)> facts) =>
        facts.OrderBy(f => f.FilePath, StringComparer.Ordinal).ThenBy(f => f.Fact.IdSpan.StartLine).ThenBy(f => f.Fact.IdSpan.StartColumn);

    /// <summary>Validates the facts of <paramref name="files"/> against each other and against <paramref name="documents"/>.</summary>
    /// <remarks>With <paramref name="documents"/> null, sources are not looked up (FM3001 and FM3002 are not checked).</remarks>
    public static List<FactDiagnostic> Validate(IReadOnlyList<ParsedFactFile> files, IReadOnlyList<SourceDocument>? documents,
        CancellationToken cancellationToken = default)
    {
        var diagnostics = ValidateConsistency(files, cancellationToken);
        foreach (var file in files) diagnostics.AddRange(SourceValidator.Validate(file, documents, cancellationToken));
        return diagnostics;
    }

    /// <summary>The rules between facts (FM1005, FM1007, FM2xxx), without the sources.</summary>
    public static List<FactDiagnostic> ValidateConsistency(IReadOnlyList<ParsedFactFile> files, CancellationToken cancellationToken = default)
    {
        var facts = InDefinitionOrder(files.SelectMany(f => f.Facts.Select(s => (f.FilePath, s)))).ToList();
        var context = new ValidationContext(facts, cancellationToken);
        context.CheckIdsAndNames();
        foreach (var (path, fact) in facts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (context.IsDefinition(fact)) context.CheckReferences(path, fact);
        }
        context.CheckCycles();
        context.CheckDates();
        context.CheckFigures();
        return context.Diagnostics;
    }

    private sealed class ValidationContext
    {
        private readonly List<(string Path, FactSpec Fact)> _facts;
        private readonly Dictionary<string, (string Path, FactSpec Fact)> _byId = new(StringComparer.Ordinal);
        private readonly CancellationToken _cancellationToken;

        public ValidationContext(List<(string, FactSpec)> facts, CancellationToken cancellationToken)
        {
            _facts = facts;
            _cancellationToken = cancellationToken;
        }

        public List<FactDiagnostic> Diagnostics { get; } = new();

        public bool IsDefinition(FactSpec fact) => _byId.TryGetValue(fact.Id, out var first) && ReferenceEquals(first.Fact, fact);

        private void Report(DiagnosticDescriptorInfo descriptor, string path, SourceSpan span, params object[] args) =>
            Diagnostics.Add(FactDiagnostic.Create(descriptor, path, span, args));

        private static string Where(string path, SourceSpan span) => path + span;

        public void CheckIdsAndNames()
        {
            // Names are unique across sections, not only within one: the data classes hold facts of every section.
            var names = new Dictionary<string, (string Path, FactSpec Fact)>(StringComparer.Ordinal);
            foreach (var (path, fact) in _facts)
            {
                if (_byId.TryGetValue(fact.Id, out var first))
                {
                    Diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.DuplicateId, path, fact.IdSpan, fact.Id, Where(first.Path, first.Fact.IdSpan))
                        with { RelatedFilePath = first.Path, RelatedSpan = first.Fact.IdSpan });
                    continue;
                }
                _byId.Add(fact.Id, (path, fact));
                string name = Kebab.ToPascalCase(fact.Id);
                if (GeneratedMemberNames.Contains(name))
                    Report(DiagnosticCatalog.NameClash, path, fact.IdSpan, fact.Id, name, "is a member every generated class has");
                else if (names.TryGetValue(name, out var clash))
                    Report(DiagnosticCatalog.NameClash, path, fact.IdSpan, fact.Id, name, $"'{clash.Fact.Id}' at {Where(clash.Path, clash.Fact.IdSpan)} already gives");
                else
                    names.Add(name, (path, fact));
            }
        }

        public void CheckReferences(string path, FactSpec fact)
        {
            string context = $"Fact '{fact.Id}'";
            void Check(Reference? reference, string key, FactSection? expected)
            {
                if (reference is not { } r) return;
                if (!_byId.TryGetValue(r.Id, out var target))
                {
                    string? nearest = ScalarForms.Nearest(r.Id, _byId.Keys);
                    Report(DiagnosticCatalog.UnresolvedReference, path, r.Span, context, key, r.Id, nearest is null ? "" : $" (did you mean '{nearest}'?)");
                }
                else if (expected is { } section && target.Fact.Section != section)
                {
                    Report(DiagnosticCatalog.WrongKind, path, r.Span, context, key, Describe(section), r.Id, Describe(target.Fact.Section));
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
                    Check(figure.Of, "of", FactSection.Figures);
                    Check(figure.AccordingTo, "according-to", FactSection.Actors);
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

        public void CheckCycles()
        {
            // Each relation is a graph over ids; a cycle is reported once, at the reference that closes it.
            CheckCycle("part-of", f => f is ActorSpec a && a.PartOf is { } p ? new[] { p } : f is EventSpec e && e.PartOf is { } q ? new[] { q } : Array.Empty<Reference>());
            CheckCycle("within", f => f is PlaceSpec p ? p.Within : Array.Empty<Reference>());
            CheckCycle("of", f => f is FigureSpec g && g.Of is { } o ? new[] { o } : Array.Empty<Reference>());
            CheckCycle("after", f => f is EventSpec e ? e.After : Array.Empty<Reference>());
            CheckCycle("before", f => f is EventSpec e ? e.Before : Array.Empty<Reference>());
        }

        private void CheckCycle(string key, Func<FactSpec, IEnumerable<Reference>> edges)
        {
            var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the current path, 2 = done
            foreach (var (_, start) in _facts)
            {
                if (state.ContainsKey(start.Id) || !IsDefinition(start)) continue;
                var path = new List<string>();
                var stack = new Stack<(FactSpec Fact, IEnumerator<Reference> Next)>();
                stack.Push((start, edges(start).GetEnumerator()));
                state[start.Id] = 1;
                path.Add(start.Id);
                while (stack.Count > 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var (fact, next) = stack.Peek();
                    if (!next.MoveNext())
                    {
                        stack.Pop();
                        state[fact.Id] = 2;
                        path.RemoveAt(path.Count - 1);
                        continue;
                    }
                    var reference = next.Current;
                    if (!_byId.TryGetValue(reference.Id, out var target)) continue;
                    state.TryGetValue(reference.Id, out int seen);
                    if (seen == 1)
                    {
                        var cycle = path.Skip(path.IndexOf(reference.Id)).Append(reference.Id);
                        Report(DiagnosticCatalog.Cycle, _byId[fact.Id].Path, reference.Span, $"Fact '{fact.Id}'", key, string.Join(" -> ", cycle));
                    }
                    else if (seen == 0)
                    {
                        state[reference.Id] = 1;
                        path.Add(reference.Id);
                        stack.Push((target.Fact, edges(target.Fact).GetEnumerator()));
                    }
                }
            }
        }

        public void CheckDates()
        {
            foreach (var (path, fact) in _facts)
            {
                if (fact is ActorSpec actor && IsDefinition(fact)) CheckRoleDates(path, actor);
                if (fact is not EventSpec @event || @event.Date is not { } date || !IsDefinition(fact)) continue;
                string context = $"Fact '{fact.Id}'";
                CheckRolesInUse(path, context, @event, date);
                foreach (var other in @event.After)
                {
                    if (DateOf(other) is { } earlier && date.LastDay is { } last && last < earlier.FirstDay)
                        Report(DiagnosticCatalog.TemporalContradiction, path, other.Span, context,
                            $"it is dated {date} but comes after '{other.Id}', dated {earlier}");
                }
                foreach (var other in @event.Before)
                {
                    if (DateOf(other) is { } later && later.LastDay is { } laterEnd && laterEnd < date.FirstDay)
                        Report(DiagnosticCatalog.TemporalContradiction, path, other.Span, context,
                            $"it is dated {date} but comes before '{other.Id}', dated {later}");
                }
                if (@event.PartOf is { } whole && DateOf(whole) is { } wholeDate
                    && (date.FirstDay < wholeDate.FirstDay || (wholeDate.LastDay is { } wholeEnd && date.FirstDay > wholeEnd)))
                    Report(DiagnosticCatalog.TemporalContradiction, path, @event.DateSpan, context,
                        $"it is dated {date}, outside '{whole.Id}' ({wholeDate}) that it is part of");
            }
        }

        private void CheckRoleDates(string path, ActorSpec actor)
        {
            foreach (var role in actor.Roles)
            {
                if (role.From is { } from && role.Until is { } until && until.LastDay < from.FirstDay)
                    Report(DiagnosticCatalog.TemporalContradiction, path, role.Span, $"Fact '{actor.Id}'",
                        $"its role '{role.Title}' of '{role.Of.Id}' ends ({until}) before it starts ({from})");
            }
        }

        /// <summary>A participant that takes part in a role (by its kebab-case title) after that role ended.</summary>
        private void CheckRolesInUse(string path, string context, EventSpec @event, DateSpan date)
        {
            foreach (var participant in @event.Participants)
            {
                if (!_byId.TryGetValue(participant.Actor.Id, out var target) || target.Fact is not ActorSpec actor) continue;
                foreach (var role in actor.Roles)
                {
                    if (role.Until is { } until && until.LastDay < date.FirstDay && Kebab.FromWords(role.Title) == participant.Role)
                        Report(DiagnosticCatalog.TemporalContradiction, path, participant.Actor.Span, context,
                            $"'{actor.Id}' takes part as '{participant.Role}' in an event dated {date}, but that role of '{role.Of.Id}' ended in {until}");
                }
            }
        }

        private DateSpan? DateOf(Reference reference) =>
            _byId.TryGetValue(reference.Id, out var target) && target.Fact is EventSpec e ? e.Date : null;

        public void CheckFigures()
        {
            foreach (var (path, fact) in _facts)
            {
                if (fact is not FigureSpec figure || !IsDefinition(fact)) continue;
                string context = $"Fact '{fact.Id}'";
                if (figure.Share is { } share && share.Kind != ShareKind.Most && (share.Numerator < 0 || share.Numerator > share.Denominator))
                {
                    Report(DiagnosticCatalog.FigureArithmetic, path, figure.ValueSpan, context,
                        share.Kind == ShareKind.Percent ? $"the share {share} is outside 0% to 100%" : $"the share {share} is outside 0 to 1");
                    continue;
                }
                if (figure.Value is not { } part || figure.Of is not { } of || WholeValue(of) is not { } whole) continue;
                if (part.LowerBound is { } low && whole.UpperBound is { } high
                    && (low.Value > high.Value || (low.Value == high.Value && !(low.Inclusive && high.Inclusive))))
                    Report(DiagnosticCatalog.FigureArithmetic, path, figure.ValueSpan, context,
                        $"its value ({part}) is larger than the whole it is part of, '{of.Id}' ({whole})");
            }
        }

        private Quantity? WholeValue(Reference reference, int depth = 0)
        {
            if (depth > 32 || !_byId.TryGetValue(reference.Id, out var target) || target.Fact is not FigureSpec figure) return null;
            if (figure.Value is not null) return figure.Value;
            return figure.Share is { } share && figure.Of is { } of && WholeValue(of, depth + 1) is { } whole ? share.Apply(whole) : null;
        }
    }
}
