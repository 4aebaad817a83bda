using System;
using System.Linq;
using FactModel.Specs;

namespace FactModel.Core.Kinds;

/// <summary>
/// The kinds FactModel knows without being told: what every fact has, the four actor kinds, places, events, figures,
/// the documents sources cite, and the entries embedded in them. This is the one place that says which keys a kind has
/// and what their values are; the parser, the rules, the schema and the exports read it. Written out as YAML
/// (<see cref="KindDeclarationWriter"/>), these declarations are the same language a project uses for its own kinds.
/// </summary>
public static class BuiltInKinds
{
    /// <summary>What every fact has: <c>id</c>, <c>source</c> and <c>notes</c>.</summary>
    public static readonly KindDeclaration Fact = new("fact", null, null, TypedFields(
        new FieldDeclaration("id", FieldType.Id, Required: true, Description: "Lowercase kebab-case, starting with a letter, unique across all fact files."),
        new FieldDeclaration("source", FieldType.Entry, "source", List: true, Description: "Where the fact is stated: a document and its verbatim words."),
        new FieldDeclaration("notes", FieldType.Text, Description: "The editor's notes: what the source leaves open, and why the fact is encoded as it is.")),
        Abstract: true, Description: "What every fact has.");

    /// <summary>A person, organization, state or group.</summary>
    public static readonly KindDeclaration Actor = new("actor", "actors", "fact", TypedFields(
        new FieldDeclaration("name", FieldType.Text, Description: "The name as the source gives it."),
        new FieldDeclaration("aliases", FieldType.Text, List: true, Description: "Other names the source uses."),
        new FieldDeclaration("description", FieldType.Text, Description: "How the source describes the actor, for one it does not name."),
        new FieldDeclaration("roles", FieldType.Entry, "role", List: true, Description: "Positions the actor holds."),
        new FieldDeclaration("part-of", FieldType.Reference, "actor", Cycles: CycleRule.Never, Description: "The actor this one is a part of."),
        new FieldDeclaration("led-by", FieldType.Reference, "actor", Cycles: CycleRule.Never, Description: "The actor that leads this one."),
        new FieldDeclaration("wikidata", FieldType.Wikidata, Description: "The Wikidata item of the actor.")),
        Abstract: true, OneOf: Groups(new[] { "name" }, new[] { "description" }), Description: "A person, organization, state or group.");

    /// <summary>The kinds of actor, in the order <c>kind:</c> lists them.</summary>
    public static readonly KindDeclaration Person = new("person", null, "actor", default, Description: "A person.");
    /// <inheritdoc cref="Person"/>
    public static readonly KindDeclaration Organization = new("organization", null, "actor", default, Description: "An organization: a party, an agency, a company.");
    /// <inheritdoc cref="Person"/>
    public static readonly KindDeclaration State = new("state", null, "actor", default, Description: "A state.");
    /// <inheritdoc cref="Person"/>
    public static readonly KindDeclaration Group = new("group", null, "actor", default, Description: "A group: an armed group, a movement, people the source counts together.");

    /// <summary>A place.</summary>
    public static readonly KindDeclaration Place = new("place", "places", "fact", TypedFields(
        new FieldDeclaration("name", FieldType.Text, Required: true, Description: "The name as the source gives it."),
        new FieldDeclaration("kind", FieldType.Word, Default: "city", Description: "What the place is: city, country, region, area..."),
        new FieldDeclaration("aliases", FieldType.Text, List: true, Description: "Other names the source uses."),
        new FieldDeclaration("description", FieldType.Text, Description: "How the source describes the place."),
        new FieldDeclaration("within", FieldType.Reference, "place", List: true, Cycles: CycleRule.Never, Description: "The places this one is within."),
        new FieldDeclaration("wikidata", FieldType.Wikidata, Description: "The Wikidata item of the place.")),
        Description: "A place.");

