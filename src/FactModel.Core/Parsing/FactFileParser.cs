using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Validation;
using FactModel.Core.Kinds;
using FactModel.Core.Model;
using FactModel.Specs;
using FactModel.Core.Yaml;

namespace FactModel.Core.Parsing;

/// <summary>
/// Parses one fact file into a <see cref="ParsedFactFile"/>: the facts it states and every problem found on the way.
/// Knows nothing of Roslyn. It never throws on bad input: whatever is wrong becomes a diagnostic and the rest of the
/// file is still read.
/// </summary>
public static partial class FactFileParser
{
    // The keys each mapping allows, read from the kind declarations (BuiltInKinds): the parser reads each kind's
    // values into its typed spec below, but which keys exist is said once, there.
    private static readonly KindCatalog Kinds = BuiltInKinds.Catalog;
    internal static readonly string[] FileKeys = Kinds.SectionKinds.Select(k => k.Section!).Append(KindsSection).ToArray();
    private static readonly Dictionary<string, string[]> SectionKeys = Kinds.SectionKinds.ToDictionary(k => k.Section!, k => Kinds.KeysOf(k));
    internal static readonly string[] SourceKeys = Kinds.KeysOf(BuiltInKinds.Source);
    internal static readonly string[] RoleKeys = Kinds.KeysOf(BuiltInKinds.Role);
    internal static readonly string[] ParticipantKeys = Kinds.KeysOf(BuiltInKinds.Participant);
    internal static readonly string[] QuoteKeys = Kinds.KeysOf(BuiltInKinds.Quote);
    internal static readonly string[] FigureValueKeys = Kinds.KeysOf(BuiltInKinds.FigureValue);
    // Ranges are forms of a value type (a date span, a quantity), not kinds: their keys belong to the type.
    internal static readonly string[] DateRangeKeys = { "from", "to" };
    internal static readonly string[] RangeKeys = { "min", "max" };

    /// <summary>Every key the format knows, by where it may appear (a kind's id, or "file"); the JSON Schema is written from the same declarations.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> KnownKeys { get; } = KnownKeysOf(Kinds);

    private static Dictionary<string, IReadOnlyList<string>> KnownKeysOf(KindCatalog kinds)
    {
        var keys = new Dictionary<string, IReadOnlyList<string>> { ["file"] = FileKeys };
        foreach (var kind in kinds.Kinds.Where(k => k.Section is not null || k.Entry)) keys[kind.Id] = kinds.KeysOf(kind);
        keys["date-range"] = DateRangeKeys;
        keys["value-range"] = RangeKeys;
        return keys;
    }

    /// <summary>Parses <paramref name="text"/>, the content of the fact file at <paramref name="filePath"/>.</summary>
    /// <param name="kinds">The kinds the project's files declare (read with <see cref="KindDeclarationReader.ReadFile"/> and checked by <see cref="ProjectKinds.Build"/>); the built-in kinds alone when null.</param>
    public static ParsedFactFile Parse(string filePath, string text, FactFileLimits? limits = null, CancellationToken cancellationToken = default,
        ProjectKinds? kinds = null)
    {
        var sink = new DiagnosticSink(filePath);
        var facts = new List<FactSpec>();
        var documents = new List<DocumentSpec>();
        var root = YamlTreeReader.Read(text, filePath, limits ?? FactFileLimits.Default, sink.Diagnostics, cancellationToken);
        var project = kinds is null || ReferenceEquals(kinds, ProjectKinds.BuiltIn) ? null : new DeclaredKindReader(kinds);

        if (root is YamlMapping mapping)
        {
            var file = new MappingReader(mapping, "The fact file", project?.FileKeys ?? FileKeys, sink);
            ReadSection(file, "actors", ReadActor, facts, project, cancellationToken);
            ReadSection(file, "places", ReadPlace, facts, project, cancellationToken);
            ReadSection(file, "events", ReadEvent, facts, project, cancellationToken);
            ReadSection(file, "figures", ReadFigure, facts, project, cancellationToken);
            ReadSection(file, "documents", (r, _) => ReadDocument(r), documents, null, cancellationToken);
            project?.ReadDeclaredSections(file, facts, cancellationToken);
            // The declarations are read on their own (KindDeclarationReader), before any file is parsed.
            file.Node(KindsSection);
            file.Finish();
        }
        else if (root is not null and not YamlScalar { IsNull: true })
        {
            sink.Report(DiagnosticCatalog.MalformedYaml, root.Span,
                $"A fact file is a mapping with the sections actors, places, events and figures, but this file holds {root.Describe()}");
        }

        return new ParsedFactFile(filePath, facts.ToEquatableArray(), documents.ToEquatableArray(), sink.Diagnostics.ToEquatableArray());
    }

