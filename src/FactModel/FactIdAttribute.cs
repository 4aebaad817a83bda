using System;
using System.ComponentModel;

namespace FactModel;

/// <summary>
/// The id of the fact a generated property returned (<c>[FactId("gaza-death-toll")]</c> on <c>Figures.GazaDeathToll</c>),
/// as models were generated before <see cref="FactIdsAttribute"/>, which lists the ids of a whole class part at once.
/// The FM4001 analyzer and its code fix still read it from a model compiled by an earlier version (a referenced
/// library); the generator no longer writes it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
[Obsolete("The generator lists a section class's ids in [FactIds] on the class; [FactId] is read only from models compiled by earlier versions.")]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FactIdAttribute : Attribute
{
    /// <summary>Marks a property as returning the fact with the id <paramref name="id"/>.</summary>
    public FactIdAttribute(string id) => Id = id;

    /// <summary>The fact's id, as written in its fact file.</summary>
    public string Id { get; }
}
