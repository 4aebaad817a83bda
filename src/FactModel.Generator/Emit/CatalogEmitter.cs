using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Core.Kinds;
using FactModel.Core.Model;
using FactModel.Generator.Pipeline;
using FactModel.Specs;
using Microsoft.CodeAnalysis.Text;

namespace FactModel.Generator.Emit;

/// <summary>
/// Emits the lookups over the whole model: each section's <c>All</c> and <c>TryGet</c>, and <c>FactCatalog</c> over
/// every fact. The indexes live in nested classes of <c>FactCatalog</c>, whose names no fact can take, over the
/// chunks of facts, which each output group makes together (<see cref="ChunkLayout"/>; one line per group, not per
/// fact): no switch over ids, and no code that grows with the number of facts. They are lazy
/// (<see cref="FactData.Index(System.ReadOnlySpan{byte}, FactChunk[][])"/>): a lookup by id (<c>TryGet</c>, and
/// <c>FactCatalog.Find</c>, through which references between facts resolve) reads the ids from the data the first
/// time, then builds only the chunk that holds the id; <c>All</c> builds every chunk and places the facts in the order
/// by id that the catalog gives (<see cref="PlacesById"/>).
/// </summary>
internal static class CatalogEmitter
{
    public static SourceText Emit(ModelParts model, ChunkLayout chunks, GeneratorSettings settings, System.Threading.CancellationToken cancellationToken = default)
    {
        var directory = model.Facts;
        var kinds = model.Kinds.Catalog;

        string visibility = settings.Internal ? "internal" : "public";
        var writer = Header.Start(settings.Namespace, "from all fact files");
        var sections = SectionsOf(model.Kinds, settings.Namespace);

        foreach (var section in sections)
        {
            writer.Line($"/// <summary>The {section.Name} of the fact model: one property per fact, named by its id.</summary>")
                .Open($"{visibility} static partial class {section.Class}")
                .Line($"/// <summary>Every {section.Kind.Replace('-', ' ')}, ordered by id.</summary>")
                .Line($"{visibility} static global::System.Collections.Generic.IReadOnlyList<{section.Type}> All => {Names.Catalog}.{section.Class}Index.Facts;")
                .Line()
                .Line($"/// <summary>Finds the {section.Kind.Replace('-', ' ')} with the id <paramref name=\"id\"/>{Example(directory, kinds, section.Kind)}.</summary>");
            TryGet(writer, visibility, section.Type, $"{Names.Catalog}.{section.Class}Index.Facts");
            writer.Close().Line();
        }

        writer.Line("/// <summary>Every fact of the model, whatever its kind.</summary>")
            .Open($"{visibility} static partial class {Names.Catalog}")
            .Line("/// <summary>Every fact, ordered by id.</summary>")
            .Line($"{visibility} static global::System.Collections.Generic.IReadOnlyList<Fm.Fact> All => AllIndex.Facts;")
            .Line()
            .Line("/// <summary>Finds the fact with the id <paramref name=\"id\"/>.</summary>");
        TryGet(writer, visibility, "Fm.Fact", "AllIndex.Facts");
        var referenced = model.Referenced.Models;
        if (!referenced.IsEmpty)
        {
            writer.Line()
                .Line("/// <summary>")
                .Line("/// Every fact of this model and of the fact models it references (" + CSharp.DocText(string.Join(", ", referenced.Select(m => m.Name))) + "), each")
                .Line("/// once, ordered by id: looks any fact up by id across all of them, in constant time. Built on first use.")
                .Line("/// </summary>")
                .Line($"{visibility} static Fm.FactIndex<Fm.Fact> WithReferences => ReferencesIndex.Facts;");
        }
        writer.Line()
            .Line("/// <summary>Resolves the references between facts, by id, when they are first read" + (referenced.IsEmpty ? "." : ": this model's, then the referenced models'.") + "</summary>")
            .Line("private static Fm.Fact? Find(string id) => AllIndex.Facts.TryGet(id, out var fact) ? fact : " + (referenced.IsEmpty ? "null;" : "FindReferenced(id);"));
        writer.Line()
            .Line("/// <summary>")
            .Line("/// The functions every chunk of facts is given, made once: in a class of their own, so that they are made before the")
            .Line("/// first chunk needs them, whatever the order of the catalog's parts.")
            .Line("/// </summary>")
            .Open($"internal static class {Names.ChunkFunctions}")
            .Line($"internal static readonly global::System.Func<string, Fm.Fact?> Find = new global::System.Func<string, Fm.Fact?>({Names.Catalog}.Find);");
        if (DeclaredKindEmitter.HasFactory(model.Kinds))
        {
            writer.Line($"internal static readonly global::System.Func<Fm.FactFields, Fm.Fact?> {DeclaredKindEmitter.Factory} = "
                + $"new global::System.Func<Fm.FactFields, Fm.Fact?>({Names.Catalog}.{DeclaredKindEmitter.Factory});");
        }
        writer.Close();
        if (!referenced.IsEmpty)
        {
            // Each referenced model's own facts, so that a fact is always the one object its own model built.
            writer.Line().Open("private static Fm.Fact? FindReferenced(string id)");
            for (int i = 0; i < referenced.Count; i++)
                writer.Line($"if (global::{referenced[i].Namespace}.{Names.Catalog}.TryGet(id, out var found{i}) && found{i} != null) return found{i};");
            writer.Line("return null;").Close();
        }
        writer.Line()
            .Open("internal static class AllIndex")
            .Line("internal static readonly Fm.FactIndex<Fm.Fact> Facts = Fm.FactData.Index(")
            .Indent();
        if (chunks.Groups.IsEmpty)
        {
            writer.Line("global::System.Array.Empty<Fm.FactChunk>());");
        }
        else
        {
            if (PlacesById(directory, chunks, settings, cancellationToken) is { } places) WriteOrderById(writer, places, settings.Utf8Data ? "u8" : "");
            for (int i = 0; i < chunks.Groups.Count; i++) writer.Line(Names.GroupChunks(chunks.Groups[i].Index) + (i == chunks.Groups.Count - 1 ? ");" : ","));
        }
        writer.Outdent().Close();
        if (!referenced.IsEmpty)
        {
            writer.Line()
                .Open("internal static class ReferencesIndex")
                .Line("internal static readonly Fm.FactIndex<Fm.Fact> Facts = Fm.FactData.Combine(")
                .Indent()
                .Line("AllIndex.Facts,");
            // The build references every model these depend on, directly or not: their own facts are all it needs.
            for (int i = 0; i < referenced.Count; i++)
                writer.Line($"global::{referenced[i].Namespace}.{Names.Catalog}.All" + (i == referenced.Count - 1 ? ");" : ","));
            writer.Outdent().Close();
        }
        foreach (var section in sections)
        {
            writer.Line()
                .Open($"internal static class {section.Class}Index")
                .Line($"internal static readonly Fm.FactIndex<{section.Type}> Facts = Fm.FactData.Section<{section.Type}>(AllIndex.Facts);")
                .Close();
        }
        writer.Close();
        // A source, not a string: with the order of every fact by id, the catalog of 50,000 facts is about 300,000
        // characters, which as one string would land on the large object heap.
        return writer.Close().ToSourceText();
    }

