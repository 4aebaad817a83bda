using System.Collections.Generic;
using System.Linq;
using FactModel.Core.Model;
using FactModel.Data;
using FactModel.Generator.Pipeline;
using FactModel.Specs;

namespace FactModel.Generator.Emit;

/// <summary>
/// Emits the facts of one fact file: a documented property per fact in its section class (<c>Actors</c>,
/// <c>Places</c>, <c>Events</c>, <c>Figures</c>), and the facts themselves as data in classes nested in
/// <c>FactCatalog</c>, at most <see cref="ChunkSize"/> facts each, built on first access by
/// <see cref="FactData"/>.
/// </summary>
/// <remarks>
/// The shape is chosen for the compiler and the JIT. The facts are one line of UTF-8 data each (see
/// <see cref="FactModel.Data.FactDataWriter"/>), not constructor calls: the compiler copies the data into the
/// assembly as it is, the JIT compiles one static constructor of a few instructions per data class, and no string of
/// the model is a literal in the assembly's 16 MB string heap. Before C# 11 (no <c>u8</c> literals) the same data is
/// a string. References name their target by id, resolved through the catalog when read, so a file's output does not
/// change when facts are added elsewhere. A fact that lost to an earlier definition of its id, or whose C# name
/// clashes, is left out: its error is reported, and the rest of the model still compiles.
/// </remarks>
internal static class FactFileEmitter
{
    /// <summary>The most facts one data class holds, so that no line of data or static constructor grows without bound.</summary>
    public const int ChunkSize = 200;

    public static string? Emit(ParsedFactFile file, string relativePath, FactDirectory directory, GeneratorSettings settings,
        System.Threading.CancellationToken cancellationToken = default)
    {
        // The facts the model keeps from this file, in the order of their entries (the file's order, duplicates left out).
        var entries = new List<(FactSpec Fact, DirectoryEntry Entry)>();
        var emitted = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var fact in file.Facts)
        {
            if (directory.EntryOf(fact, file.FilePath) is { } entry && emitted.Add(fact.Id)) entries.Add((fact, entry));
        }
        if (entries.Count == 0) return null;

        string visibility = settings.Internal ? "internal" : "public";
        string stem = Names.DataClassOf(relativePath);

        var writer = Header.Start(settings.Namespace, "from " + relativePath);
        foreach (var section in entries.GroupBy(e => e.Fact.Section).OrderBy(g => g.Key))
        {
            writer.Open($"{visibility} static partial class {Names.ClassOf(section.Key)}");
            bool firstFact = true;
            foreach (var (fact, entry) in section)
            {
                if (!firstFact) writer.Line();
                firstFact = false;
                WriteDocs(writer, fact);
                writer.Line($"{visibility} static Fm.{fact.RuntimeType} {entry.MemberName} => (Fm.{fact.RuntimeType}){Names.Catalog}.{DataClass(stem, entry)}.Facts[{entry.Ordinal % ChunkSize}];");
            }
            writer.Close().Line();
        }

        bool Resolves(Reference reference, FactSection? expected) =>
            directory.TryGet(reference.Id, out var target) && (expected is null || target.Section == expected);

        string suffix = settings.Utf8Data ? "u8" : "";
        writer.Open($"static partial class {Names.Catalog}");
        bool firstChunk = true;
        foreach (var chunk in entries.GroupBy(e => DataClass(stem, e.Entry)))
        {
            if (!firstChunk) writer.Line();
            firstChunk = false;
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
                .Open($"internal static class {chunk.Key}")
                .Line($"internal static readonly Fm.Fact[] Facts = Fm.FactData.Read({chunk.Count()}, Lookup,")
                .Indent();
            var lines = chunk.ToList();
            for (int i = 0; i < lines.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string data = CSharp.String(FactDataWriter.Write(lines[i].Fact, Resolves)) + suffix;
                writer.Line(data + (i == lines.Count - 1 ? ");" : " +"));
            }
            writer.Outdent().Close();
        }
        writer.Close();
        return Header.End(writer);
    }

    /// <summary>The data class that holds the fact of <paramref name="entry"/>: its file's stem and its chunk.</summary>
    public static string DataClass(string fileStem, DirectoryEntry entry) => $"{fileStem}_{entry.Ordinal / ChunkSize}";

    private static void WriteDocs(SourceWriter writer, FactSpec fact)
    {
        writer.Line("/// <summary>" + CSharp.DocText(Summary(fact)) + "</summary>");
        if (fact.Sources.IsEmpty) return;
        string sources = string.Join("; ", fact.Sources.Select(s => $"\u201C{s.Quote}\u201D ({s.Document})"));
        writer.Line("/// <remarks>" + (fact.Sources.Count == 1 ? "Source: " : "Sources: ") + CSharp.DocText(sources) + "</remarks>");
    }

    private static string Summary(FactSpec fact) => fact switch
    {
        ActorSpec a => (a.Name ?? a.Description!) + $" ({Kebab.FromPascalCase(a.Kind.ToString())})" + (a.Name is not null && a.Description is not null ? ": " + a.Description : ""),
        PlaceSpec p => p.Name + (p.Kind is null ? "" : $" ({p.Kind})"),
        EventSpec e => e.Title + (e.Date is null ? "" : $" ({e.Date})"),
        FigureSpec f => (f.Value is null ? f.Share + " of another figure" : f.Value.ToString()) + ": " + f.Measure,
        _ => fact.Id,
    };
}
