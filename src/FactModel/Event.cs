using System;
using System.Collections.Generic;

namespace FactModel;

/// <summary>Whether an event took place, as the source presents it.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.KebabEnumJsonConverter<EventStatus>))]
#endif
public enum EventStatus
{
    /// <summary>It took place.</summary>
    Happened,
    /// <summary>It started and has not ended.</summary>
    Ongoing,
    /// <summary>It is expected to take place: "He is expected to meet top officials".</summary>
    Expected,
    /// <summary>It is proposed or sought, not agreed: a deal under negotiation.</summary>
    Proposed,
    /// <summary>It was attempted and fell apart.</summary>
    Failed,
}

/// <summary>Something that happened, is happening, or is expected or proposed: a visit, a strike, talks, a war.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.FactJsonConverterFactory))]
#endif
public class Event : Fact
{
    // Everything but the title, in an object of its own that a head leaves out (see Fact).
    private readonly OwnFields? _own;

    /// <summary>Creates an event.</summary>
    public Event(string id, string title, string? kind = null, DateSpan? date = null, EventStatus status = EventStatus.Happened,
        Certainty certainty = Certainty.Reported, string? description = null, IEnumerable<FactRef<Place>>? places = null,
        IEnumerable<Participant>? participants = null, FactRef<Event>? partOf = null, IEnumerable<FactRef<Event>>? after = null,
        IEnumerable<FactRef<Event>>? before = null, IEnumerable<FactRef<Event>>? concurrentWith = null,
        IEnumerable<Quote>? quotes = null, IEnumerable<Source>? sources = null, string? notes = null)
        : base(id, sources, notes)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        _own = new OwnFields
        {
            Kind = kind,
            Date = date,
            Status = status,
            Certainty = certainty,
            Description = description,
            Places = FactRefList<Place>.From(places),
            Participants = ReadOnly.List(participants),
            PartOf = partOf,
            After = FactRefList<Event>.From(after),
            Before = FactRefList<Event>.From(before),
            ConcurrentWith = FactRefList<Event>.From(concurrentWith),
            Quotes = ReadOnly.List(quotes),
        };
    }

    /// <summary>A head read from a generated model's data: its id and title, the rest read when first used.</summary>
    internal Event(string id, string title, FactChunk chunk, int line) : base(id, chunk, line) => Title = title;

    /// <summary>Creates an event with the fields of <paramref name="original"/>: the base of a kind a project declares.</summary>
    protected Event(Event original) : base(original)
    {
        Title = original.Title;
        _own = original.Own;
    }

    /// <summary>A short title: "Blinken arrives in Israel".</summary>
    public string Title { get; }

    /// <summary>What kind of event it is, in kebab-case: visit, meeting, strike, talks, war.</summary>
    public string? Kind => Own.Kind;

    /// <summary>When it happened, as precisely as the source says; null when the source gives no date.</summary>
    public DateSpan? Date => Own.Date;

    /// <summary>Whether it took place.</summary>
    public EventStatus Status => Own.Status;

    /// <summary>How sure the source is that it happened as stated.</summary>
    public Certainty Certainty => Own.Certainty;

    /// <summary>What happened, in the source's words, when a title is not enough.</summary>
    public string? Description => Own.Description;

    /// <summary>Where it happened.</summary>
    public IReadOnlyList<Place> Places => Own.Places;

    /// <summary>Who took part, and how.</summary>
    public IReadOnlyList<Participant> Participants => Own.Participants;

    /// <summary>The larger event this one is part of: the Israel-Hamas war.</summary>
    public Event? PartOf => Own.PartOf?.Fact;

    /// <summary>Events this one came after, for order where dates are coarse or missing.</summary>
    public IReadOnlyList<Event> After => Own.After;

    /// <summary>Events this one came before.</summary>
    public IReadOnlyList<Event> Before => Own.Before;

    /// <summary>Events at the same time as this one ("the rocket fire came as Israel stepped up its strikes").</summary>
    public IReadOnlyList<Event> ConcurrentWith => Own.ConcurrentWith;

    /// <summary>What participants said about it.</summary>
    public IReadOnlyList<Quote> Quotes => Own.Quotes;

    /// <summary>The Wikidata item id (Q…), when known. A field added to the built-in kind: read by its key.</summary>
    public string? Wikidata => AddedValues?.Text("wikidata");

    /// <inheritdoc/>
    public override string DisplayName => Title;

    /// <summary>The event's own fields: its own, or for a head its rest's, read on first use.</summary>
    private OwnFields Own => _own ?? ((Event)Rest!)._own!;

    private sealed class OwnFields
    {
        public string? Kind { get; init; }
        public DateSpan? Date { get; init; }
        public EventStatus Status { get; init; }
        public Certainty Certainty { get; init; }
        public string? Description { get; init; }
        public IReadOnlyList<Place> Places { get; init; } = Array.Empty<Place>();
        public IReadOnlyList<Participant> Participants { get; init; } = Array.Empty<Participant>();
        public FactRef<Event>? PartOf { get; init; }
        public IReadOnlyList<Event> After { get; init; } = Array.Empty<Event>();
        public IReadOnlyList<Event> Before { get; init; } = Array.Empty<Event>();
        public IReadOnlyList<Event> ConcurrentWith { get; init; } = Array.Empty<Event>();
        public IReadOnlyList<Quote> Quotes { get; init; } = Array.Empty<Quote>();
    }
}

/// <summary>An actor taking part in an event, and the part it plays: visitor, host, mediator, attacker, target.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.ParticipantJsonConverter))]
#endif
public sealed class Participant
{
    private readonly FactRef<Actor> _actor;

    /// <summary>Creates a participant.</summary>
    public Participant(FactRef<Actor> actor, string role)
    {
        _actor = actor;
        Role = role ?? throw new ArgumentNullException(nameof(role));
    }

    /// <summary>Who takes part.</summary>
    public Actor Actor => _actor.Fact;

    /// <summary>The part played, in kebab-case: visitor, host, mediator, attacker, target, party.</summary>
    public string Role { get; }

    /// <summary>"Antony Blinken (visitor)".</summary>
    public override string ToString() => $"{Actor.DisplayName} ({Role})";
}

/// <summary>Words an actor said about an event: Netanyahu called the meeting "friendly and productive".</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.QuoteJsonConverter))]
#endif
public sealed class Quote
{
    private readonly FactRef<Actor> _by;

    /// <summary>Creates a quote.</summary>
    public Quote(FactRef<Actor> by, string text)
    {
        _by = by;
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>Who said it.</summary>
    public Actor By => _by.Fact;

    /// <summary>The words, verbatim.</summary>
    public string Text { get; }

    /// <summary>"Netanyahu: “friendly and productive”".</summary>
    public override string ToString() => $"{By.DisplayName}: \u201C{Text}\u201D";
}
