using System.Collections.Generic;
using System.Linq;
using FactModel.Core.Model;
using FactModel.Specs;

namespace FactModel.Generator.Emit;

/// <summary>
/// Emits the facts of one fact file. Each fact is a <c>static readonly</c> instance of a runtime type, held in data
/// classes nested in <c>FactCatalog</c> (at most <see cref="ChunkSize"/> facts each), and exposed by a documented
/// property of its section class (<c>Actors</c>, <c>Places</c>, <c>Events</c>, <c>Figures</c>).
/// </summary>
/// <remarks>
/// The shape is chosen for the compiler and the JIT: small static constructors instead of one per section that grows
/// with the whole model, and references by id through <c>FactCatalog.Ref</c> instead of a lambda each, so compile and
/// first-access times grow linearly with the number of facts. A fact that lost to an earlier definition of its id, or
/// whose C# name clashes, is left out: its error is reported, and the rest of the model still compiles.
/// </remarks>
internal static class FactFileEmitter
{
    /// <summary>The most facts one data class holds, so that no static constructor grows without bound.</summary>
    public const int ChunkSize = 200;

    public static string? Emit(ParsedFactFile file, string relativePath, FactDirectory directory, string @namespace, bool isInternal,
        System.Threading.CancellationToken cancellationToken = default)
    {
        var emitted = new HashSet<string>();
        var chunkOf = new Dictionary<FactSpec, string>();
        string dataClass = Names.DataClassOf(relativePath);
        foreach (var fact in file.Facts)
        {
            if (directory.EntryOf(fact, file.FilePath) is { } entry && emitted.Add(fact.Id)) chunkOf[fact] = DataClass(dataClass, entry);
        }
        var facts = file.Facts.Where(chunkOf.ContainsKey).ToList();
        if (facts.Count == 0) return null;

        string visibility = isInternal ? "internal" : "public";

        var writer = Header.Start(@namespace, "from " + relativePath);
        foreach (var section in facts.GroupBy(f => f.Section).OrderBy(g => g.Key))
        {
            writer.Open($"{visibility} static partial class {Names.ClassOf(section.Key)}");
            bool firstFact = true;
            foreach (var fact in section)
            {
                if (!firstFact) writer.Line();
                firstFact = false;
                WriteDocs(writer, fact);
                string name = Kebab.ToPascalCase(fact.Id);
                writer.Line($"{visibility} static Fm.{fact.RuntimeType} {name} => {Names.Catalog}.{chunkOf[fact]}.{name};");
            }
            writer.Close().Line();
        }

        var references = new ReferenceWriter(directory);
        writer.Open($"static partial class {Names.Catalog}");
        foreach (var chunk in facts.GroupBy(f => chunkOf[f]))
        {
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
                .Open($"internal static class {chunk.Key}");
            bool firstFact = true;
            foreach (var fact in chunk)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!firstFact) writer.Line();
                firstFact = false;
                WriteFact(writer, fact, references);
            }
            writer.Close();
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

