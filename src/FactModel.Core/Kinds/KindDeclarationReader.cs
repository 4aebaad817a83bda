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
    private static readonly string[] FieldKeys = { "key", "type", "values", "list", "required", "default", "cycles", "or", "or-text", "description" };

    /// <summary>The declarations in the <c>kinds:</c> section of <paramref name="text"/>, and the problems found reading them.</summary>
    /// <param name="known">Kinds declared elsewhere that types may name (the built-in kinds, for a project's own).</param>
    public static (EquatableArray<KindDeclaration> Kinds, EquatableArray<FactDiagnostic> Diagnostics) Read(
        string filePath, string text, IEnumerable<KindDeclaration>? known = null, CancellationToken cancellationToken = default)
    {
        var sink = new DiagnosticSink(filePath);
        var kinds = new List<KindDeclaration>();
        var root = YamlTreeReader.Read(text, filePath, FactFileLimits.Default, sink.Diagnostics, cancellationToken);
        if (root is YamlMapping mapping)
        {
            var file = new MappingReader(mapping, "The fact file", new[] { "kinds" }, sink);
            var sequence = file.List("kinds");
            for (int i = 0; i < sequence.Count; i++)
            {
                if (sequence[i] is not YamlMapping entry)
                {
                    file.Invalid(sequence[i], "kinds", "entry of 'kinds'", "each entry is a mapping that starts with '- id:'");
                    continue;
                }
                var reader = MappingReader.ForEntry(entry, "kinds", i, KindKeys, sink);
                if (ReadKind(reader) is { } kind) kinds.Add(kind);
                reader.Finish();
            }
            file.Finish();
        }

        // A type names a kind: an entry kind embeds, any other is referred to by id.
        var entries = new HashSet<string>((known ?? Enumerable.Empty<KindDeclaration>()).Concat(kinds).Where(k => k.Entry).Select(k => k.Id));
        var resolved = kinds.Select(k => k with
        {
            Fields = k.Fields.Select(f => f.Type == FieldType.Reference && entries.Contains(f.Kind!) ? f with { Type = FieldType.Entry } : f).ToEquatableArray(),
        });
        return (resolved.ToEquatableArray(), sink.Diagnostics.ToEquatableArray());
    }

    private static KindDeclaration? ReadKind(MappingReader r)
    {
        var id = r.RequiredScalar("id");
        if (id is not null) r.NameFact(id.Value);
        var fields = r.Entries("fields", "field", FieldKeys, "'- { key: attack, type: event, required: true }'", ReadField);
        var oneOf = r.List("one-of").Select(group => (group is YamlSequence s ? s.Items : new[] { group })
            .OfType<YamlScalar>().Select(k => k.Value).ToEquatableArray()).ToEquatableArray();
        var kind = id is null ? null : new KindDeclaration(id.Value, r.String("section"), r.String("extends"), fields,
            Abstract: Flag(r, "abstract"), Entry: Flag(r, "entry"), OneOf: oneOf, Description: r.String("description"));
        return kind;
    }

    private static FieldDeclaration? ReadField(MappingReader r)
    {
        var key = r.RequiredScalar("key");
        var typeWord = r.RequiredScalar("type");
        var values = r.Strings("values");
        bool list = Flag(r, "list"), required = Flag(r, "required");
        string? @default = r.String("default"), description = r.String("description");
        var cycles = r.Word("cycles", CycleRule.Allowed);
        string? orKind = r.String("or");
        bool orText = Flag(r, "or-text");
        if (key is null || typeWord is null) return null;
        bool valueType = FieldTypeWords.TryParse(typeWord.Value, out var type);
        return new FieldDeclaration(key.Value, valueType ? type : FieldType.Reference, valueType ? null : typeWord.Value, values, list, required,
            @default, cycles, description, orKind, orText);
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
