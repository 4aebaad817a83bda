using System;
using System.Collections.Generic;

namespace FactModel;

/// <summary>
/// The ids of the facts one part of a generated section class returns, each followed by the name of its property,
/// separated by white space: <c>[FactIds(@"hamas Hamas yahya-sinwar YahyaSinwar")]</c> on <c>Actors</c> (the
/// generator writes one pair a line). The FM4001 analyzer reads a model's ids from it, in source and in referenced
/// assemblies alike, and its code fix finds the typed property of an id.
/// </summary>
/// <remarks>
/// One attribute for a class part, not one for each property (<see cref="FactIdAttribute"/>, before): an attribute
/// on each of 10,000 properties made the compiler's Emit of the model allocate 8% more, one string per part under 1%.
/// Ids are kebab-case and property names C# identifiers, so neither holds white space.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class FactIdsAttribute : Attribute
{
    /// <summary>Lists the facts of a class part: each id, then the name of the property that returns it, separated by white space.</summary>
    public FactIdsAttribute(string idsAndProperties) => IdsAndProperties = idsAndProperties;

    /// <summary>The ids and property names, as written.</summary>
    public string IdsAndProperties { get; }

    /// <summary>Each fact's id with the name of the property that returns it, in the order written.</summary>
    public IReadOnlyList<(string Id, string Property)> Entries => FactIdList.Read(IdsAndProperties);
}
