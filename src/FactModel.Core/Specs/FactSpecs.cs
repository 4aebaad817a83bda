using System.Collections.Generic;
using FactModel.Core.Kinds;

namespace FactModel.Specs;

// The parsed model of fact files. Every type here is a sealed record of strings, runtime value types
// (PartialDate, DateSpan, Quantity, Share: all with value equality) and EquatableArrays, so a model compares by
// value all the way down: the incremental generator uses that to skip work when a file's meaning did not change.
// Spans are kept where a later stage may need to point at a node.

/// <summary>The four sections of a fact file, in the order the generated API lists them.</summary>
public enum FactSection
{
    /// <summary><c>actors:</c></summary>
    Actors,
    /// <summary><c>places:</c></summary>
    Places,
    /// <summary><c>events:</c></summary>
    Events,
    /// <summary><c>figures:</c></summary>
    Figures,
    /// <summary>A section a project declares for its own kind (<c>casualty-reports:</c>): see <see cref="DeclaredFactSpec.SectionName"/>.</summary>
    Declared,
}

/// <summary>A reference to another fact by id, with where it is written.</summary>
public readonly record struct Reference(string Id, SourceSpan Span);

/// <summary>A reference with the declared field it is written in, which says what kind it must point to.</summary>
public readonly record struct FieldReference(FieldDeclaration Field, Reference Reference);

/// <summary>A <c>source:</c> entry: a document name and a verbatim quote.</summary>
public sealed record SourceSpec(string Document, SourceSpan DocumentSpan, string Quote, SourceSpan QuoteSpan);

/// <summary>What every fact has.</summary>
public abstract record FactSpec
{
    /// <summary>The id as written.</summary>
    public string Id { get; init; } = "";

    /// <summary>Where the id's value is written.</summary>
    public SourceSpan IdSpan { get; init; }

    /// <summary>The sources, in order.</summary>
    public EquatableArray<SourceSpec> Sources { get; init; }

    /// <summary>True when the fact has a <c>source:</c> key, even one too broken to read (then it is not also "without a source").</summary>
    public bool SourceWritten { get; init; }

    /// <summary>The editor's notes.</summary>
    public string? Notes { get; init; }

    /// <summary>The section the fact is in.</summary>
    public abstract FactSection Section { get; }

    /// <summary>
    /// The kind a project declared that the fact is of (a <c>politician</c>, a <c>casualty-report</c>); null for a fact
    /// of a built-in kind.
    /// </summary>
    public KindDeclaration? DeclaredKind { get; init; }

    /// <summary>The values of the fields the project declared (those of <see cref="DeclaredKind"/> and its declared bases), in declaration order; only those written.</summary>
    public EquatableArray<FieldValue> DeclaredValues { get; init; }

    /// <summary>The declaration of the fact's kind: person, place, event, figure, or a kind the project declared.</summary>
    public KindDeclaration Declaration => DeclaredKind ?? BuiltInDeclaration;

    /// <summary>The built-in kind the fact is of, or that its declared kind extends.</summary>
    public abstract KindDeclaration BuiltInDeclaration { get; }

    /// <summary>The runtime type the generated property has, named by its kind: Person, Place, Event, Figure, CasualtyReport...</summary>
    public string RuntimeType => Kebab.ToPascalCase(Declaration.Id);

    /// <summary>
    /// Adds every reference the fact makes to <paramref name="into"/>, with its declared field, in declaration order
    /// (an entry's in its own, the project's declared fields last): the rules read what each key must point to, and
    /// whether it may loop, from the field. A list filled in place, not an iterator: the rules call it for every fact
    /// on every edit.
    /// </summary>
    public void CollectReferences(List<FieldReference> into)
    {
        CollectBuiltInReferences(into);
        foreach (var value in DeclaredValues)
        {
            if (value.Field.Type != FieldType.Reference) continue;
            foreach (var item in value.Items) Add(into, value.Field, item.Reference);
        }
    }

    /// <summary>Adds the references in the built-in kind's fields.</summary>
    private protected abstract void CollectBuiltInReferences(List<FieldReference> into);

    /// <summary>The declared field <paramref name="key"/> of <paramref name="kind"/>, looked up once per spec type.</summary>
    private protected static FieldDeclaration FieldOf(KindDeclaration kind, string key) => BuiltInKinds.Catalog.Field(kind, key);

