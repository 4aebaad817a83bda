using FactModel.Core.Model;
using FactModel.Specs;

namespace FactModel.Generator.Emit;

/// <summary>The C# names of generated classes and of the runtime types they use.</summary>
internal static class Names
{
    public const string Catalog = "FactCatalog";

    public static string ClassOf(FactSection section) => section.ToString();

    /// <summary>The runtime base type of a section's facts: Actor, Place, Event, Figure; Fact for any.</summary>
    public static string BaseTypeOf(FactSection? section) => section switch
    {
        FactSection.Actors => "Actor",
        FactSection.Places => "Place",
        FactSection.Events => "Event",
        FactSection.Figures => "Figure",
        _ => "Fact",
    };
}
