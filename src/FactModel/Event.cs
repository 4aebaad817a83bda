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
    private readonly string? _kind;
    private readonly DateSpan? _date;
    private readonly EventStatus _status;
    private readonly Certainty _certainty;
    private readonly string? _description;
    private readonly IReadOnlyList<Place> _places;
    private readonly IReadOnlyList<Participant> _participants;
    private readonly FactRef<Event>? _partOf;
    private readonly IReadOnlyList<Event> _after;
    private readonly IReadOnlyList<Event> _before;
    private readonly IReadOnlyList<Event> _concurrentWith;
    private readonly IReadOnlyList<Quote> _quotes;

    /// <summary>Creates an event.</summary>
    public Event(string id, string title, string? kind = null, DateSpan? date = null, EventStatus status = EventStatus.Happened,
        Certainty certainty = Certainty.Reported, string? description = null, IEnumerable<FactRef<Place>>? places = null,
        IEnumerable<Participant>? participants = null, FactRef<Event>? partOf = null, IEnumerable<FactRef<Event>>? after = null,
        IEnumerable<FactRef<Event>>? before = null, IEnumerable<FactRef<Event>>? concurrentWith = null,
        IEnumerable<Quote>? quotes = null, IEnumerable<Source>? sources = null, string? notes = null)
        : base(id, sources, notes)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        _kind = kind;
        _date = date;
        _status = status;
        _certainty = certainty;
        _description = description;
        _places = FactRefList<Place>.From(places);
        _participants = ReadOnly.List(participants);
        _partOf = partOf;
        _after = FactRefList<Event>.From(after);
        _before = FactRefList<Event>.From(before);
        _concurrentWith = FactRefList<Event>.From(concurrentWith);
        _quotes = ReadOnly.List(quotes);
    }

    /// <summary>A head read from a generated model's data: its id and title, the rest read when first used.</summary>
    internal Event(string id, string title, FactChunk chunk, int line) : base(id, chunk, line)
    {
        Title = title;
        _places = Array.Empty<Place>();
        _participants = Array.Empty<Participant>();
        _after = _before = _concurrentWith = Array.Empty<Event>();
        _quotes = Array.Empty<Quote>();
    }

    /// <summary>Creates an event with the fields of <paramref name="original"/>: the base of a kind a project declares.</summary>
    protected Event(Event original) : base(original)
    {
        var whole = (Event?)original.Rest ?? original;
        Title = whole.Title;
        _kind = whole._kind;
        _date = whole._date;
        _status = whole._status;
        _certainty = whole._certainty;
        _description = whole._description;
        _places = whole._places;
        _participants = whole._participants;
        _partOf = whole._partOf;
        _after = whole._after;
        _before = whole._before;
        _concurrentWith = whole._concurrentWith;
        _quotes = whole._quotes;
    }

    /// <summary>A short title: "Blinken arrives in Israel".</summary>
    public string Title { get; }

    /// <summary>What kind of event it is, in kebab-case: visit, meeting, strike, talks, war.</summary>
    public string? Kind => Rest is Event rest ? rest.Kind : _kind;

    /// <summary>When it happened, as precisely as the source says; null when the source gives no date.</summary>
    public DateSpan? Date => Rest is Event rest ? rest.Date : _date;

    /// <summary>Whether it took place.</summary>
    public EventStatus Status => Rest is Event rest ? rest.Status : _status;

    /// <summary>How sure the source is that it happened as stated.</summary>
    public Certainty Certainty => Rest is Event rest ? rest.Certainty : _certainty;

    /// <summary>What happened, in the source's words, when a title is not enough.</summary>
    public string? Description => Rest is Event rest ? rest.Description : _description;

    /// <summary>Where it happened.</summary>
    public IReadOnlyList<Place> Places => Rest is Event rest ? rest.Places : _places;

    /// <summary>Who took part, and how.</summary>
    public IReadOnlyList<Participant> Participants => Rest is Event rest ? rest.Participants : _participants;

    /// <summary>The larger event this one is part of: the Israel-Hamas war.</summary>
    public Event? PartOf => Rest is Event rest ? rest.PartOf : _partOf?.Fact;

    /// <summary>Events this one came after, for order where dates are coarse or missing.</summary>
    public IReadOnlyList<Event> After => Rest is Event rest ? rest.After : _after;

    /// <summary>Events this one came before.</summary>
    public IReadOnlyList<Event> Before => Rest is Event rest ? rest.Before : _before;

    /// <summary>Events at the same time as this one ("the rocket fire came as Israel stepped up its strikes").</summary>
    public IReadOnlyList<Event> ConcurrentWith => Rest is Event rest ? rest.ConcurrentWith : _concurrentWith;

    /// <summary>What participants said about it.</summary>
    public IReadOnlyList<Quote> Quotes => Rest is Event rest ? rest.Quotes : _quotes;

    /// <summary>The Wikidata item id (Q…), when known. A field added to the built-in kind: read by its key.</summary>
    public string? Wikidata => AddedValues?.Text("wikidata");

    /// <inheritdoc/>
    public override string DisplayName => Title;
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
