using System;
using System.Collections.Generic;

namespace FactModel;

/// <summary>A place: a country, a territory, a city, a region or an area described in words.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.FactJsonConverterFactory))]
#endif
public class Place : Fact
{
    // Everything but the name, in an object of its own that a head leaves out (see Fact).
    private readonly OwnFields? _own;

    /// <summary>Creates a place.</summary>
    public Place(string id, string name, string? kind = null, IEnumerable<string>? aliases = null, string? description = null,
        IEnumerable<FactRef<Place>>? within = null, string? wikidata = null, IEnumerable<Source>? sources = null, string? notes = null)
        : base(id, sources, notes)
    {
        Name = name;
        _own = new OwnFields
        {
            Kind = kind,
            Aliases = ReadOnly.List(aliases),
            Description = description,
            Within = FactRefList<Place>.From(within),
            Wikidata = wikidata,
        };
    }

    /// <summary>A head read from a generated model's data: its id and name, the rest read when first used.</summary>
    internal Place(string id, string name, FactChunk chunk, int line) : base(id, chunk, line) => Name = name;

    /// <summary>Creates a place with the fields of <paramref name="original"/>: the base of a kind a project declares.</summary>
    protected Place(Place original) : base(original)
    {
        Name = original.Name;
        _own = original.Own;
    }

    /// <summary>The place's name or, for an unnamed area, the words that describe it: "southern Beirut".</summary>
    public string Name { get; }

    /// <summary>What kind of place it is, in kebab-case: country, territory, city, district, region, area.</summary>
    public string? Kind => Own.Kind;

    /// <summary>Other names the source uses: "the territory" for Gaza.</summary>
    public IReadOnlyList<string> Aliases => Own.Aliases;

    /// <summary>What the source says the place is.</summary>
    public string? Description => Own.Description;

    /// <summary>The places this one lies within: southern Beirut lies within Beirut.</summary>
    public IReadOnlyList<Place> Within => Own.Within;

    /// <summary>The Wikidata item id (Q…), when known.</summary>
    public string? Wikidata => Own.Wikidata;

    /// <inheritdoc/>
    public override string DisplayName => Name;

    /// <summary>The place's own fields: its own, or for a head its rest's, read on first use.</summary>
    private OwnFields Own => _own ?? ((Place)Rest!)._own!;

    private sealed class OwnFields
    {
        public string? Kind { get; init; }
        public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();
        public string? Description { get; init; }
        public IReadOnlyList<Place> Within { get; init; } = Array.Empty<Place>();
        public string? Wikidata { get; init; }
    }
}
