using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactModel.Core.Kinds;
using FactModel.Core.Model;
using FactModel.Data;
using FactModel.Generator.Pipeline;
using FactModel.Specs;

namespace FactModel.Generator.Emit;

/// <summary>
/// Emits the facts of one fact file: a documented property per fact in its section class (<c>Actors</c>,
/// <c>Places</c>, <c>Events</c>, <c>Figures</c>), and the facts themselves as data in chunks of <c>FactCatalog</c>
/// (<see cref="FactChunk"/>), at most <see cref="ChunkSize"/> facts each, each built when one of its facts is first read.
/// The file's text is its namespace block alone, without the generated file's header: the block goes into the source
/// of its output group (<see cref="Pipeline.OutputGroups"/>), which has one header for every file in it, and whose part
/// of <c>FactCatalog</c> declares the file's chunks (<see cref="Pipeline.EmittedChunk"/>, <see cref="OutputGroupEmitter"/>).
/// </summary>
/// <remarks>
/// The shape is chosen for the compiler and the JIT. The facts are one line of data each (see
/// <see cref="FactModel.Data.FactDataWriter"/>) in one UTF-8 literal per field, not constructor calls: the compiler
/// copies the data into the assembly as it is, and no string of the model is a literal in the assembly's 16 MB string
/// heap. Before C# 11 (no <c>u8</c> literals) the same literal is a string. The chunks of every file are made (not
/// read) by the one static constructor of the partial class <c>FactCatalog</c>; a chunk reads its data, through its
/// group's function, the first time one of its facts or, for a lookup by id, its ids are needed, so reading one fact
/// builds at most <see cref="ChunkSize"/> facts, and the code per chunk is one case of that function. References name their target by
/// id, resolved through the catalog when read (so building a chunk never builds another), and a file's output does
/// not change when facts are added elsewhere. A fact that lost to an earlier definition of its id, or whose C# name
/// clashes, is left out: its error is reported, and the rest of the model still compiles.
/// </remarks>
internal static class FactFileEmitter
{
    /// <summary>The most facts one chunk holds: what reading one fact builds at most, and the most one literal holds.</summary>
    public const int ChunkSize = 200;

    public static FactFileText? Emit(ParsedFactFile file, string relativePath, ModelParts model, GeneratorSettings settings,
        System.Threading.CancellationToken cancellationToken = default)
    {
        var directory = model.Facts;
        var kinds = model.Kinds;
        // The facts the model keeps from this file, in the order of their entries (the file's order, duplicates left out).
        var entries = new List<(FactSpec Fact, DirectoryEntry Entry)>();
        var emitted = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var fact in file.Facts)
        {
            if (directory.EntryOf(fact, file.FilePath) is { } entry && emitted.Add(fact.Id)) entries.Add((fact, entry));
        }
        if (entries.Count == 0) return null;

        string visibility = settings.Internal ? "internal" : "public";
        string stem = Names.ChunkStemOf(relativePath);

        string? linePath = LineMapping.PathFor(file.FilePath, settings.GeneratedFilesDirectory);
        // The file's path names its block in its group's source (on the comment's line, whatever characters it holds).
        var writer = new SourceWriter().Line("// From " + CSharp.DocText(relativePath) + ".").Open($"namespace {settings.Namespace}");
        // A fact's type and the start of its property, once per kind, and each chunk's name, once per chunk: a
        // file has a hundred facts of a few kinds, and building these strings for every fact was most of what writing
        // its property allocated.
        var declarations = new Dictionary<string, (string Type, string Declaration)>(System.StringComparer.Ordinal);
        (string Type, string Declaration) DeclarationOf(KindDeclaration kind)
        {
            if (declarations.TryGetValue(kind.Id, out var known)) return known;
            string type = Names.TypeOf(kind.Id, settings.Namespace, kinds);
            return declarations[kind.Id] = (type, $"{visibility} static {type} ");
        }
        var chunkNames = new Dictionary<int, string>();
        string ChunkOf(DirectoryEntry entry) =>
            chunkNames.TryGetValue(entry.Ordinal / ChunkSize, out var name) ? name : chunkNames[entry.Ordinal / ChunkSize] = ChunkName(stem, entry);

