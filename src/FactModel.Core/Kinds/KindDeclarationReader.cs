using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Core.Parsing;
using FactModel.Core.Yaml;
using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Core.Kinds;

/// <summary>
/// Reads the <c>kinds:</c> section of a fact file into kind declarations: the language the built-in kinds are
/// declared in (<see cref="KindDeclarationWriter"/> writes them so) and a project declares its own in. A field's
/// <c>type</c> is a value type's word or a kind's id; a kind among <paramref name="known"/> or the declarations read
/// that is an entry makes the field an embedded entry, any other kind a reference. Problems are the parser's
/// diagnostics (FM1002 unknown key, FM1003 missing, FM1004 invalid value) at their YAML lines.
/// </summary>
public static class KindDeclarationReader
{
    private static readonly string[] KindKeys = { "id", "section", "extends", "abstract", "entry", "one-of", "description", "fields" };
    private static readonly string[] FieldKeys = { "key", "type", "values", "list", "required", "default", "cycles", "or", "or-text", "typed", "description" };

    /// <summary>The declarations in the <c>kinds:</c> section of <paramref name="text"/>, and the problems found reading them.</summary>
    /// <param name="known">Kinds declared elsewhere that types may name (the built-in kinds, for a project's own).</param>
    public static (EquatableArray<KindDeclaration> Kinds, EquatableArray<FactDiagnostic> Diagnostics) Read(
        string filePath, string text, IEnumerable<KindDeclaration>? known = null, CancellationToken cancellationToken = default)
    {
        var file = ReadFile(filePath, text, known, FactFileLimits.Default, cancellationToken);
        return (file.Kinds.Select(k => k.Declaration).ToEquatableArray(), file.Diagnostics);
    }

    /// <summary>
    /// The kinds <paramref name="text"/> declares, with where each part is written, for the checks between files
    /// (<see cref="ProjectKinds"/>). Only the <c>kinds:</c> section is read: the parser reports everything else, so
    /// the YAML's own problems are left to it too. A file without a line starting <c>kinds:</c> is not parsed at all.
    /// </summary>
    public static DeclaredKindsFile ReadFile(string filePath, string text, IEnumerable<KindDeclaration>? known, FactFileLimits limits,
        CancellationToken cancellationToken = default)
    {
        if (!DeclaresKinds(text)) return new DeclaredKindsFile(filePath, default, default);
        var sink = new DiagnosticSink(filePath);
        var kinds = new List<DeclaredKind>();
        var root = YamlTreeReader.Read(text, filePath, limits, new List<FactDiagnostic>(), cancellationToken);
        if (root is YamlMapping mapping)
        {
            // Every key is allowed here and none is reported: the parser reads the same file and reports the rest.
            var file = new MappingReader(mapping, "The fact file", new[] { "kinds" }, sink);
            var node = file.Node("kinds");
            var sequence = file.List("kinds");
            if (node is not null and not YamlSequence)
                file.Invalid(node, "kinds", "'kinds' section", "write 'kinds:' followed by a list of entries, each starting with '- id:'");
            else
            {
                for (int i = 0; i < sequence.Count; i++)
                {
                    if (sequence[i] is not YamlMapping entry)
                    {
                        file.Invalid(sequence[i], "kinds", "entry of 'kinds'", "each entry is a mapping that starts with '- id:'");
                        continue;
                    }
                    var reader = MappingReader.ForEntry(entry, "kinds", i, KindKeys, sink);
                    if (ReadKind(reader, filePath) is { } kind) kinds.Add(kind);
                    reader.Finish();
                }
            }
        }

        // A type names a kind: an entry kind embeds, any other is referred to by id.
        var entries = new HashSet<string>((known ?? Enumerable.Empty<KindDeclaration>()).Concat(kinds.Select(k => k.Declaration))
            .Where(k => k.Entry).Select(k => k.Id));
        var resolved = kinds.Select(k => k with
        {
            Declaration = k.Declaration with
            {
                Fields = k.Declaration.Fields.Select(f => f.Type == FieldType.Reference && entries.Contains(f.Kind!) ? f with { Type = FieldType.Entry } : f).ToEquatableArray(),
            },
        });
        return new DeclaredKindsFile(filePath, resolved.ToEquatableArray(), sink.Diagnostics.ToEquatableArray());
    }

    /// <summary>True when a line of <paramref name="text"/> starts with <c>kinds:</c>, the only way a fact file declares kinds.</summary>
    private static bool DeclaresKinds(string text)
    {
        for (int at = text.IndexOf("kinds:", System.StringComparison.Ordinal); at >= 0; at = text.IndexOf("kinds:", at + 1, System.StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] == '\n' || (at == 1 && text[0] == '\uFEFF')) return true;
        }
        return false;
    }

    private static DeclaredKind? ReadKind(MappingReader r, string filePath)
    {
        var id = r.RequiredScalar("id");
        if (id is not null) r.NameFact(id.Value);
        var fieldSpans = new List<DeclaredFieldSpans>();
        var fields = r.Entries("fields", "field", FieldKeys, "'- { key: attack, type: event, required: true }'", field => ReadField(field, fieldSpans));
        var oneOf = r.List("one-of").Select(group => (group is YamlSequence s ? s.Items : new[] { group })
            .OfType<YamlScalar>().Select(k => k.Value).ToEquatableArray()).ToEquatableArray();
        var section = r.Scalar("section");
        var extends = r.Scalar("extends");
        if (id is null) return null;
        var kind = new KindDeclaration(id.Value, section?.Value, extends?.Value, fields,
            Abstract: Flag(r, "abstract"), Entry: Flag(r, "entry"), OneOf: oneOf, Description: r.String("description"));
        return new DeclaredKind(kind, filePath, id.Span, section?.Span ?? id.Span, extends?.Span ?? id.Span, fieldSpans.ToEquatableArray());
    }

    private static FieldDeclaration? ReadField(MappingReader r, List<DeclaredFieldSpans> spans)
    {
        var key = r.RequiredScalar("key");
        var typeWord = r.RequiredScalar("type");
        var valuesNode = r.Node("values");
        var values = r.Strings("values");
        bool list = Flag(r, "list"), required = Flag(r, "required");
        string? @default = r.String("default"), description = r.String("description");
        var cycles = r.Word("cycles", CycleRule.Allowed);
        string? orKind = r.String("or");
        bool orText = Flag(r, "or-text"), typed = Flag(r, "typed");
        if (key is null || typeWord is null) return null;
        spans.Add(new DeclaredFieldSpans(key.Span, typeWord.Span, valuesNode?.Span ?? typeWord.Span));
        bool valueType = FieldTypeWords.TryParse(typeWord.Value, out var type);
        return new FieldDeclaration(key.Value, valueType ? type : FieldType.Reference, valueType ? null : typeWord.Value, values, list, required,
            @default, cycles, description, orKind, orText, typed);
    }

    private static bool Flag(MappingReader r, string key)
    {
        var scalar = r.Scalar(key);
        if (scalar is null) return false;
        if (scalar.Value is "true" or "false") return scalar.Value == "true";
        r.Invalid(scalar, scalar.Value, key, "write true or false");
        return false;
    }
}
