using System;

namespace FactModel;

/// <summary>
/// The id of the fact a generated property returns (<c>[FactId("gaza-death-toll")]</c> on <c>Figures.GazaDeathToll</c>).
/// The FM4001 analyzer reads the model's ids from it, in source and in referenced assemblies alike, and its code fix
/// finds the typed property of an id.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class FactIdAttribute : Attribute
{
    /// <summary>Marks a property as returning the fact with the id <paramref name="id"/>.</summary>
    public FactIdAttribute(string id) => Id = id;

    /// <summary>The fact's id, as written in its fact file.</summary>
    public string Id { get; }
}
