using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Specs;

namespace FactModel.Cli.Facts;

/// <summary>
/// A reference from one fact to another, named by the key it is written under (<c>of</c>, <c>participants</c>,
/// <c>within</c>...), with what the key says about it: a role's title, a participant's role, a quote's text.
/// <paramref name="Declared"/> is true for a reference in a field the project declared (a politician's
/// <c>party</c>), whose key means what the project says it means, whatever a built-in key of the same name means.
/// </summary>
internal sealed record FactLink(string Key, string TargetId, string? Detail = null, bool Declared = false)
{
    /// <summary>
    /// Every reference <paramref name="fact"/> makes, in the order the format lists its keys, then those of the
    /// fields its project declared, in declaration order.
    /// </summary>
    public static IEnumerable<FactLink> Of(FactSpec fact) => BuiltIn(fact).Concat(DeclaredOf(fact));

    private static IEnumerable<FactLink> DeclaredOf(FactSpec fact)
    {
        foreach (var value in fact.DeclaredValues)
        {
            if (value.Field.Type != Core.Kinds.FieldType.Reference) continue;
            foreach (var item in value.Items)
            {
                if (item.Reference is { } reference) yield return new(value.Field.Key, reference.Id, Declared: true);
            }
        }
    }

    private static IEnumerable<FactLink> BuiltIn(FactSpec fact)
    {
        switch (fact)
        {
            case ActorSpec actor:
                foreach (var role in actor.Roles) yield return new("roles", role.Of.Id, role.Title);
                if (actor.PartOf is { } partOf) yield return new("part-of", partOf.Id);
                if (actor.LedBy is { } ledBy) yield return new("led-by", ledBy.Id);
                break;
            case PlaceSpec place:
                foreach (var within in place.Within) yield return new("within", within.Id);
                break;
            case EventSpec @event:
                foreach (var place in @event.Places) yield return new("places", place.Id);
                foreach (var participant in @event.Participants) yield return new("participants", participant.Actor.Id, participant.Role);
                if (@event.PartOf is { } eventPartOf) yield return new("part-of", eventPartOf.Id);
                foreach (var after in @event.After) yield return new("after", after.Id);
                foreach (var before in @event.Before) yield return new("before", before.Id);
                foreach (var concurrent in @event.ConcurrentWith) yield return new("concurrent-with", concurrent.Id);
                foreach (var quote in @event.Quotes) yield return new("quotes", quote.By.Id, quote.Text);
                break;
            case FigureSpec figure:
                if (figure.About is { } about) yield return new("about", about.Id);
                if (figure.Of is { } of) yield return new("of", of.Id);
                if (figure.Values.IsEmpty && figure.AccordingTo is { } accordingTo) yield return new("according-to", accordingTo.Id);
                foreach (string source in figure.Values.Select(v => v.AccordingTo?.Id).OfType<string>().Distinct(StringComparer.Ordinal))
                    yield return new("according-to", source);
                break;
        }
    }
}