    /// <summary>Something that happened, happens or may happen.</summary>
    public static readonly KindDeclaration Event = new("event", "events", "fact", TypedFields(
        new FieldDeclaration("title", FieldType.Text, Required: true, Description: "A short title."),
        new FieldDeclaration("kind", FieldType.Word, Default: "air-strike", Description: "What happened: visit, air-strike, talks..."),
        new FieldDeclaration("date", FieldType.DateSpan, Description: "When, with the precision the source gives."),
        new FieldDeclaration("status", FieldType.Word, Values: WordsOf<EventStatus>(), Default: "happened", Description: "Whether it happened, is ongoing, is planned..."),
        new FieldDeclaration("certainty", FieldType.Word, Values: WordsOf<Certainty>(), Default: "reported", Description: "How sure the source is."),
        new FieldDeclaration("description", FieldType.Text, Description: "What happened, in the source's terms."),
        new FieldDeclaration("places", FieldType.Reference, "place", List: true, Description: "Where."),
        new FieldDeclaration("participants", FieldType.Entry, "participant", List: true, Description: "Who took part, and how."),
        new FieldDeclaration("part-of", FieldType.Reference, "event", Cycles: CycleRule.Never, Description: "The larger event this one is part of."),
        new FieldDeclaration("after", FieldType.Reference, "event", List: true, Cycles: CycleRule.Never, Description: "Events this one came after."),
        new FieldDeclaration("before", FieldType.Reference, "event", List: true, Cycles: CycleRule.Never, Description: "Events this one came before."),
        new FieldDeclaration("concurrent-with", FieldType.Reference, "event", List: true, Description: "Events at the same time."),
        new FieldDeclaration("quotes", FieldType.Entry, "quote", List: true, Description: "What was said, by whom."))
        .And(new FieldDeclaration("wikidata", FieldType.Wikidata, Description: "The Wikidata item of the event.")),
        Description: "Something that happened, happens or may happen.");

    /// <summary>A number the source states.</summary>
    public static readonly KindDeclaration Figure = new("figure", "figures", "fact", TypedFields(
        new FieldDeclaration("measure", FieldType.Text, Required: true, Description: "What is counted or measured."),
        new FieldDeclaration("value", FieldType.Quantity, Description: "The value as written: a number, a magnitude word, 'unknown', or a range."),
        new FieldDeclaration("qualifier", FieldType.Word, Values: WordsOf<Qualifier>(), Default: "exact", Description: "The qualifier as written: over, around, nearly..."),
        new FieldDeclaration("precision", FieldType.Word, Values: Precisions, Description: PrecisionDescription),
        new FieldDeclaration("unit", FieldType.Text, Description: "The unit: people, hours..."),
        new FieldDeclaration("kind", FieldType.Word, Values: WordsOf<FigureKind>(), Default: "count", Description: "What kind of number it is."),
        new FieldDeclaration("about", FieldType.Reference, "fact", Description: "The fact the figure is about."),
        new FieldDeclaration("of", FieldType.Reference, "figure", Cycles: CycleRule.Never, OrKind: "actor", OrText: true,
            Description: "The whole this figure is a part of: a figure, or a group the text does not count; or the whole in words (with a space)."),
        new FieldDeclaration("share", FieldType.Share, Description: "A share of the whole in 'of': '90%', '1/3' or 'most'."),
        new FieldDeclaration("according-to", FieldType.Reference, "actor", Description: "Who gives the figure, as the source attributes it."),
        new FieldDeclaration("certainty", FieldType.Word, Values: WordsOf<Certainty>(), Default: "reported", Description: "How sure the source is."),
        new FieldDeclaration("as-of", FieldType.Date, Description: "When the figure held."),
        new FieldDeclaration("values", FieldType.Entry, "figure-value", List: true,
            Description: "The figure's values over time, each with its as-of, according-to and source, instead of one value.")),
        OneOf: Groups(new[] { "value" }, new[] { "values" }, new[] { "share", "of" }), Description: "A number the source states.");

    /// <summary>An entry of a figure's <c>values:</c>: its value as of a date, according to whom, stated where.</summary>
    public static readonly KindDeclaration FigureValue = new("figure-value", null, null, TypedFields(
        new FieldDeclaration("value", FieldType.Quantity, Required: true, Description: "The value as written: a number, a magnitude word, 'unknown', or a range."),
        new FieldDeclaration("qualifier", FieldType.Word, Values: WordsOf<Qualifier>(), Default: "exact", Description: "The qualifier as written: over, around, nearly..."),
        new FieldDeclaration("precision", FieldType.Word, Values: Precisions, Description: PrecisionDescription),
        new FieldDeclaration("as-of", FieldType.Date, Description: "When the value held."),
        new FieldDeclaration("according-to", FieldType.Reference, "actor", Description: "Who gives the value, as the source attributes it."),
        new FieldDeclaration("source", FieldType.Entry, "source", List: true, Description: "Where the value is stated: a document and its verbatim words.")),
        Entry: true, Description: "One value of a figure that changes over time.");