    private protected static void Add(List<FieldReference> into, FieldDeclaration field, Reference? reference)
    {
        if (reference is { } r) into.Add(new FieldReference(field, r));
    }

    private protected static void Add(List<FieldReference> into, FieldDeclaration field, EquatableArray<Reference> references)
    {
        foreach (var r in references) into.Add(new FieldReference(field, r));
    }
}

/// <summary>An entry of <c>actors:</c>.</summary>
public sealed record ActorSpec : FactSpec
{
    /// <summary><c>kind:</c></summary>
    public ActorKind Kind { get; init; }
    /// <summary><c>name:</c></summary>
    public string? Name { get; init; }
    /// <summary><c>aliases:</c></summary>
    public EquatableArray<string> Aliases { get; init; }
    /// <summary><c>description:</c></summary>
    public string? Description { get; init; }
    /// <summary><c>roles:</c></summary>
    public EquatableArray<RoleSpec> Roles { get; init; }
    /// <summary><c>part-of:</c></summary>
    public Reference? PartOf { get; init; }
    /// <summary><c>led-by:</c></summary>
    public Reference? LedBy { get; init; }
    /// <summary><c>wikidata:</c></summary>
    public string? Wikidata { get; init; }

    /// <inheritdoc/>
    public override FactSection Section => FactSection.Actors;
    /// <inheritdoc/>
    public override KindDeclaration BuiltInDeclaration => Kind switch
    {
        ActorKind.Person => BuiltInKinds.Person,
        ActorKind.Organization => BuiltInKinds.Organization,
        ActorKind.State => BuiltInKinds.State,
        _ => BuiltInKinds.Group,
    };
    /// <inheritdoc/>
    private protected override void CollectBuiltInReferences(List<FieldReference> into)
    {
        foreach (var role in Roles) Add(into, RoleOf, role.Of);
        Add(into, PartOfField, PartOf);
        Add(into, LedByField, LedBy);
    }
    private static readonly FieldDeclaration RoleOf = FieldOf(BuiltInKinds.Role, "of");
    private static readonly FieldDeclaration PartOfField = FieldOf(BuiltInKinds.Actor, "part-of");
    private static readonly FieldDeclaration LedByField = FieldOf(BuiltInKinds.Actor, "led-by");
}

/// <summary>An entry of an actor's <c>roles:</c>.</summary>
public sealed record RoleSpec(string Title, Reference Of, PartialDate? From, PartialDate? Until, SourceSpan Span);

/// <summary>An entry of <c>places:</c>.</summary>
public sealed record PlaceSpec : FactSpec
{
    /// <summary><c>name:</c></summary>
    public string Name { get; init; } = "";
    /// <summary><c>kind:</c></summary>
    public string? Kind { get; init; }
    /// <summary><c>aliases:</c></summary>
    public EquatableArray<string> Aliases { get; init; }
    /// <summary><c>description:</c></summary>
    public string? Description { get; init; }
    /// <summary><c>within:</c></summary>
    public EquatableArray<Reference> Within { get; init; }
    /// <summary><c>wikidata:</c></summary>
    public string? Wikidata { get; init; }

    /// <inheritdoc/>
    public override FactSection Section => FactSection.Places;
    /// <inheritdoc/>
    public override KindDeclaration BuiltInDeclaration => BuiltInKinds.Place;
    /// <inheritdoc/>
    private protected override void CollectBuiltInReferences(List<FieldReference> into) => Add(into, WithinField, Within);
    private static readonly FieldDeclaration WithinField = FieldOf(BuiltInKinds.Place, "within");
}

