using System;
using System.Collections.Generic;

namespace FactModel;

/// <summary>The kinds of <see cref="Actor"/>, as fact files write them (<c>kind: person</c>).</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.KebabEnumJsonConverter<ActorKind>))]
#endif
public enum ActorKind
{
    /// <summary>A <see cref="FactModel.Person"/>.</summary>
    Person,
    /// <summary>An <see cref="FactModel.Organization"/>.</summary>
    Organization,
    /// <summary>A <see cref="FactModel.State"/>.</summary>
    State,
    /// <summary>A <see cref="FactModel.Group"/>.</summary>
    Group,
}

/// <summary>
/// Someone who acts or is acted upon: a person, an organization, a state, or a group (which may be unnamed or
/// collective: "top officials", "the warring parties").
/// </summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.FactJsonConverterFactory))]
#endif
public abstract class Actor : Fact
{
    // Everything but the name, in an object of its own that a head leaves out (see Fact).
    private readonly OwnFields? _own;

    /// <summary>Creates an actor. An unnamed actor has a <paramref name="description"/> instead of a name.</summary>
    protected Actor(string id, string? name, IEnumerable<string>? aliases, string? description, IEnumerable<Role>? roles,
        FactRef<Actor>? partOf, FactRef<Actor>? ledBy, string? wikidata, IEnumerable<Source>? sources, string? notes)
        : base(id, sources, notes)
    {
        if (name is null && description is null)
            throw new ArgumentException($"Actor '{id}' needs a name or a description.", nameof(name));
        Name = name;
        _own = new OwnFields
        {
            Aliases = ReadOnly.List(aliases),
            Description = description,
            Roles = ReadOnly.List(roles),
            PartOf = partOf,
            LedBy = ledBy,
            Wikidata = wikidata,
        };
    }

    /// <summary>The head of an actor: its id and name (null for an unnamed one), the rest read when first used.</summary>
    private protected Actor(string id, string? name, FactChunk chunk, int line) : base(id, chunk, line) => Name = name;

    /// <summary>Creates an actor with the fields of <paramref name="original"/>.</summary>
    protected Actor(Actor original) : base(original)
    {
        Name = original.Name;
        _own = original.Own;
    }

    /// <summary>Which kind of actor this is.</summary>
    public abstract ActorKind Kind { get; }

    /// <summary>The actor's name, or null for an unnamed actor ("local health authorities").</summary>
    public string? Name { get; }

    /// <summary>Other names the source uses: "Mr Blinken", "the militants".</summary>
    public IReadOnlyList<string> Aliases => Own.Aliases;

    /// <summary>Who or what the actor is, in the source's words.</summary>
    public string? Description => Own.Description;

    /// <summary>Offices and positions held: Secretary of State of the United States.</summary>
    public IReadOnlyList<Role> Roles => Own.Roles;

    /// <summary>The actor this one is part of: Israeli troops are part of Israel.</summary>
    public Actor? PartOf => Own.PartOf?.Fact;

    /// <summary>The actor that leads or runs this one: Hamas-led militants, a Hezbollah-run institution.</summary>
    public Actor? LedBy => Own.LedBy?.Fact;

    /// <summary>The Wikidata item id (Q…), when known.</summary>
    public string? Wikidata => Own.Wikidata;

    /// <summary>True when the source names the actor.</summary>
    public bool IsNamed => Name is not null;

    /// <inheritdoc/>
    public override string DisplayName => Name ?? Description!;

    /// <summary>The actor's own fields: its own, or for a head its rest's, read on first use.</summary>
    private OwnFields Own => _own ?? ((Actor)Rest!)._own!;

    private sealed class OwnFields
    {
        public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();
        public string? Description { get; init; }
        public IReadOnlyList<Role> Roles { get; init; } = Array.Empty<Role>();
        public FactRef<Actor>? PartOf { get; init; }
        public FactRef<Actor>? LedBy { get; init; }
        public string? Wikidata { get; init; }
    }
}

/// <summary>A person: "Antony Blinken".</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.FactJsonConverterFactory))]
#endif
public class Person : Actor
{
    /// <summary>Creates a person.</summary>
    public Person(string id, string? name = null, IEnumerable<string>? aliases = null, string? description = null,
        IEnumerable<Role>? roles = null, FactRef<Actor>? partOf = null, FactRef<Actor>? ledBy = null, string? wikidata = null,
        IEnumerable<Source>? sources = null, string? notes = null)
        : base(id, name, aliases, description, roles, partOf, ledBy, wikidata, sources, notes) { }