    private static void WriteFact(SourceWriter writer, FactSpec fact, ReferenceWriter references)
    {
        var args = new Arguments().Add("id", CSharp.String(fact.Id));
        string type = fact.RuntimeType;
        switch (fact)
        {
            case ActorSpec actor:
                args.Add("name", actor.Name is null ? null : CSharp.String(actor.Name))
                    .Add("aliases", Strings(actor.Aliases))
                    .Add("description", actor.Description is null ? null : CSharp.String(actor.Description))
                    .Add("roles", Array("Role", actor.Roles.Select(r => $"new Fm.Role({CSharp.String(r.Title)}, {references.To(r.Of, FactSection.Actors)}"
                        + (r.From is { } from ? ", from: " + Dates.Partial(from) : "") + (r.Until is { } until ? ", until: " + Dates.Partial(until) : "") + ")")))
                    .Add("partOf", references.Optional(actor.PartOf, FactSection.Actors))
                    .Add("ledBy", references.Optional(actor.LedBy, FactSection.Actors))
                    .Add("wikidata", actor.Wikidata is null ? null : CSharp.String(actor.Wikidata));
                break;
            case PlaceSpec place:
                args.Add("name", CSharp.String(place.Name))
                    .Add("kind", place.Kind is null ? null : CSharp.String(place.Kind))
                    .Add("aliases", Strings(place.Aliases))
                    .Add("description", place.Description is null ? null : CSharp.String(place.Description))
                    .Add("within", references.List(place.Within, FactSection.Places))
                    .Add("wikidata", place.Wikidata is null ? null : CSharp.String(place.Wikidata));
                break;
            case EventSpec @event:
                args.Add("title", CSharp.String(@event.Title))
                    .Add("kind", @event.Kind is null ? null : CSharp.String(@event.Kind))
                    .Add("date", @event.Date is null ? null : Dates.Span(@event.Date))
                    .Add("status", @event.Status == EventStatus.Happened ? null : "Fm.EventStatus." + @event.Status)
                    .Add("certainty", @event.Certainty == Certainty.Reported ? null : "Fm.Certainty." + @event.Certainty)
                    .Add("description", @event.Description is null ? null : CSharp.String(@event.Description))
                    .Add("places", references.List(@event.Places, FactSection.Places))
                    .Add("participants", Array("Participant", @event.Participants.Select(p =>
                        $"new Fm.Participant({references.To(p.Actor, FactSection.Actors)}, {CSharp.String(p.Role)})")))
                    .Add("partOf", references.Optional(@event.PartOf, FactSection.Events))
                    .Add("after", references.List(@event.After, FactSection.Events))
                    .Add("before", references.List(@event.Before, FactSection.Events))
                    .Add("concurrentWith", references.List(@event.ConcurrentWith, FactSection.Events))
                    .Add("quotes", Array("Quote", @event.Quotes.Select(q => $"new Fm.Quote({references.To(q.By, FactSection.Actors)}, {CSharp.String(q.Text)})")));
                break;
            case FigureSpec figure:
                args.Add("measure", CSharp.String(figure.Measure))
                    .Add("value", figure.Value is null ? null : Quantities.Of(figure.Value))
                    .Add("kind", figure.Kind == FigureKind.Count ? null : "Fm.FigureKind." + figure.Kind)
                    .Add("about", references.Optional(figure.About, null))
                    .Add("of", references.Optional(figure.Of, FactSection.Figures))
                    .Add("share", figure.Share is null ? null : Quantities.Of(figure.Share))
                    .Add("accordingTo", references.Optional(figure.AccordingTo, FactSection.Actors))
                    .Add("certainty", figure.Certainty == Certainty.Reported ? null : "Fm.Certainty." + figure.Certainty)
                    .Add("asOf", figure.AsOf is { } asOf ? Dates.Partial(asOf) : null);
                break;
        }
        args.Add("sources", Array("Source", fact.Sources.Select(s => $"new Fm.Source({CSharp.String(s.Document)}, {CSharp.String(s.Quote)})")))
            .Add("notes", fact.Notes is null ? null : CSharp.String(fact.Notes));

        writer.Line($"internal static readonly Fm.{type} {Kebab.ToPascalCase(fact.Id)} = new Fm.{type}(");
        writer.Indent();
        args.Write(writer);
        writer.Outdent();
    }

    private static string Summary(FactSpec fact) => fact switch
    {
        ActorSpec a => (a.Name ?? a.Description!) + $" ({Kebab.FromPascalCase(a.Kind.ToString())})" + (a.Name is not null && a.Description is not null ? ": " + a.Description : ""),
        PlaceSpec p => p.Name + (p.Kind is null ? "" : $" ({p.Kind})"),
        EventSpec e => e.Title + (e.Date is null ? "" : $" ({e.Date})"),
        FigureSpec f => (f.Value is null ? f.Share + " of another figure" : f.Value.ToString()) + ": " + f.Measure,
        _ => fact.Id,
    };

    private static string? Strings(EquatableArray<string> values) =>
        values.IsEmpty ? null : "new[] { " + string.Join(", ", values.Select(CSharp.String)) + " }";

    private static string? Array(string type, IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : $"new Fm.{type}[] {{ " + string.Join(", ", list) + " }";
    }

    /// <summary>Writes <c>FactCatalog.Ref&lt;Fm.Actor&gt;("hamas")</c> for references to facts of the right kind.</summary>
    private sealed class ReferenceWriter
    {
        private readonly FactDirectory _directory;

        public ReferenceWriter(FactDirectory directory) => _directory = directory;

        public string To(Reference reference, FactSection? expected) =>
            $"{Names.Catalog}.Ref<Fm.{Names.BaseTypeOf(expected)}>({CSharp.String(reference.Id)})";

        public string? Optional(Reference? reference, FactSection? expected) =>
            reference is { } r && Resolves(r, expected) ? To(r, expected) : null;

        public string? List(EquatableArray<Reference> references, FactSection expected)
        {
            var resolved = references.Where(r => Resolves(r, expected)).Select(r => To(r, expected)).ToList();
            return resolved.Count == 0 ? null : $"new Fm.FactRef<Fm.{Names.BaseTypeOf(expected)}>[] {{ " + string.Join(", ", resolved) + " }";
        }

        // Unresolved or wrong-kind references are reported by the validator; optional ones are left out so that the
        // model still works where it can (a required one would throw when read, in a build that already failed).
        private bool Resolves(Reference reference, FactSection? expected) =>
            _directory.TryGet(reference.Id, out var entry) && (expected is null || entry.Section == expected);
    }

    /// <summary>Named constructor arguments, one per line, leaving out those with no value.</summary>
    private sealed class Arguments
    {
        private readonly List<string> _items = new();

        public Arguments Add(string name, string? value)
        {
            if (value is not null) _items.Add(name + ": " + value);
            return this;
        }

        public void Write(SourceWriter writer)
        {
            for (int i = 0; i < _items.Count; i++) writer.Line(_items[i] + (i == _items.Count - 1 ? ");" : ","));
        }
    }
}