/// <summary>An entry of <c>events:</c>.</summary>
public sealed record EventSpec : FactSpec
{
    /// <summary><c>title:</c></summary>
    public string Title { get; init; } = "";
    /// <summary><c>kind:</c></summary>
    public string? Kind { get; init; }
    /// <summary><c>date:</c></summary>
    public DateSpan? Date { get; init; }
    /// <summary>Where <c>date:</c> is written.</summary>
    public SourceSpan DateSpan { get; init; }
    /// <summary><c>status:</c></summary>
    public EventStatus Status { get; init; }
    /// <summary><c>certainty:</c></summary>
    public Certainty Certainty { get; init; }
    /// <summary><c>description:</c></summary>
    public string? Description { get; init; }
    /// <summary><c>places:</c></summary>
    public EquatableArray<Reference> Places { get; init; }
    /// <summary><c>participants:</c></summary>
    public EquatableArray<ParticipantSpec> Participants { get; init; }
    /// <summary><c>part-of:</c></summary>
    public Reference? PartOf { get; init; }
    /// <summary><c>after:</c></summary>
    public EquatableArray<Reference> After { get; init; }
    /// <summary><c>before:</c></summary>
    public EquatableArray<Reference> Before { get; init; }
    /// <summary><c>concurrent-with:</c></summary>
    public EquatableArray<Reference> ConcurrentWith { get; init; }
    /// <summary><c>quotes:</c></summary>
    public EquatableArray<QuoteSpec> Quotes { get; init; }

    /// <inheritdoc/>
    public override FactSection Section => FactSection.Events;
    /// <inheritdoc/>
    public override KindDeclaration BuiltInDeclaration => BuiltInKinds.Event;
    /// <inheritdoc/>
    private protected override void CollectBuiltInReferences(List<FieldReference> into)
    {
        Add(into, PlacesField, Places);
        foreach (var participant in Participants) Add(into, ParticipantActor, participant.Actor);
        Add(into, PartOfField, PartOf);
        Add(into, AfterField, After);
        Add(into, BeforeField, Before);
        Add(into, ConcurrentWithField, ConcurrentWith);
        foreach (var quote in Quotes) Add(into, QuoteBy, quote.By);
    }
    private static readonly FieldDeclaration PlacesField = FieldOf(BuiltInKinds.Event, "places");
    private static readonly FieldDeclaration ParticipantActor = FieldOf(BuiltInKinds.Participant, "actor");
    private static readonly FieldDeclaration PartOfField = FieldOf(BuiltInKinds.Event, "part-of");
    private static readonly FieldDeclaration AfterField = FieldOf(BuiltInKinds.Event, "after");
    private static readonly FieldDeclaration BeforeField = FieldOf(BuiltInKinds.Event, "before");
    private static readonly FieldDeclaration ConcurrentWithField = FieldOf(BuiltInKinds.Event, "concurrent-with");
    private static readonly FieldDeclaration QuoteBy = FieldOf(BuiltInKinds.Quote, "by");
}

/// <summary>An entry of an event's <c>participants:</c>.</summary>
public sealed record ParticipantSpec(Reference Actor, string Role);

/// <summary>An entry of an event's <c>quotes:</c>.</summary>
public sealed record QuoteSpec(Reference By, string Text, SourceSpan TextSpan);

/// <summary>An entry of <c>figures:</c>.</summary>
public sealed record FigureSpec : FactSpec
{
    /// <summary><c>measure:</c></summary>
    public string Measure { get; init; } = "";
    /// <summary>
    /// <c>value:</c> with <c>qualifier:</c>, <c>precision:</c> and <c>unit:</c>, or the latest of <see cref="Values"/>;
    /// null for a share whose value is derived.
    /// </summary>
    public Quantity? Value { get; init; }
    /// <summary>Where <c>value:</c> (or the latest of <c>values:</c>, or, without one, <c>share:</c>) is written.</summary>
    public SourceSpan ValueSpan { get; init; }
    /// <summary><c>values:</c>, in date order (those without <c>as-of</c> first); empty when the figure has one <c>value:</c> or none.</summary>
    public EquatableArray<FigureValueSpec> Values { get; init; }
    /// <summary><c>kind:</c></summary>
    public FigureKind Kind { get; init; }
    /// <summary><c>about:</c></summary>
    public Reference? About { get; init; }
    /// <summary><c>of:</c> as an id: a figure, or an actor (a group the text does not count).</summary>
    public Reference? Of { get; init; }
    /// <summary><c>of:</c> in words: the whole described, when the text neither counts nor names it.</summary>
    public string? OfDescription { get; init; }
    /// <summary><c>share:</c></summary>
    public Share? Share { get; init; }
    /// <summary><c>unit:</c></summary>
    public string? Unit { get; init; }
    /// <summary><c>according-to:</c>, or that of the latest of <see cref="Values"/>.</summary>
    public Reference? AccordingTo { get; init; }
    /// <summary><c>certainty:</c></summary>
    public Certainty Certainty { get; init; }
    /// <summary><c>as-of:</c>, or that of the latest of <see cref="Values"/>.</summary>
    public PartialDate? AsOf { get; init; }

