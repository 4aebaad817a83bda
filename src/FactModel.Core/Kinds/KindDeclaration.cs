using FactModel.Specs;

namespace FactModel.Core.Kinds;

/// <summary>
/// One kind of fact (person, place, figure...) or of entry embedded in a fact (a role, a participant, a source): its
/// own fields, the kind it extends (whose fields it inherits), and the section its facts are written in.
/// </summary>
/// <param name="Id">The kind's id, kebab-case: <c>person</c>, <c>casualty-report</c>.</param>
/// <param name="Section">The section its facts are written in (<c>actors</c>); null for a kind that inherits its base's section, and for entries.</param>
/// <param name="Extends">The kind it extends, whose fields and section it inherits; null for a root kind.</param>
/// <param name="Fields">Its own fields, in the order they are documented and read.</param>
/// <param name="Abstract">True when no fact is of this kind itself: its facts name one of the kinds that extend it in <c>kind:</c>.</param>
/// <param name="Entry">True for an entry embedded in a fact (a role, a source), which has no id of its own and no section.</param>
/// <param name="OneOf">Groups of keys of which a mapping must have at least one group whole: <c>[[name], [description]]</c>.</param>
/// <param name="Description">What the kind is, for the schema and the docs.</param>
public sealed record KindDeclaration(
    string Id,
    string? Section,
    string? Extends,
    EquatableArray<FieldDeclaration> Fields,
    bool Abstract = false,
    bool Entry = false,
    EquatableArray<EquatableArray<string>> OneOf = default,
    string? Description = null);
