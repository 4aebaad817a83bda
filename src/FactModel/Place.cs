using System.Collections.Generic;

namespace FactModel;

/// <summary>A place: a country, a territory, a city, a region or an area described in words.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.FactJsonConverterFactory))]
#endif
public class Place : Fact
{
    private readonly IReadOnlyList<Place> _within;

    /// <summary>Creates a place.</summary>
    public Place(string id, string name, string? kind = null, IEnumerable<string>? aliases = null, string? description = null,
        IEnumerable<FactRef<Place>>? within = null, string? wikidata = null, IEnumerable<Source>? sources = null, string? notes = null)
        : base(id, sources, notes)
    {
        Name = name;
        Kind = kind;
        Aliases = ReadOnly.List(aliases);
        Description = description;
        _within = FactRefList<Place>.From(within);
        Wikidata = wikidata;
    }

    /// <summary>Creates a place with the fields of <paramref name="original"/>: the base of a kind a project declares.</summary>
    protected Place(Place original) : base(original)
    {
        Name = original.Name;
        Kind = original.Kind;
        Aliases = original.Aliases;
        Description = original.Description;
        _within = original._within;
        Wikidata = original.Wikidata;
    }

    /// <summary>The place's name or, for an unnamed area, the words that describe it: "southern Beirut".</summary>
    public string Name { get; }

    /// <summary>What kind of place it is, in kebab-case: country, territory, city, district, region, area.</summary>
    public string? Kind { get; }

    /// <summary>Other names the source uses: "the territory" for Gaza.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>What the source says the place is.</summary>
    public string? Description { get; }

    /// <summary>The places this one lies within: southern Beirut lies within Beirut.</summary>
    public IReadOnlyList<Place> Within => _within;

    /// <summary>The Wikidata item id (Q…), when known.</summary>
    public string? Wikidata { get; }

    /// <inheritdoc/>
    public override string DisplayName => Name;
}
