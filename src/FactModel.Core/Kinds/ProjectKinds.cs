using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Core.Model;
using FactModel.Specs;
using FactModel.Validation;
using FactModel.Validation.Rules;

namespace FactModel.Core.Kinds;

/// <summary>
/// The kinds a project's facts may be of: the built-in kinds and those its fact files declare, checked. It holds no
/// positions, so moving a declaration or editing a fact leaves it equal, and the steps that read it stay cached.
/// </summary>
/// <param name="Catalog">The built-in kinds, then every usable declared kind (a field that cannot be used is left out of its kind).</param>
/// <param name="BrokenKinds">Declared kinds left out for an error FM1010 reports: facts of them are skipped without more errors.</param>
/// <param name="BrokenSections">The sections of those kinds: their facts are skipped too, not reported as unknown keys.</param>
/// <param name="External">The kinds declared by referenced models (<see cref="ReferencedModels"/>), with the namespace of their classes: they are in the catalog, and their classes are not generated again.</param>
public sealed record ProjectKinds(KindCatalog Catalog, EquatableArray<string> BrokenKinds, EquatableArray<string> BrokenSections,
    EquatableArray<ExternalKind> External = default)
{
    /// <summary>A project that declares no kinds.</summary>
    public static ProjectKinds BuiltIn { get; } = new(BuiltInKinds.Catalog, default, default);

    /// <summary>
    /// The kinds read from every file's <c>kinds:</c> section, and FM1010 for each declaration that cannot be used;
    /// with the kinds the <paramref name="referenced"/> models declare, which this project's facts may be of.
    /// </summary>
    public static (ProjectKinds Kinds, EquatableArray<FactDiagnostic> Diagnostics) Build(IEnumerable<DeclaredKindsFile> files,
        CancellationToken cancellationToken = default, ReferencedModels? referenced = null)
    {
        var ordered = DefinitionOrder.OfFiles(files, f => f.FilePath).ToList();
        var diagnostics = ordered.SelectMany(f => f.Diagnostics).ToList();
        var declared = ordered.SelectMany(f => f.Kinds).ToList();
        var external = (referenced ?? ReferencedModels.None).Models.SelectMany(m => m.Kinds.Select(k => (Kind: k, Model: m))).ToList();
        if (declared.Count == 0 && external.Count == 0) return (BuiltIn, diagnostics.ToEquatableArray());
        var check = new Check(declared, external, diagnostics, cancellationToken);
        return (check.Result(), diagnostics.ToEquatableArray());
    }

    /// <summary>The namespace of the class of <paramref name="kindId"/> when a referenced model declares it; null when this project does (or it is built in).</summary>
    public string? NamespaceOf(string kindId)
    {
        foreach (var kind in External)
        {
            if (kind.Id == kindId) return kind.Namespace;
        }
        return null;
    }

    /// <summary>One run of the declaration rules: kinds first (ids, bases, sections), then each kind's fields, bases before the kinds that extend them.</summary>
    private sealed class Check
    {
        private static readonly KindCatalog BuiltIns = BuiltInKinds.Catalog;
        /// <summary>
        /// Top-level names a section may not take besides the built-in sections: where kinds are declared, and the keys
        /// the JSON export writes beside the sections (<c>format</c>, <c>version</c>), which hold every section by name.
        /// </summary>
        private static readonly HashSet<string> ReservedSections = new(StringComparer.Ordinal) { "kinds", "format", "version" };

        /// <summary>Keys every fact's mapping may have besides its fields: <c>kind</c> names the kind of a fact in a shared section.</summary>
        private const string KindKey = "kind";

        private readonly List<FactDiagnostic> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<string, DeclaredKind> _byId = new(StringComparer.Ordinal);
        private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
        private readonly HashSet<string> _brokenSections = new(StringComparer.Ordinal);
        private readonly Dictionary<string, KindDeclaration> _usable = new(StringComparer.Ordinal);
        private readonly List<string> _order = new();
        /// <summary>The kinds of referenced models, by id: usable as they are (their own build checked them), never extended.</summary>
        private readonly Dictionary<string, (KindDeclaration Kind, ReferencedModel Model)> _external = new(StringComparer.Ordinal);

        public Check(List<DeclaredKind> declared, List<(KindDeclaration Kind, ReferencedModel Model)> external, List<FactDiagnostic> diagnostics,
            CancellationToken cancellationToken)
        {
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
            foreach (var (kind, model) in external)
            {
                if (!_external.ContainsKey(kind.Id) && !BuiltIns.TryGet(kind.Id, out _)) _external.Add(kind.Id, (kind, model));
            }
            var sections = new Dictionary<string, DeclaredKind>(StringComparer.Ordinal);
            foreach (var kind in declared) CheckIdentity(kind);
            foreach (var kind in declared.Where(k => _byId.TryGetValue(k.Declaration.Id, out var first) && ReferenceEquals(first, k)))
                CheckSection(kind, sections);
            foreach (var kind in _byId.Values.ToList()) Resolve(kind.Declaration.Id, new List<string>());
        }

        public ProjectKinds Result()
        {
            var kinds = BuiltInKinds.All.Concat(_external.Values.Select(e => e.Kind)).Concat(_order.Select(id => _usable[id])).ToEquatableArray();
            return new ProjectKinds(new KindCatalog(kinds), _broken.OrderBy(k => k, StringComparer.Ordinal).ToEquatableArray(),
                _brokenSections.OrderBy(s => s, StringComparer.Ordinal).ToEquatableArray(),
                _external.Select(e => new ExternalKind(e.Key, e.Value.Model.Namespace, e.Value.Model.Name)).ToEquatableArray());
        }

        /// <summary>The id: kebab-case, not a built-in kind's, not declared before; and no option only the built-in kinds use.</summary>
        private void CheckIdentity(DeclaredKind kind)
        {
            var d = kind.Declaration;
            if (!ScalarForms.IsValidId(d.Id))
                Break(kind, kind.IdSpan, $"'{d.Id}' is not a valid kind id; use lowercase kebab-case that starts with a letter, such as '{ScalarForms.SuggestId(d.Id)}'");
            else if (BuiltIns.TryGet(d.Id, out var builtIn))
                Report(kind, kind.IdSpan, builtIn.Entry || builtIn.Id == "document" || builtIn.Id == "fact"
                    ? $"'{d.Id}' is the name of a built-in part of the format; choose another id"
                    : $"'{d.Id}' is a built-in kind; to add fields to it, declare a new kind with 'extends: {d.Id}'");
            else if (_external.TryGetValue(d.Id, out var theirs))
                Report(kind, kind.IdSpan, $"the kind '{d.Id}' is already declared by the referenced fact model {theirs.Model.Name}; use it as it is, or choose another id");
            else if (_byId.TryGetValue(d.Id, out var first))
                Report(kind, kind.IdSpan, $"the kind '{d.Id}' is already declared at {first.FilePath}{first.IdSpan}; kind ids are unique across all fact files");
            else
            {
                _byId.Add(d.Id, kind);
                if (d.Abstract || d.Entry || !d.OneOf.IsEmpty)
                    Report(kind, kind.IdSpan, "'abstract', 'entry' and 'one-of' describe the built-in kinds only; a project's kinds are kinds of facts, and every fact of them names itself");
            }
        }

        /// <summary>
        /// A kind that extends none has a section of its own, not a built-in one nor another kind's; a kind that
        /// extends another is written in its base's section.
        /// </summary>
        private void CheckSection(DeclaredKind kind, Dictionary<string, DeclaredKind> sections)
        {
            var d = kind.Declaration;
            bool root = d.Extends is null or "fact";
            if (!root)
            {
                if (d.Section is not null)
                    Report(kind, kind.SectionSpan, $"a kind that extends another is written in its base's section; remove 'section: {d.Section}' and write its facts in the section of '{d.Extends}' with 'kind: {d.Id}'");
                return;
            }
            if (d.Section is not { } section)
            {
                Break(kind, kind.IdSpan, $"a kind that extends no other needs the section its facts are written in, such as 'section: {Plural(d.Id)}'");
                return;
            }
            if (!ScalarForms.IsValidId(section))
                Break(kind, kind.SectionSpan, $"'{section}' is not a valid section name; use lowercase kebab-case, such as '{Plural(d.Id)}'");
            else if (_external.Values.FirstOrDefault(e => e.Kind.Section == section) is { Kind: not null } theirs)
                Break(kind, kind.SectionSpan, $"the section '{section}' belongs to the kind '{theirs.Kind.Id}' of the referenced fact model {theirs.Model.Name}; choose another");
            else if (ReservedSections.Contains(section) || BuiltIns.SectionKinds.Any(k => k.Section == section))
                Break(kind, kind.SectionSpan, $"'{section}' is a built-in section or a reserved name; choose another, such as '{Plural(d.Id)}'" + (BuiltIns.SectionKinds.Any(k => k.Section == section) ? ", or extend the kind written there" : ""));
            else if (sections.TryGetValue(section, out var owner))
                Break(kind, kind.SectionSpan, $"the section '{section}' already belongs to the kind '{owner.Declaration.Id}' ({owner.FilePath}{owner.IdSpan}); a section holds one kind and the kinds that extend it");
            else
            {
                sections.Add(section, kind);
                return;
            }
            _brokenSections.Add(section);
        }

        /// <summary>
        /// Makes <paramref name="id"/> usable once its base is: the base must be a kind of fact that facts can be of,
        /// with no cycle through <paramref name="path"/>; then its fields are checked against what it inherits.
        /// True when the kind is usable.
        /// </summary>
        private bool Resolve(string id, List<string> path)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_usable.ContainsKey(id)) return true;
            if (BuiltIns.TryGet(id, out _)) return true;
            if (_external.ContainsKey(id)) return true;
            if (_broken.Contains(id) || !_byId.TryGetValue(id, out var kind)) return false;
            if (path.Contains(id))
            {
                var cycle = path.Skip(path.IndexOf(id)).Append(id);
                Break(kind, kind.ExtendsSpan, $"'extends' forms a cycle: {string.Join(" -> ", cycle)}; a kind cannot extend itself, directly or not");
                return false;
            }
            var d = kind.Declaration;
            string baseId = d.Extends ?? "fact";
            if (!IsExtensible(baseId, kind)) return false;
            path.Add(id);
            bool baseUsable = Resolve(baseId, path);
            path.RemoveAt(path.Count - 1);
            if (!baseUsable || _broken.Contains(id))
            {
                // Its base is reported; the kind is left out with it, without a second message.
                _broken.Add(id);
                return false;
            }
            var fields = UsableFields(kind, InheritedKeys(baseId));
            // Every kind extends one: a kind that names none extends 'fact', as the built-in kinds with a section do.
            _usable[id] = d with { Extends = baseId, Section = d.Extends is null or "fact" ? d.Section : null, Fields = fields,
                Abstract = false, Entry = false, OneOf = default };
            _order.Add(id);
            return true;
        }

        /// <summary>True when facts of a kind may extend <paramref name="baseId"/>: a concrete kind of fact, built-in or declared.</summary>
        private bool IsExtensible(string baseId, DeclaredKind kind)
        {
            if (baseId == "fact" || _byId.ContainsKey(baseId)) return true;
            if (_external.TryGetValue(baseId, out var theirs))
            {
                // Its class is sealed in its own assembly, and built from data only there.
                Break(kind, kind.ExtendsSpan, $"'{baseId}' is declared by the referenced fact model {theirs.Model.Name}: a kind of another fact model can be used and referred to, not extended; extend '{theirs.Kind.Extends ?? "fact"}' here, or declare '{kind.Declaration.Id}' in {theirs.Model.Name}");
                return false;
            }
            if (!BuiltIns.TryGet(baseId, out var builtIn))
            {
                var choices = ExtensibleKinds().Where(k => k != kind.Declaration.Id).ToList();
                string? nearest = ScalarForms.Nearest(baseId, choices);
                Break(kind, kind.ExtendsSpan, $"'extends: {baseId}' names no kind{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}; extend one of: {string.Join(", ", choices)}");
                return false;
            }
            if (builtIn.Abstract)
            {
                Break(kind, kind.ExtendsSpan, $"'{baseId}' is not a kind a fact can be; extend one of: {string.Join(", ", BuiltIns.ConcreteKindsOf(builtIn).Select(k => k.Id))}");
                return false;
            }
            if (builtIn.Entry || BuiltIns.SectionOf(builtIn) is null or "documents")
            {
                Break(kind, kind.ExtendsSpan, $"'{baseId}' is not a kind of fact; extend one of: {string.Join(", ", ExtensibleKinds().Where(k => k != kind.Declaration.Id))}");
                return false;
            }
            return true;
        }

        /// <summary>The kinds a declaration may extend, for messages: the concrete built-in kinds of fact, then the declared ones.</summary>
        private IEnumerable<string> ExtensibleKinds() =>
            BuiltIns.Kinds.Where(k => !k.Abstract && !k.Entry && BuiltIns.SectionOf(k) is { } s && s != "documents").Select(k => k.Id)
                .Concat(_byId.Keys.Where(k => !_broken.Contains(k)));

        /// <summary>The keys a fact of <paramref name="baseId"/> already has: its fields (inherited ones too), and <c>kind</c>.</summary>
        private HashSet<string> InheritedKeys(string baseId)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal) { KindKey };
            for (string? id = baseId; id is not null;)
            {
                if (_external.TryGetValue(id, out var external))
                {
                    keys.UnionWith(external.Kind.Fields.Select(f => f.Key));
                    id = external.Kind.Extends ?? "fact";
                    continue;
                }
                if (_usable.TryGetValue(id, out var declared))
                {
                    keys.UnionWith(declared.Fields.Select(f => f.Key));
                    id = declared.Extends ?? "fact";
                    continue;
                }
                keys.UnionWith(BuiltIns.FieldsOf(BuiltIns[id]).Select(f => f.Key));
                id = null;
            }
            return keys;
        }

        /// <summary>The fields of <paramref name="kind"/> that can be used: each problem is reported and its field left out, the rest kept.</summary>
        private EquatableArray<FieldDeclaration> UsableFields(DeclaredKind kind, HashSet<string> inherited)
        {
            var fields = new List<FieldDeclaration>();
            var own = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < kind.Declaration.Fields.Count; i++)
            {
                var field = kind.Declaration.Fields[i];
                var spans = kind.Fields[i];
                if (FieldProblem(field, spans, inherited, own) is { } problem)
                {
                    Report(kind, problem.Span, $"the field '{field.Key}' {problem.Message}");
                    continue;
                }
                own.Add(field.Key);
                // A project's 'date' takes every form of the Dates table, a range too: it is a date span.
                fields.Add(field.Type == FieldType.Date ? field with { Type = FieldType.DateSpan } : field);
            }
            return fields.ToEquatableArray();
        }

        private (SourceSpan Span, string Message)? FieldProblem(FieldDeclaration field, DeclaredFieldSpans spans, HashSet<string> inherited, HashSet<string> own)
        {
            if (!ScalarForms.IsValidId(field.Key))
                return (spans.Key, $"is not a valid key; use lowercase kebab-case that starts with a letter, such as '{ScalarForms.SuggestId(field.Key)}'");
            if (field.Key == KindKey)
                return (spans.Key, "cannot be declared: 'kind' names the kind of each fact; choose another key");
            if (inherited.Contains(field.Key))
                return (spans.Key, "is already a key of the kinds this one extends; choose another key");
            if (own.Contains(field.Key))
                return (spans.Key, "is declared twice; declare each key once");
            if (field.Type is FieldType.Id or FieldType.Entry)
                return (spans.Type, $"has the type '{FieldTypeWords.Of(field)}', which only the built-in kinds use; use a value type or the id of a kind of fact");
            if (field.Type == FieldType.Reference && !IsReferable(field.Kind!))
            {
                var choices = FieldTypeWords.ProjectWords.Concat(ReferableKinds()).ToList();
                string? nearest = ScalarForms.Nearest(field.Kind!, choices);
                return (spans.Type, $"has the type '{field.Kind}', which is neither a value type nor a kind of fact{(nearest is null ? "" : $" (did you mean '{nearest}'?)")}; use one of: {string.Join(", ", choices)}");
            }
            if (field.Type == FieldType.Word && field.Values.IsEmpty)
                return (spans.Type, "is a word without 'values'; list the words it allows, such as 'values: [air-strike, shelling]'");
            if (field.Type != FieldType.Word && !field.Values.IsEmpty)
                return (spans.Values, "has 'values', which only a field of type 'word' has; remove them or write 'type: word'");
            if (field.Values.FirstOrDefault(v => !ScalarForms.IsKebabWord(v)) is { } badWord)
                return (spans.Values, $"allows '{badWord}', which is not a kebab-case word; write words such as 'air-strike'");
            if (field.Values.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
                return (spans.Values, $"lists '{repeated.Key}' twice in 'values'; list each word once");
            if (field.Default is not null || field.OrKind is not null || field.OrText || field.Typed)
                return (spans.Key, "uses 'default', 'or', 'or-text' or 'typed', which describe the built-in kinds only; remove them");
            if (field.Cycles != CycleRule.Allowed && field.Type != FieldType.Reference)
                return (spans.Key, "has 'cycles', which only a reference to a kind has; remove it");
            return null;
        }

        /// <summary>True when a field may refer to facts of <paramref name="kindId"/>: any kind of fact, abstract ones too (actor, fact).</summary>
        private bool IsReferable(string kindId) =>
            _byId.ContainsKey(kindId) || _external.ContainsKey(kindId) || (BuiltIns.TryGet(kindId, out var kind) && !kind.Entry && kind.Id != "document");

        private IEnumerable<string> ReferableKinds() =>
            BuiltIns.Kinds.Where(k => !k.Entry && k.Id != "document").Select(k => k.Id).Concat(_external.Keys).Concat(_byId.Keys.Where(k => !_broken.Contains(k)));

        /// <summary>Reports a problem that leaves the kind out of the model (its facts are then skipped, not reported one by one).</summary>
        private void Break(DeclaredKind kind, SourceSpan span, string message)
        {
            Report(kind, span, message);
            _broken.Add(kind.Declaration.Id);
            if (kind.Declaration.Section is { } section && (kind.Declaration.Extends is null or "fact")) _brokenSections.Add(section);
        }

        private void Report(DeclaredKind kind, SourceSpan span, string message) =>
            _diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.InvalidKind, kind.FilePath, span, $"Kind '{kind.Declaration.Id}'", message));

        /// <summary>A section name for messages: the kind's id with an s (<c>casualty-report</c> → <c>casualty-reports</c>).</summary>
        private static string Plural(string id) => ScalarForms.SuggestId(id) + "s";
    }
}

/// <summary>A kind a referenced fact model declares: its id, the namespace of its class, and the model's name.</summary>
public readonly record struct ExternalKind(string Id, string Namespace, string Model);