        // The built-in sections in their order, then the project's own by name.
        bool firstSection = true;
        foreach (var section in entries.GroupBy(e => Names.ClassOf(e.Fact)).OrderBy(g => g.First().Fact.Section).ThenBy(g => g.Key, System.StringComparer.Ordinal))
        {
            if (!firstSection) writer.Line();
            firstSection = false;
            WriteIds(writer, section);
            writer.Open($"{visibility} static partial class {section.Key}");
            bool firstFact = true;
            foreach (var (fact, entry) in section)
            {
                if (!firstFact) writer.Line();
                firstFact = false;
                WriteDocs(writer, fact, relativePath, kinds.Catalog);
                // The property's name maps to the fact's id in its YAML file (Go to Definition); the rest stays generated.
                var (type, declaration) = DeclarationOf(fact.Declaration);
                string? directive = linePath is null ? null : LineMapping.Directive(fact.IdSpan, writer.Column + declaration.Length, linePath);
                if (directive is not null) writer.Line(directive);
                writer.Line((Declaration: declaration, Type: type, Entry: entry, Chunk: ChunkOf(entry)), static (text, p) =>
                    text.Append(p.Declaration).Append(p.Entry.MemberName).Append(" => (").Append(p.Type).Append(')')
                        .Append(Names.Catalog).Append('.').Append(p.Chunk).Append('[').Append(p.Entry.Ordinal % ChunkSize).Append("];"));
                if (directive is not null) writer.Line(LineMapping.Default);
            }
            writer.Close();
        }

        var catalog = kinds.Catalog;
        // A reference resolves to a fact of this model or of a referenced one, of the kind the field asks for.
        bool Resolves(Reference reference, string? kind)
        {
            string? targetKindId = directory.TryGet(reference.Id, out var target) ? target.Kind
                : model.Referenced.TryGet(reference.Id, out var theirs, out _) ? theirs.Kind : null;
            return targetKindId is not null
                && (kind is null || (catalog.TryGet(targetKindId, out var targetKind) && catalog.TryGet(kind, out var wanted) && catalog.IsA(targetKind, wanted)));
        }

        // One delegate for the file's facts, not a new one for each.
        System.Func<Reference, string?, bool> resolves = Resolves;