    /// <summary>The section in which a fact file declares its own kinds.</summary>
    internal const string KindsSection = "kinds";

    /// <summary>
    /// Reads the entries of a built-in section. An entry whose <c>kind:</c> names a kind the project declared (a
    /// politician among the actors) also has that kind's fields, read after the built-in ones; <paramref name="read"/>
    /// is then given the built-in kind it extends (person), null otherwise.
    /// </summary>
    private static void ReadSection<T>(MappingReader file, string section, Func<MappingReader, KindDeclaration?, T?> read, List<T> into,
        DeclaredKindReader? project, CancellationToken cancellationToken) where T : class
    {
        var node = file.Node(section);
        if (node is null) return;
        if (node is not YamlSequence sequence)
        {
            file.Invalid(node, section, $"'{section}' section", $"write '{section}:' followed by a list of entries, each starting with '- id:'");
            return;
        }

        string[] allowed = SectionKeys[section];
        var kinds = project?.Catalog ?? Kinds;
        for (int i = 0; i < sequence.Items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sequence.Items[i] is not YamlMapping entry)
            {
                file.Invalid(sequence.Items[i], section, $"entry of '{section}'", "each entry is a mapping that starts with '- id:'");
                continue;
            }
            var declared = project?.DeclaredKindOf(entry, section);
            if (declared is { Broken: true }) continue;
            var reader = MappingReader.ForEntry(entry, section, i, declared?.Keys ?? allowed, file.Sink);
            var fact = read(reader, declared?.BuiltInBase);
            // Fields added to a built-in kind (no typed spec holds them) are read by their declaration, as a
            // project's own fields are, after the built-in ones.
            var added = DeclaredKindReader.ReadValues(reader, kinds.UntypedFieldsOf((fact as FactSpec)?.BuiltInDeclaration ?? kinds.KindOfSection(section)));
            if (declared is { } d && fact is FactSpec spec)
            {
                var own = project!.ReadValues(reader, d.Kind);
                fact = (T)(object)(spec with { DeclaredKind = d.Kind, DeclaredValues = added.IsEmpty ? own : added.Concat(own).ToEquatableArray() });
            }
            else if (declared is { } unread)
                project!.ReadValues(reader, unread.Kind);
            else if (!added.IsEmpty && fact is FactSpec builtIn)
                fact = (T)(object)(builtIn with { DeclaredValues = added });
            reader.Finish();
            if (fact is not null) into.Add(fact);
        }
    }

    /// <summary>What every fact has: <c>id</c>, <c>source</c> and <c>notes</c>.</summary>
    internal readonly record struct Common(string Id, SourceSpan IdSpan, string? Notes, EquatableArray<SourceSpec> Sources, bool SourceWritten);

    /// <summary>
    /// Reads <c>id</c>, <c>source</c> and <c>notes</c>, first, so that their problems are reported first; null when the
    /// id is missing or invalid. Each fact is then created once with these and its own values (not copied with
    /// <c>with</c> from a blank one, which allocated every fact three times).
    /// </summary>
    internal static Common? ReadCommon(MappingReader reader)
    {
        var id = reader.RequiredScalar("id");
        string? notes = reader.String("notes");
        if (id is not null) reader.NameFact(id.Value);
        bool valid = id is not null && ScalarForms.IsValidId(id.Value);
        if (id is not null && !valid) reader.Sink.Report(DiagnosticCatalog.InvalidId, id.Span, id.Value, ScalarForms.SuggestId(id.Value));
        // The sources of a fact without a valid id are read too: their mistakes are reported, and the key is not taken
        // for an unknown one ("unknown key 'source' (did you mean 'source'?)").
        var sources = ReadSources(reader);
        return valid ? new Common(id!.Value, id.Span, notes, sources, reader.Node("source") is not null) : null;
    }

    private static EquatableArray<SourceSpec> ReadSources(MappingReader reader) =>
        reader.Entries("source", "source", SourceKeys, "'source: { document: <name>, quote: \"<verbatim words>\" }' or a list of them", source =>
        {
            var document = source.RequiredScalar("document");
            var quote = source.RequiredScalar("quote");
            return document is null || quote is null ? null : new SourceSpec(document.Value, document.Span, quote.Value, quote.Span);
        });

    private static ActorSpec? ReadActor(MappingReader r, KindDeclaration? declared)
    {
        var common = ReadCommon(r);
        var kindNode = r.RequiredScalar("kind");
        // A declared kind (a politician) is a kind of one of the built-in actor kinds (a person).
        var kind = kindNode is null ? ActorKind.Group : declared is not null ? DeclaredKindReader.ActorKindOf(declared) : r.Word("kind", ActorKind.Group);
        string? name = r.String("name");
        string? description = r.String("description");
        var roles = r.Entries("roles", "role", RoleKeys, "'- { title: leader, of: hamas }'", role =>
        {
            var title = role.RequiredScalar("title");
            var of = role.RequiredReference("of");
            var from = role.Date("from");
            var until = role.Date("until");
            return title is null || of is null ? null : new RoleSpec(title.Value, of.Value, from, until, role.Span);
        });
        var aliases = r.Strings("aliases");
        var partOf = r.Reference("part-of");
        var ledBy = r.Reference("led-by");
        string? wikidata = Wikidata(r);
        if (name is null && description is null) r.Missing("name");
        if (common is not { } c || kindNode is null) return null;
        return new ActorSpec
        {
            Id = c.Id, IdSpan = c.IdSpan, Notes = c.Notes, Sources = c.Sources, SourceWritten = c.SourceWritten,
            Kind = kind, Name = name, Aliases = aliases, Description = description, Roles = roles,
            PartOf = partOf, LedBy = ledBy, Wikidata = wikidata,
        };
    }

    private static PlaceSpec? ReadPlace(MappingReader r, KindDeclaration? declared)
    {
        var common = ReadCommon(r);
        var name = r.RequiredScalar("name");
        var kind = r.KebabWord("kind", "city");
        var aliases = r.Strings("aliases");
        string? description = r.String("description");
        var within = r.References("within");
        string? wikidata = Wikidata(r);
        if (common is not { } c || name is null) return null;
        return new PlaceSpec
        {
            Id = c.Id, IdSpan = c.IdSpan, Notes = c.Notes, Sources = c.Sources, SourceWritten = c.SourceWritten,
            Name = name.Value, Kind = kind, Aliases = aliases, Description = description, Within = within, Wikidata = wikidata,
        };
    }

    private static EventSpec? ReadEvent(MappingReader r, KindDeclaration? declared)
    {
        var common = ReadCommon(r);
        var title = r.RequiredScalar("title");
        var kind = r.KebabWord("kind", "air-strike");
        var dateNode = r.Node("date");
        var date = dateNode is null ? null : ReadDateSpan(r, dateNode);
        var status = r.Word("status", EventStatus.Happened);
        var certainty = r.Word("certainty", Certainty.Reported);
        string? description = r.String("description");
        var places = r.References("places");
        var participants = r.Entries("participants", "participant", ParticipantKeys, "'- { actor: antony-blinken, role: visitor }'", participant =>
        {
            var actor = participant.RequiredReference("actor");
            var role = participant.Scalar("role") is { } word ? participant.KebabWordOf(word, "role", "visitor") : "party";
            return actor is null || role is null ? null : new ParticipantSpec(actor.Value, role);
        });
        var partOf = r.Reference("part-of");
        var after = r.References("after");
        var before = r.References("before");
        var concurrent = r.References("concurrent-with");
        var quotes = r.Entries("quotes", "quote", QuoteKeys, "'- { by: netanyahu, text: \"friendly and productive\" }'", quote =>
        {
            var by = quote.RequiredReference("by");
            var text = quote.RequiredScalar("text");
            return by is null || text is null ? null : new QuoteSpec(by.Value, text.Value, text.Span);
        });
        if (common is not { } c || title is null) return null;
        return new EventSpec
        {
            Id = c.Id, IdSpan = c.IdSpan, Notes = c.Notes, Sources = c.Sources, SourceWritten = c.SourceWritten,
            Title = title.Value, Kind = kind, Date = date, DateSpan = dateNode?.Span ?? default, Status = status, Certainty = certainty,
            Description = description, Places = places, Participants = participants, PartOf = partOf,
            After = after, Before = before, ConcurrentWith = concurrent, Quotes = quotes,
        };
    }

    internal static DateSpan? ReadDateSpan(MappingReader r, YamlNode node)
    {
        const string forms = "use YYYY, YYYY-MM, YYYY-MM-DD, a season and year such as 'summer 2024', or a range '{ from: 2024-06, to: 2024-08 }' (leave out 'to' for an ongoing range)";
        if (node is YamlScalar scalar)
        {
            if (PartialDate.TryParse(scalar.Value, out var date)) return DateSpan.On(date);
            r.Invalid(scalar, scalar.Value, "date", forms);
            return null;
        }
        if (node is not YamlMapping mapping)
        {
            r.Invalid(node, "date", "date", forms);
            return null;
        }
        var range = new MappingReader(mapping, r.Context, DateRangeKeys, r.Sink);
        bool hasFrom = range.Node("from") is not null;
        var from = range.Date("from");
        var to = range.Date("to");
        range.Finish();
        if (!hasFrom) range.Missing("from");
        if (from is null) return null;
        if (to is null) return range.Node("to") is null ? DateSpan.Since(from.Value) : null;
        if (to.Value.LastDay < from.Value.FirstDay)
        {
            r.Invalid(mapping, "date", "date range", $"it ends ({to}) before it starts ({from})");
            return null;
        }
        return DateSpan.Between(from.Value, to.Value);
    }

    private static FigureSpec? ReadFigure(MappingReader r, KindDeclaration? declared)
    {
        var common = ReadCommon(r);
        var measure = r.RequiredScalar("measure");
        // 'kind:' names the declared kind, when there is one: such a figure counts.
        var kind = declared is null ? r.Word("kind", FigureKind.Count) : FigureKind.Count;
        if (declared is not null) r.Node("kind");
        string? unit = r.String("unit");
        var valueNode = r.Node("value");
        var shareNode = r.Scalar("share");
        var qualifier = r.Word("qualifier", Qualifier.Exact);
        var precisionNode = r.Scalar("precision");
        bool overTime = r.Node("values") is not null;
        var value = valueNode is null ? null : ReadQuantity(r, valueNode, qualifier, unit, precisionNode);
        if (valueNode is null && !overTime && precisionNode is not null) r.Invalid(precisionNode, "precision", "precision", "'precision' applies to a figure's 'value'");
        var share = shareNode is null ? null : ReadShare(r, shareNode, valueNode is null ? qualifier : Qualifier.Exact);
        var about = r.Reference("about");
        // 'of' names a figure or a group by id, or describes a whole the text does not count in words (with a space).
        var ofNode = r.Scalar("of");
        string? ofDescription = ofNode is { } words && !ScalarForms.IsValidId(words.Value) && words.Value.Trim().Contains(' ') ? words.Value.Trim() : null;
        Reference? of = ofNode is null || ofDescription is not null ? null : new Reference(ofNode.Value, ofNode.Span);
        var accordingTo = r.Reference("according-to");
        var certainty = r.Word("certainty", Certainty.Reported);
        var asOf = r.Date("as-of");
        var values = overTime ? ReadValues(r, unit) : default;
        if (!overTime && valueNode is null && (shareNode is null || ofNode is null))
        {
            r.Missing("value");
            return null;
        }
        if (common is not { } c || measure is null || (valueNode is not null && value is null) || (shareNode is not null && share is null)) return null;
        var spec = new FigureSpec
        {
            Id = c.Id, IdSpan = c.IdSpan, Notes = c.Notes, Sources = c.Sources, SourceWritten = c.SourceWritten,
            Measure = measure.Value, Value = value, ValueSpan = (valueNode ?? shareNode)?.Span ?? default, Kind = kind, About = about, Of = of,
            OfDescription = ofDescription, Share = share, Unit = unit, AccordingTo = accordingTo, Certainty = certainty, AsOf = asOf,
        };
        if (!overTime) return spec;
        if (values.IsEmpty) return null;
        // The figure's value is the latest; its sources are its own and every value's, so that each quote is checked.
        var latest = values[values.Count - 1];
        return spec with
        {
            Values = values, Value = latest.Value, ValueSpan = latest.ValueSpan, AccordingTo = latest.AccordingTo, AsOf = latest.AsOf,
            Sources = c.Sources.Concat(values.SelectMany(v => v.Sources)).ToEquatableArray(),
            SourceWritten = c.SourceWritten || values.Any(v => !v.Sources.IsEmpty),
        };
    }

    /// <summary>
    /// Reads <c>values:</c>, a figure's values over time, in date order (those without <c>as-of</c> first, the order
    /// written among those of the same date). The keys of a single value are written in each entry instead.
    /// </summary>
    private static EquatableArray<FigureValueSpec> ReadValues(MappingReader r, string? unit)
    {
        foreach (string key in new[] { "value", "qualifier", "precision", "as-of", "according-to" })
        {
            if (r.Node(key) is { } beside)
                r.Invalid(beside, key, $"key beside 'values' ('{key}')", $"write '{key}' in each entry of 'values'");
        }
        if (r.List("values").Count == 0)
            r.Invalid(r.Node("values")!, "values", "list of values", "write at least one entry '- { value: ..., as-of: ..., source: ... }'");
        var values = r.Entries("values", "figure-value", FigureValueKeys,
            "'- { value: 42000, qualifier: over, as-of: 2024-10-22, according-to: health-ministry, source: { document: <name>, quote: \"<verbatim words>\" } }'",
            entry =>
            {
                var node = entry.Node("value");
                var qualifier = entry.Word("qualifier", Qualifier.Exact);
                var quantity = node is null ? null : ReadQuantity(entry, node, qualifier, unit, entry.Scalar("precision"));
                var asOf = entry.Date("as-of");
                var accordingTo = entry.Reference("according-to");
                var sources = ReadSources(entry);
                if (node is null) entry.Missing("value");
                return quantity is null ? null : new FigureValueSpec(quantity, node!.Span, asOf, accordingTo, sources);
            });
        return values.Select((v, i) => (Value: v, Index: i))
            .OrderBy(v => v.Value.AsOf is { } d ? d.FirstDay : DateTime.MinValue).ThenBy(v => v.Value.AsOf?.LastDay ?? DateTime.MinValue)
            .ThenBy(v => v.Index).Select(v => v.Value).ToEquatableArray();
    }

    /// <summary>The forms of <c>value:</c>, for messages (built once: most figures never need it).</summary>
    private static readonly string QuantityForms = "write a number (" + ScalarForms.NumberForms + "), a magnitude word ("
        + ScalarForms.WordsOf<Magnitude>() + "), 'unknown', or a range '{ min: 1, max: 2 }'";

    internal static Quantity? ReadQuantity(MappingReader r, YamlNode node, Qualifier qualifier, string? unit, YamlScalar? precision)
    {
        if (precision is not null && precision.Value is not ("exact" or "rounded"))
        {
            r.Invalid(precision, precision.Value, "precision", "use 'exact' or 'rounded'");
            precision = null;
        }
        if (precision is not null && !(node is YamlScalar written && ScalarForms.TryParseNumber(written.Value, out _) && qualifier == Qualifier.Exact))
        {
            r.Invalid(precision, precision.Value, "precision here", "'precision' applies to a number without a qualifier (a qualifier's own bounds replace the rounding)");
            precision = null;
        }
        if (node is YamlMapping mapping)
        {
            var range = new MappingReader(mapping, r.Context, RangeKeys, r.Sink);
            var min = range.RequiredScalar("min");
            var max = range.RequiredScalar("max");
            range.Finish();
            if (min is null || max is null) return null;
            if (!ScalarForms.TryParseNumber(min.Value, out decimal low)) { r.Invalid(min, min.Value, "number", ScalarForms.NumberForms); return null; }
            if (!ScalarForms.TryParseNumber(max.Value, out decimal high)) { r.Invalid(max, max.Value, "number", ScalarForms.NumberForms); return null; }
            if (low > high)
            {
                r.Sink.Report(DiagnosticCatalog.FigureArithmetic, mapping.Span, r.Context, $"the range's min ({min.Value}) is larger than its max ({max.Value})");
                return null;
            }
            return Quantity.Between(low, high, unit);
        }
        if (node is not YamlScalar scalar)
        {
            r.Invalid(node, "value", "value", QuantityForms);
            return null;
        }
        if (ScalarForms.TryParseNumber(scalar.Value, out decimal number))
        {
            // Precision as written: "2.3 million" is rounded to its last digit; digits alone ("250") are exact, unless
            // 'precision' says otherwise either way.
            bool rounded = precision?.Value switch { "exact" => false, "rounded" => true, _ => ScalarForms.HasScaleWord(scalar.Value) };
            decimal? roundedTo = qualifier == Qualifier.Exact && rounded ? ScalarForms.WrittenUnit(scalar.Value) : null;
            return Quantity.Of(number, qualifier, unit, roundedTo);
        }
        if (scalar.Value == "unknown") return Quantity.Unknown(unit);
        if (ScalarForms.TryParseWord<Magnitude>(scalar.Value, out var magnitude)) return Quantity.OfMagnitude(magnitude, unit);
        r.Invalid(scalar, scalar.Value, "value", QuantityForms);
        return null;
    }

    internal static Share? ReadShare(MappingReader r, YamlScalar scalar, Qualifier qualifier)
    {
        string text = scalar.Value.Trim();
        if (text == "most") return Share.Most();
        if (text.EndsWith("%", StringComparison.Ordinal) && ScalarForms.TryParseNumber(text.Substring(0, text.Length - 1), out decimal percent))
            return Share.Percent(percent, qualifier);
        int slash = text.IndexOf('/');
        if (slash > 0 && ScalarForms.TryParseNumber(text.Substring(0, slash), out decimal numerator)
            && ScalarForms.TryParseNumber(text.Substring(slash + 1), out decimal denominator) && denominator > 0)
            return Share.Fraction(numerator, denominator, qualifier);
        r.Invalid(scalar, text, "share", "write a percentage such as '90%', a fraction such as '1/3', or 'most'");
        return null;
    }

    private static DocumentSpec? ReadDocument(MappingReader r)
    {
        var id = r.RequiredScalar("id");
        var title = r.String("title");
        var published = r.Date("published");
        var publisher = r.String("publisher");
        var url = r.String("url");
        if (id is null) return null;
        return new DocumentSpec(id.Value, id.Span, title, published, publisher, url);
    }

    private static string? Wikidata(MappingReader r)
    {
        var scalar = r.Scalar("wikidata");
        if (scalar is null) return null;
        if (ScalarForms.IsWikidataId(scalar.Value)) return scalar.Value;
        r.Invalid(scalar, scalar.Value, "Wikidata id", "write the item id, Q followed by digits, such as Q43297");
        return null;
    }
}
