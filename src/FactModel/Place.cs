using System;
using System.Collections.Generic;

namespace FactModel;

/// <summary>A place: a country, a territory, a city, a region or an area described in words.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.FactJsonConverterFactory))]
#endif
public class Place : Fact
{
    private readonly string? _kind;
    private readonly IReadOnlyList<string> _aliases;
    private readonly string? _description;
    private readonly IReadOnlyList<Place> _within;
    private readonly string? _wikidata;

    /// <summary>Creates a place.</summary>
    public Place(string id, string name, string? kind = null, IEnumerable<string>? aliases = null, string? description = null,
        IEnumerable<FactRef<Place>>? within = null, string? wikidata = null, IEnumerable<Source>? sources = null, string? notes = null)
        : base(id, sources, notes)
    {
        Name = name;
        _kind = kind;
        _aliases = ReadOnly.List(aliases);
        _description = description;
        _within = FactRefList<Place>.From(within);
        _wikidata = wikidata;
    }

    /// <summary>A head read from a generated model's data: its id and name, the rest read when first used.</summary>
    internal Place(string id, string name, FactChunk chunk, int line) : base(id, chunk, line)
    {
        Name = name;
        _aliases = Array.Empty<string>();
        _within = Array.Empty<Place>();
    }

    /// <summary>Creates a place with the fields of <paramref name="original"/>: the base of a kind a project declares.</summary>
    protected Place(Place original) : base(original)
    {
        var whole = (Place?)original.Rest ?? original;
        Name = whole.Name;
        _kind = whole._kind;
        _aliases = whole._aliases;
        _description = whole._description;
        _within = whole._within;
        _wikidata = whole._wikidata;
    }

    /// <summary>The place's name or, for an unnamed area, the words that describe it: "southern Beirut".</summary>
    public string Name { get; }

    /// <summary>What kind of place it is, in kebab-case: country, territory, city, district, region, area.</summary>
    public string? Kind => Rest is Place rest ? rest.Kind : _kind;

    /// <summary>Other names the source uses: "the territory" for Gaza.</summary>
    public IReadOnlyList<string> Aliases => Rest is Place rest ? rest.Aliases : _aliases;

    /// <summary>What the source says the place is.</summary>
    public string? Description => Rest is Place rest ? rest.Description : _description;

    /// <summary>The places this one lies within: southern Beirut lies within Beirut.</summary>
    public IReadOnlyList<Place> Within => Rest is Place rest ? rest.Within : _within;

    /// <summary>The Wikidata item id (Q…), when known.</summary>
    public string? Wikidata => Rest is Place rest ? rest.Wikidata : _wikidata;

    /// <inheritdoc/>
    public override string DisplayName => Name;
}