    /// <summary>Creates a person with the fields of <paramref name="original"/>: the base of a kind a project declares.</summary>
    protected Person(Person original) : base(original) { }

    /// <summary>A head read from a generated model's data: its id and name, the rest read when first used.</summary>
    internal Person(string id, string? name, FactChunk chunk, int line) : base(id, name, chunk, line) { }

    /// <inheritdoc/>
    public override ActorKind Kind => ActorKind.Person;
}

/// <summary>An organization: a ministry, an armed group, a company, an institution.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.FactJsonConverterFactory))]
#endif
public class Organization : Actor
{
    /// <summary>Creates an organization.</summary>
    public Organization(string id, string? name = null, IEnumerable<string>? aliases = null, string? description = null,
        IEnumerable<Role>? roles = null, FactRef<Actor>? partOf = null, FactRef<Actor>? ledBy = null, string? wikidata = null,
        IEnumerable<Source>? sources = null, string? notes = null)
        : base(id, name, aliases, description, roles, partOf, ledBy, wikidata, sources, notes) { }

    /// <summary>Creates an organization with the fields of <paramref name="original"/>: the base of a kind a project declares.</summary>
    protected Organization(Organization original) : base(original) { }

    /// <summary>A head read from a generated model's data: its id and name, the rest read when first used.</summary>
    internal Organization(string id, string? name, FactChunk chunk, int line) : base(id, name, chunk, line) { }

    /// <inheritdoc/>
    public override ActorKind Kind => ActorKind.Organization;
}

/// <summary>A sovereign state: "the United States", "Israel".</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.FactJsonConverterFactory))]
#endif
public class State : Actor
{
    /// <summary>Creates a state.</summary>
    public State(string id, string? name = null, IEnumerable<string>? aliases = null, string? description = null,
        IEnumerable<Role>? roles = null, FactRef<Actor>? partOf = null, FactRef<Actor>? ledBy = null, string? wikidata = null,
        IEnumerable<Source>? sources = null, string? notes = null)
        : base(id, name, aliases, description, roles, partOf, ledBy, wikidata, sources, notes) { }

    /// <summary>Creates a state with the fields of <paramref name="original"/>: the base of a kind a project declares.</summary>
    protected State(State original) : base(original) { }

    /// <summary>A head read from a generated model's data: its id and name, the rest read when first used.</summary>
    internal State(string id, string? name, FactChunk chunk, int line) : base(id, name, chunk, line) { }

    /// <inheritdoc/>
    public override ActorKind Kind => ActorKind.State;
}

/// <summary>A group of people, named or not: "Israeli troops", "top officials", "Palestinian prisoners".</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.FactJsonConverterFactory))]
#endif
public class Group : Actor
{
    /// <summary>Creates a group.</summary>
    public Group(string id, string? name = null, IEnumerable<string>? aliases = null, string? description = null,
        IEnumerable<Role>? roles = null, FactRef<Actor>? partOf = null, FactRef<Actor>? ledBy = null, string? wikidata = null,
        IEnumerable<Source>? sources = null, string? notes = null)
        : base(id, name, aliases, description, roles, partOf, ledBy, wikidata, sources, notes) { }

    /// <summary>Creates a group with the fields of <paramref name="original"/>: the base of a kind a project declares.</summary>
    protected Group(Group original) : base(original) { }

    /// <summary>A head read from a generated model's data: its id and name, the rest read when first used.</summary>
    internal Group(string id, string? name, FactChunk chunk, int line) : base(id, name, chunk, line) { }

    /// <inheritdoc/>
    public override ActorKind Kind => ActorKind.Group;
}

/// <summary>An office or position an actor holds in another: "leader" of Hamas, "Secretary of State" of the United States.</summary>
#if NET
[System.Text.Json.Serialization.JsonConverter(typeof(Json.RoleJsonConverter))]
#endif
public sealed class Role
{
    private readonly FactRef<Actor> _of;

    /// <summary>Creates a role.</summary>
    public Role(string title, FactRef<Actor> of, PartialDate? from = null, PartialDate? until = null)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        _of = of;
        From = from;
        Until = until;
    }

    /// <summary>The title as written: "Secretary of State".</summary>
    public string Title { get; }

    /// <summary>The actor the role is held in.</summary>
    public Actor Of => _of.Fact;

    /// <summary>When the role began, if stated.</summary>
    public PartialDate? From { get; }

    /// <summary>When the role ended, if stated.</summary>
    public PartialDate? Until { get; }

    /// <summary>"Secretary of State of United States".</summary>
    public override string ToString() => $"{Title} of {Of.DisplayName}";
}
