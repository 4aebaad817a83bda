using FactModel.Specs;

namespace FactModel.Cli.Facts;

/// <summary>How facts and their words are printed: the words of the fact format, never C# enum names.</summary>
internal static class FactText
{
    /// <summary>The fact's name: an actor's name (or description), a place's name, an event's title, a figure's measure.</summary>
    public static string NameOf(FactSpec fact) => fact switch
    {
        ActorSpec actor => actor.Name ?? actor.Description ?? actor.Id,
        PlaceSpec place => place.Name,
        EventSpec @event => @event.Title,
        FigureSpec figure => figure.Measure,
        _ => fact.Id,
    };

    /// <summary>The fact's <c>kind:</c> as written in the format (its default when left out), or null for a place or event without one.</summary>
    public static string? KindOf(FactSpec fact) => fact switch
    {
        ActorSpec actor => Word(actor.Kind),
        PlaceSpec place => place.Kind,
        EventSpec @event => @event.Kind,
        FigureSpec figure => Word(figure.Kind),
        _ => null,
    };

    /// <summary>"actor", "place", "event" or "figure".</summary>
    public static string SectionWord(FactSection section) => section switch
    {
        FactSection.Actors => "actor",
        FactSection.Places => "place",
        FactSection.Events => "event",
        _ => "figure",
    };

    /// <summary>An enum value as the fact format writes it: <c>MoreThan</c> is "more-than".</summary>
    public static string Word<TEnum>(TEnum value) where TEnum : struct, System.Enum => Kebab.FromPascalCase(value.ToString());

    /// <summary>A date as written ("2024-08", "summer 2024", "since 2023-10-07 (ongoing)"), or "undated".</summary>
    public static string DateOf(DateSpan? date) => date?.ToString() ?? "undated";

    /// <summary>A day as the exports write it: 2024-10-22.</summary>
    public static string IsoDay(System.DateTime day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
