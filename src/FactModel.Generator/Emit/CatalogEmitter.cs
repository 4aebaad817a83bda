using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Core.Model;
using FactModel.Specs;

namespace FactModel.Generator.Emit;

/// <summary>
/// Emits the lookups over the whole model: each section's <c>All</c> and <c>TryGet</c>, and <c>FactCatalog</c> over
/// every fact. Lookups go through arrays and a dictionary built on first use (no switch over ids), so the compiler's
/// work stays linear in the number of facts. The indexes live in nested classes of <c>FactCatalog</c>, whose names no
/// fact can take, and are built only when first read, after every fact exists. References between facts resolve
/// through <c>FactCatalog.Ref</c>, by id.
/// </summary>
internal static class CatalogEmitter
{
    public static string Emit(FactDirectory directory, string projectDirectory, string @namespace, bool isInternal,
        System.Threading.CancellationToken cancellationToken = default)
    {
        // The indexes read the data classes' fields, not the section properties: one method to JIT per data class,
        // not one per fact, on first access to the model.
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        string Field(DirectoryEntry e)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!stems.TryGetValue(e.FilePath, out var stem))
                stems[e.FilePath] = stem = Names.DataClassOf(Pipeline.InputFile.RelativePath(e.FilePath, projectDirectory));
            return $"{FactFileEmitter.DataClass(stem, e)}.{e.MemberName}";
        }

        string visibility = isInternal ? "internal" : "public";
        var writer = Header.Start(@namespace, "from all fact files");
        var sections = new[] { FactSection.Actors, FactSection.Places, FactSection.Events, FactSection.Figures };

        foreach (var section in sections)
        {
            string type = Names.BaseTypeOf(section);
            string plural = section.ToString().ToLowerInvariant();
            writer.Line($"/// <summary>The {plural} of the fact model: one property per fact, named by its id.</summary>")
                .Open($"{visibility} static partial class {Names.ClassOf(section)}")
                .Line($"/// <summary>Every {type.ToLowerInvariant()}, ordered by id.</summary>")
                .Line($"{visibility} static global::System.Collections.Generic.IReadOnlyList<Fm.{type}> All => {Names.Catalog}.{section}Index.Facts;")
                .Line()
                .Line($"/// <summary>Finds the {type.ToLowerInvariant()} with the id <paramref name=\"id\"/>, such as <c>\"{Example(section)}\"</c>.</summary>");
            TryGet(writer, visibility, type, $"{Names.Catalog}.{section}Index.Facts");
            writer.Close().Line();
        }

        writer.Line("/// <summary>Every fact of the model, whatever its kind.</summary>")
            .Open($"{visibility} static partial class {Names.Catalog}")
            .Line("/// <summary>Every fact, ordered by id.</summary>")
            .Line($"{visibility} static global::System.Collections.Generic.IReadOnlyList<Fm.Fact> All => AllIndex.Facts;")
            .Line()
            .Line("/// <summary>Finds the fact with the id <paramref name=\"id\"/>.</summary>");
        TryGet(writer, visibility, "Fact", "AllIndex.Facts");
        writer.Line()
            .Line("/// <summary>A reference to the fact with the id <paramref name=\"id\"/>, resolved when it is read.</summary>")
            .Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
            .Line("internal static Fm.FactRef<T> Ref<T>(string id) where T : Fm.Fact => new Fm.FactRef<T>(id, Lookup);")
            .Line()
            .Line("private static readonly global::System.Func<string, Fm.Fact?> Lookup = id => AllIndex.Facts.TryGet(id, out var fact) ? fact : null;");
        WriteIndex(writer, "AllIndex", "Fact", directory.Entries.Select(Field));
        foreach (var section in sections)
            WriteIndex(writer, section + "Index", Names.BaseTypeOf(section), directory.Entries.Where(e => e.Section == section).Select(Field));
        writer.Close();
        return Header.End(writer);
    }

    private static void TryGet(SourceWriter writer, string visibility, string type, string index)
    {
        writer.Line("#if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER")
            .Line($"{visibility} static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Fm.{type}? fact) => {index}.TryGet(id, out fact);")
            .Line("#else")
            .Line($"{visibility} static bool TryGet(string id, out Fm.{type}? fact) => {index}.TryGet(id, out fact);")
            .Line("#endif");
    }

    private static void WriteIndex(SourceWriter writer, string name, string type, IEnumerable<string> members)
    {
        writer.Line()
            .Open($"internal static class {name}")
            .Line($"internal static readonly Fm.FactIndex<Fm.{type}> Facts = new Fm.FactIndex<Fm.{type}>(new Fm.{type}[]")
            .Line("{")
            .Indent();
        foreach (string member in members) writer.Line(member + ",");
        writer.Outdent().Line("});").Close();
    }

    private static string Example(FactSection section) => section switch
    {
        FactSection.Actors => "antony-blinken",
        FactSection.Places => "southern-lebanon",
        FactSection.Events => "october-7-attack",
        _ => "gaza-death-toll",
    };
}