    /// <summary>What a source document is (its file in seeds/ stays the plain text).</summary>
    public static readonly KindDeclaration Document = new("document", "documents", null, TypedFields(
        new FieldDeclaration("id", FieldType.Text, Required: true, Description: "The document's file name without its extension."),
        new FieldDeclaration("title", FieldType.Text, Description: "The document's title."),
        new FieldDeclaration("published", FieldType.Date, Description: "When it was published."),
        new FieldDeclaration("publisher", FieldType.Text, Description: "Who published it."),
        new FieldDeclaration("url", FieldType.Url, Description: "Where it was published.")),
        Description: "A source document that facts cite.");

    /// <summary>A <c>source:</c> entry.</summary>
    public static readonly KindDeclaration Source = new("source", null, null, TypedFields(
        new FieldDeclaration("document", FieldType.Text, Required: true, Description: "A source document's file name without its extension."),
        new FieldDeclaration("quote", FieldType.Text, Required: true, Description: "The verbatim words of the document that state the fact.")),
        Entry: true, Description: "A document and the words of it that state the fact.");

    /// <summary>An entry of an actor's <c>roles:</c>.</summary>
    public static readonly KindDeclaration Role = new("role", null, null, TypedFields(
        new FieldDeclaration("title", FieldType.Text, Required: true, Description: "The role: leader, minister, spokesperson..."),
        new FieldDeclaration("of", FieldType.Reference, "actor", Required: true, Cycles: CycleRule.NotToItself, Description: "The actor the role is of."),
        new FieldDeclaration("from", FieldType.Date, Description: "Since when."),
        new FieldDeclaration("until", FieldType.Date, Description: "Until when.")),
        Entry: true, Description: "A position an actor holds.");

    /// <summary>An entry of an event's <c>participants:</c>.</summary>
    public static readonly KindDeclaration Participant = new("participant", null, null, TypedFields(
        new FieldDeclaration("actor", FieldType.Reference, "actor", Required: true, Description: "Who took part."),
        new FieldDeclaration("role", FieldType.Word, Default: "party", Description: "How: visitor, host, attacker, target...")),
        Entry: true, Description: "An actor taking part in an event.");

    /// <summary>An entry of an event's <c>quotes:</c>.</summary>
    public static readonly KindDeclaration Quote = new("quote", null, null, TypedFields(
        new FieldDeclaration("by", FieldType.Reference, "actor", Required: true, Description: "Who said it."),
        new FieldDeclaration("text", FieldType.Text, Required: true, Description: "The words, verbatim.")),
        Entry: true, Description: "Words said at an event.");

    /// <summary>Every built-in kind, roots before the kinds that extend them, entries last.</summary>
    public static readonly EquatableArray<KindDeclaration> All = new[]
    {
        Fact, Actor, Person, Organization, State, Group, Place, Event, Figure, Document, Source, Role, Participant, Quote, FigureValue,
    }.ToEquatableArray();

    /// <summary>The catalog of the built-in kinds.</summary>
    public static readonly KindCatalog Catalog = new(All);

    /// <summary>
    /// Fields that a typed spec and the data's positions hold (<see cref="FieldDeclaration.Typed"/>): the fields the
    /// parser's reader of each kind reads by hand. A field added to a built-in kind goes after them, through
    /// <see cref="And"/>, and is then read, written and read back by its declaration (docs/architecture.md).
    /// </summary>
    private static EquatableArray<FieldDeclaration> TypedFields(params FieldDeclaration[] fields) =>
        fields.Select(f => f with { Typed = true }).ToEquatableArray();

    /// <summary><paramref name="typed"/>, then fields held by their declaration (<see cref="FieldDeclaration.Typed"/> false).</summary>
    private static EquatableArray<FieldDeclaration> And(this EquatableArray<FieldDeclaration> typed, params FieldDeclaration[] added) =>
        typed.Concat(added).ToEquatableArray();

    private static EquatableArray<string> Precisions => new[] { "exact", "rounded" }.ToEquatableArray();

    private const string PrecisionDescription =
        "Overrides precision as written: 'exact' for a number with a scale word that is exact, 'rounded' for digits the text rounds.";

    private static EquatableArray<EquatableArray<string>> Groups(params string[][] groups) =>
        groups.Select(g => new EquatableArray<string>(g)).ToEquatableArray();

    private static EquatableArray<string> WordsOf<TEnum>() where TEnum : struct, Enum => ScalarForms.WordListOf<TEnum>().ToEquatableArray();
}
