using FactModel.Core.Kinds;
using FactModel.Specs;

namespace FactModel.Cli.Facts;

/// <summary>How facts and their words are printed: the words of the fact format, never C# enum names.</summary>
internal static class FactText
{
    /// <summary>
    /// The fact's name: an actor's name (or description), a place's name, an event's title, a figure's measure; for a
    /// fact of a kind with a section of its own, the field its kind is known by (<see cref="KindCatalog.DisplayFieldOf"/>), else its id.
    /// </summary>
    public static string NameOf(FactSpec fact, KindCatalog kinds) => fact switch
    {
        ActorSpec actor => actor.Name ?? actor.Description ?? actor.Id,
        PlaceSpec place => place.Name,
        EventSpec @event => @event.Title,
        FigureSpec figure => figure.Measure,
        _ => DeclaredFields.DisplayNameOf(fact, kinds) ?? fact.Id,
    };

    /// <summary>
    /// The fact's <c>kind:</c> as written in the format (its default when left out): a declared kind's id for a fact
    /// of one (<c>politician</c>, <c>casualty-report</c>); null for a place or event without one.
    /// </summary>
    public static string? KindOf(FactSpec fact) => fact.DeclaredKind?.Id ?? fact switch
    {
        ActorSpec actor => Word(actor.Kind),
        PlaceSpec place => place.Kind,
        EventSpec @event => @event.Kind,
        FigureSpec figure => Word(figure.Kind),
        _ => null,
    };

    /// <summary>"actor", "place", "event" or "figure"; for a fact of a declared section, the kind that owns it ("casualty-report").</summary>
    public static string SectionWord(FactSpec fact, KindCatalog kinds) => fact switch
    {
        DeclaredFactSpec declared => DeclaredFields.SectionKindOf(declared, kinds),
        _ => SectionWord(fact.Section),
    };

    /// <summary>"actor", "place", "event" or "figure".</summary>
    public static string SectionWord(FactSection section) => section switch
    {
        FactSection.Actors => "actor",
        FactSection.Places => "place",
        FactSection.Events => "event",
        FactSection.Figures => "figure",
        _ => "fact",
    };

    /// <summary>A declared section as a heading: <c>casualty-reports</c> is "Casualty reports".</summary>
    public static string SectionHeading(string section) =>
        section.Length == 0 ? section : char.ToUpperInvariant(section[0]) + section.Substring(1).Replace('-', ' ');

    /// <summary>An enum value as the fact format writes it: <c>MoreThan</c> is "more-than".</summary>
    public static string Word<TEnum>(TEnum value) where TEnum : struct, System.Enum => Kebab.FromPascalCase(value.ToString());

    /// <summary>A date as written ("2024-08", "summer 2024", "since 2023-10-07 (ongoing)"), or "undated".</summary>
    public static string DateOf(DateSpan? date) => date?.ToString() ?? "undated";

    /// <summary>A day as the exports write it: 2024-10-22.</summary>
    public static string IsoDay(System.DateTime day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