    /// <inheritdoc/>
    public override FactSection Section => FactSection.Figures;
    /// <inheritdoc/>
    public override KindDeclaration BuiltInDeclaration => BuiltInKinds.Figure;
    /// <inheritdoc/>
    private protected override void CollectBuiltInReferences(List<FieldReference> into)
    {
        Add(into, AboutField, About);
        Add(into, OfField, Of);
        // With values over time, the figure's according-to is the latest value's: each value's is checked once, in it.
        if (Values.IsEmpty) Add(into, AccordingToField, AccordingTo);
        foreach (var value in Values) Add(into, ValueAccordingToField, value.AccordingTo);
    }
    private static readonly FieldDeclaration AboutField = FieldOf(BuiltInKinds.Figure, "about");
    private static readonly FieldDeclaration OfField = FieldOf(BuiltInKinds.Figure, "of");
    private static readonly FieldDeclaration AccordingToField = FieldOf(BuiltInKinds.Figure, "according-to");
    private static readonly FieldDeclaration ValueAccordingToField = FieldOf(BuiltInKinds.FigureValue, "according-to");
}

/// <summary>
/// An entry of a figure's <c>values:</c>: a value as of a date, according to whom, and where it is stated (these sources
/// are also among the figure's <see cref="FactSpec.Sources"/>, so they are checked as every fact's are).
/// </summary>
public sealed record FigureValueSpec(Quantity Value, SourceSpan ValueSpan, PartialDate? AsOf, Reference? AccordingTo, EquatableArray<SourceSpec> Sources);

/// <summary>An entry of <c>documents:</c>: what a source document is (its file in seeds/ stays the plain text).</summary>
public sealed record DocumentSpec(string Id, SourceSpan IdSpan, string? Title, PartialDate? Published, string? Publisher, string? Url);

/// <summary>
/// A fact of a kind the project declared with a section of its own (an entry of <c>casualty-reports:</c>): what every
/// fact has, and the values of its declared fields in <see cref="FactSpec.DeclaredValues"/>.
/// </summary>
public sealed record DeclaredFactSpec : FactSpec
{
    /// <summary>The section it is written in: <c>casualty-reports</c>.</summary>
    public string SectionName { get; init; } = "";

    /// <inheritdoc/>
    public override FactSection Section => FactSection.Declared;
    /// <inheritdoc/>
    public override KindDeclaration BuiltInDeclaration => BuiltInKinds.Fact;
    /// <inheritdoc/>
    private protected override void CollectBuiltInReferences(List<FieldReference> into) { }
}

/// <summary>
/// The value of one declared field of a fact, as read: one item, or a list's items in the order written. Which member
/// of each item holds the value is said by the field's type.
/// </summary>
public sealed record FieldValue(FieldDeclaration Field, EquatableArray<DeclaredValue> Items, SourceSpan Span);

/// <summary>
/// One value of a declared field. The member its field's type names is set: <see cref="Text"/> for text, words, urls
/// and Wikidata ids; <see cref="Number"/>; <see cref="Boolean"/>; <see cref="Quantity"/>; <see cref="Share"/>;
/// <see cref="Date"/> for dates (every form, a range too); <see cref="Reference"/> for references.
/// </summary>
public sealed record DeclaredValue
{
    /// <summary>Text, a word, a URL or a Wikidata id.</summary>
    public string? Text { get; init; }
    /// <summary>A number.</summary>
    public decimal? Number { get; init; }
    /// <summary>True or false.</summary>
    public bool? Boolean { get; init; }
    /// <summary>A quantity, as a figure's value.</summary>
    public Quantity? Quantity { get; init; }
    /// <summary>A share.</summary>
    public Share? Share { get; init; }
    /// <summary>A date, or a range of dates.</summary>
    public DateSpan? Date { get; init; }
    /// <summary>A reference to another fact.</summary>
    public Reference? Reference { get; init; }
}

/// <summary>Everything one fact file says, and the problems found reading it.</summary>
public sealed record ParsedFactFile(string FilePath, EquatableArray<FactSpec> Facts, EquatableArray<DocumentSpec> Documents,
    EquatableArray<Validation.FactDiagnostic> Diagnostics);