    /// <summary>
    /// The order of <c>All</c>, which the directory already has (it is sorted by id, ordinal): for each fact by id, its
    /// place among the facts of the chunks one after the other, in the order the catalog lists them. The runtime library
    /// then places the facts instead of sorting their ids at first access (a tenth of reading the whole model at
    /// 50,000 facts); it checks the order as it goes, and sorts if the order does not hold. Null when a fact's chunk is
    /// not among the chunks (its file's text failed, FM9001): the runtime library sorts.
    /// </summary>
    private static int[]? PlacesById(FactDirectory directory, ChunkLayout chunks, GeneratorSettings settings, System.Threading.CancellationToken cancellationToken)
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        int start = 0;
        foreach (var group in chunks.Groups)
        {
            for (int i = 0; i < group.Chunks.Count; i++)
            {
                starts[group.Chunks[i]] = start;
                start += group.Counts[i];
            }
        }
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var places = new int[directory.Entries.Count];
        int next = 0;
        foreach (var entry in directory.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!stems.TryGetValue(entry.FilePath, out var stem))
                stems[entry.FilePath] = stem = Names.ChunkStemOf(InputFile.RelativePath(entry.FilePath, settings.ProjectDirectory));
            if (!starts.TryGetValue(FactFileEmitter.ChunkName(stem, entry), out int chunkStart)) return null;
            places[next++] = chunkStart + entry.Ordinal % FactFileEmitter.ChunkSize;
        }
        return places;
    }

    /// <summary>The order of <c>All</c> (<see cref="PlacesById"/>): a verbatim literal of numbers, twenty a line.</summary>
    private static void WriteOrderById(SourceWriter writer, int[] places, string suffix)
    {
        const int PerLine = 20;
        writer.Line("@\"").Indent();
        for (int from = 0; from < places.Length; from += PerLine)
        {
            writer.Line((Places: places, From: from), static (text, run) =>
            {
                for (int i = run.From; i < Math.Min(run.From + PerLine, run.Places.Length); i++)
                    text.Append(i == run.From ? "" : " ").Append(run.Places[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            });
        }
        writer.Outdent().Line("\"" + suffix + ",");
    }

    private static void TryGet(SourceWriter writer, string visibility, string type, string index)
    {
        writer.Line("#if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER")
            .Line($"{visibility} static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {type}? fact) => {index}.TryGet(id, out fact);")
            .Line("#else")
            .Line($"{visibility} static bool TryGet(string id, out {type}? fact) => {index}.TryGet(id, out fact);")
            .Line("#endif");
    }

    /// <summary>A section class: its name in docs, its class, the kind of its facts and their C# type.</summary>
    private readonly record struct Section(string Name, string Class, string Kind, string Type);

    /// <summary>The built-in sections (actors, places, events, figures), then those the project declared.</summary>
    private static List<Section> SectionsOf(ProjectKinds kinds, string @namespace) =>
        kinds.Catalog.SectionKinds.Where(k => k.Id != BuiltInKinds.Document.Id)
            .Select(k => new Section(k.Section!.Replace('-', ' '), Kebab.ToPascalCase(k.Section!), k.Id, Names.TypeOf(k.Id, @namespace, kinds)))
            .ToList();

    /// <summary>
    /// ", such as <c>"an-id"</c>" with the first id of the project's facts of <paramref name="kind"/> (by id, as the
    /// directory is sorted), so that the docs show an id the project has; nothing when it has none.
    /// </summary>
    private static string Example(FactDirectory directory, KindCatalog kinds, string kind)
    {
        var wanted = kinds[kind];
        foreach (var entry in directory.Entries)
        {
            if (kinds.TryGet(entry.Kind, out var of) && kinds.IsA(of, wanted)) return $", such as <c>\"{entry.Id}\"</c>";
        }
        return "";
    }
}
