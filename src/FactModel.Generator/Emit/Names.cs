using FactModel.Core.Model;
using FactModel.Specs;

namespace FactModel.Generator.Emit;

/// <summary>The C# names of generated classes and of the runtime types they use.</summary>
internal static class Names
{
    public const string Catalog = "FactCatalog";

    public static string ClassOf(FactSection section) => section.ToString();

    /// <summary>The class a fact's property is in: its section's (<c>Actors</c>, or <c>CasualtyReports</c> for a declared section).</summary>
    public static string ClassOf(FactSpec fact) => fact is DeclaredFactSpec declared ? Kebab.ToPascalCase(declared.SectionName) : ClassOf(fact.Section);

    /// <summary>
    /// The C# type of a fact of <paramref name="kindId"/>: the runtime library's (<c>Fm.Person</c>) for a built-in
    /// kind, the generated one, fully qualified, for a kind the project declared (<c>global::App.Facts.Politician</c>)
    /// or a referenced model did (in that model's namespace).
    /// </summary>
    public static string TypeOf(string kindId, string @namespace, FactModel.Core.Kinds.ProjectKinds kinds) =>
        FactModel.Core.Kinds.BuiltInKinds.Catalog.TryGet(kindId, out _) ? "Fm." + Kebab.ToPascalCase(kindId)
            : $"global::{kinds.NamespaceOf(kindId) ?? @namespace}.{Kebab.ToPascalCase(kindId)}";

    /// <summary>The class of <c>FactCatalog</c> that holds the functions every chunk of facts shares (no chunk can take its name: theirs start with <c>Data_</c>).</summary>
    public const string ChunkFunctions = "ChunkFunctions";

    /// <summary>
    /// The field of <c>FactCatalog</c> that holds the chunks of output group <paramref name="group"/>, in its source's
    /// part of the class (<see cref="OutputGroupEmitter"/>), which <c>AllIndex</c> lists (<see cref="CatalogEmitter"/>).
    /// </summary>
    public static string GroupChunks(int group) => $"Group{group:D3}";

    /// <summary>
    /// The stem of the names of a fact file's chunks of data, from its relative path: <c>facts/report-1.yaml</c> →
    /// <c>Data_facts_sreport_h1_dyaml</c>. One-to-one ('_' is doubled, each other separator has its own escape), so
    /// two files never share a chunk.
    /// </summary>
    public static string ChunkStemOf(string relativePath)
    {
        var name = new System.Text.StringBuilder("Data_", relativePath.Length + 16);
        foreach (string segment in relativePath.Split('/'))
        {
            if (name.Length > 5) name.Append("_s");
            if (segment == "..")
            {
                name.Append("_u");
                continue;
            }
            foreach (char c in segment)
            {
                if (c < 128 && char.IsLetterOrDigit(c)) name.Append(c);
                else if (c == '_') name.Append("__");
                else if (c == '.') name.Append("_d");
                else if (c == '-') name.Append("_h");
                else name.Append("_x").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return name.ToString();
    }

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