        string suffix = settings.Utf8Data ? "u8" : "";
        // The functions every chunk shares (the lookup by id, and in a project with kinds of its own the function that
        // builds their facts), made once, in ChunkFunctions.
        string shared = $"{Names.ChunkFunctions}.Find" + (DeclaredKindEmitter.HasFactory(kinds) ? $", {Names.ChunkFunctions}.{DeclaredKindEmitter.Factory}" : "");
        var chunks = new List<EmittedChunk>();
        foreach (var chunk in entries.GroupBy(e => ChunkOf(e.Entry)))
        {
            // The statement that hands the chunk its data, for its case in its group's function (OutputGroupEmitter),
            // indented for it: one verbatim literal of one line per fact. The data escapes quotes and every character
            // that could hide what the source says, and the reader skips the line breaks and indentation.
            var data = new SourceWriter(OutputGroupEmitter.CaseBodyDepth).Line("chunk.Load(@\"").Indent();
            int count = 0;
            foreach (var (fact, _) in chunk)
            {
                cancellationToken.ThrowIfCancellationRequested();
                data.Line((Fact: fact, Resolves: resolves, Catalog: catalog),
                    static (text, line) => FactDataWriter.Write(text, line.Fact, line.Resolves, line.Catalog));
                count++;
            }
            data.Line("\"" + suffix + ");");
            chunks.Add(new EmittedChunk(chunk.Key, count, data.ToSourceText()));
        }
        return new FactFileText(writer.Close().ToSourceText(), new EquatableArray<EmittedChunk>(chunks.ToArray()), shared);
    }

    /// <summary>The property of <c>FactCatalog</c> that gives the chunk of <paramref name="entry"/>'s fact: its file's stem and its chunk's number.</summary>
    public static string ChunkName(string fileStem, DirectoryEntry entry) => $"{fileStem}_{entry.Ordinal / ChunkSize}";

    /// <summary>
    /// The ids of a class part's facts, each with its property, in one <c>[FactIds]</c> on the part: the FM4001 analyzer
    /// and its code fix read the model's ids from the compiled code. One attribute for the part, not one for each
    /// property: at 10,000 facts an attribute on each property made Emit allocate 41 MB more (8% of its 510 MB), one
    /// string for each part 3 MB (<c>--emit-variants</c>).
    /// </summary>
    /// <remarks>
    /// A verbatim literal, one id and its property a line. Ids are kebab-case (the parser keeps no other) and property
    /// names identifiers, so neither holds white space, which separates them.
    /// </remarks>
    private static void WriteIds(SourceWriter writer, IEnumerable<(FactSpec Fact, DirectoryEntry Entry)> facts)
    {
        writer.Line("[Fm.FactIds(@\"").Indent();
        // The parser keeps only kebab-case ids (ScalarForms.IsValidId); the quotes are doubled all the same, so that
        // no id could end the literal whatever a later parser let through.
        foreach (var (fact, entry) in facts)
            writer.Line((fact.Id, entry.MemberName), static (text, line) => text.Append(line.Id.Replace("\"", "\"\"")).Append(' ').Append(line.MemberName));
        writer.Outdent().Line("\")]");
    }

    /// <summary>The summary, and in the remarks where the fact is written (its file and the line of its id) and its sources.</summary>
    /// <remarks>Appended straight into the source (two lines for every fact), escaped piece by piece as the whole would be.</remarks>
    private static void WriteDocs(SourceWriter writer, FactSpec fact, string relativePath, KindCatalog kinds)
    {
        writer.Line((Fact: fact, Kinds: kinds), static (text, docs) => AppendSummary(text.Append("/// <summary>"), docs.Fact, docs.Kinds).Append("</summary>"));
        writer.Line((Fact: fact, Path: relativePath), static (text, docs) =>
        {
            CSharp.AppendDocText(text.Append("/// <remarks>"), docs.Path).Append(", line ").Append(docs.Fact.IdSpan.StartLine + 1).Append('.');
            var sources = docs.Fact.Sources;
            if (!sources.IsEmpty) text.Append(sources.Count == 1 ? " Source: " : " Sources: ");
            for (int i = 0; i < sources.Count; i++)
            {
                if (i > 0) text.Append("; ");
                CSharp.AppendDocText(text.Append('\u201C'), sources[i].Quote).Append("\u201D (");
                CSharp.AppendDocText(text, sources[i].Document).Append(')');
            }
            text.Append("</remarks>");
        });
    }

    /// <summary>
    /// The fact's summary, escaped piece by piece into the source (the fixed pieces need no escaping): its name and, in
    /// brackets, what it is.
    /// </summary>
    private static StringBuilder AppendSummary(StringBuilder text, FactSpec fact, KindCatalog kinds)
    {
        switch (fact)
        {
            case ActorSpec a:
                AppendDoc(text, a.Name ?? a.Description).Append(" (");
                AppendDoc(text, a.Declaration.Id).Append(')');
                return a.Name is not null && a.Description is not null ? AppendDoc(text.Append(": "), a.Description) : text;
            case PlaceSpec p:
                return p.Kind is null ? AppendDoc(text, p.Name) : AppendDoc(AppendDoc(text, p.Name).Append(" ("), p.Kind).Append(')');
            case EventSpec e:
                return e.Date is null ? AppendDoc(text, e.Title) : AppendDoc(AppendDoc(text, e.Title).Append(" ("), e.Date.ToString()).Append(')');
            case FigureSpec f:
                // A share's whole is another figure, a group the text does not count, or words.
                return AppendDoc(AppendDoc(text, f.Value is null ? $"{f.Share} of {f.OfDescription ?? $"'{f.Of?.Id}'"}" : f.Value.ToString()).Append(": "), f.Measure);
            default:
                // A fact of a project's own kind: the value people read it by (KindCatalog.DisplayFieldOf), and its kind.
                AppendDoc(text, DisplayValueOf(fact, kinds) ?? fact.Id).Append(" (");
                return AppendDoc(text, fact.Declaration.Id.Replace('-', ' ')).Append(')');
        }
    }

    /// <summary>Doc text of <paramref name="value"/>, none for null (as the string concatenation it replaces).</summary>
    private static StringBuilder AppendDoc(StringBuilder text, string? value) => value is null ? text : CSharp.AppendDocText(text, value);

    /// <summary>The text of the field people know a fact of a declared kind by, when it has one (a loop: no closure per fact).</summary>
    private static string? DisplayValueOf(FactSpec fact, KindCatalog kinds)
    {
        if (kinds.DisplayFieldOf(fact.Declaration) is not { } display) return null;
        foreach (var value in fact.DeclaredValues)
        {
            if (value.Field.Key == display.Key) return value.Items[0].Text;
        }
        return null;
    }
}
