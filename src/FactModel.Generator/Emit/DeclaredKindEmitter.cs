using System.Collections.Generic;
using System.Linq;
using FactModel.Core.Kinds;
using FactModel.Generator.Pipeline;
using FactModel.Validation;

namespace FactModel.Generator.Emit;

/// <summary>
/// Emits a C# class for each kind a project declares (<c>CasualtyReport : Fm.Fact</c>, <c>Politician : Fm.Person</c>):
/// a typed property per declared field, a public constructor for programs that build facts, the constructor the
/// model's data builds them with, and <c>Validate()</c>, the build's checks of those fields as code. Also the
/// function <c>FactCatalog</c> builds declared facts with, and the checks the classes share. One source per kind:
/// a change to one declaration regenerates its class, and editing facts regenerates none.
/// </summary>
/// <remarks>
/// The classes are classes, not records, as the built-in fact types are: a fact is an entity, one object per id that
/// references share, and a record's <c>with</c> would make a second object with the same id. Equality is by kind and
/// id (<c>Fact.Equals</c>), which is what a record's would have to be made into anyway, since facts refer to each other
/// in cycles (see docs/architecture.md).
/// </remarks>
internal static class DeclaredKindEmitter
{
    /// <summary>The method of <c>FactCatalog</c> that builds a fact of a declared kind from its data.</summary>
    public const string Factory = "CreateDeclared";

    private const string ChecksClass = "FactChecks";

    /// <summary>
    /// Whether the model holds kinds beyond the built-in ones (its own, or those of referenced models): then
    /// <c>FactCatalog.CreateDeclared</c> exists, and every chunk of facts is given it.
    /// </summary>
    public static bool HasFactory(ProjectKinds kinds) =>
        !ReferenceEquals(kinds, ProjectKinds.BuiltIn) && kinds.Catalog.Kinds.Count > BuiltInKinds.Catalog.Kinds.Count;

    /// <summary>The kinds the project declared (not the built-in ones, nor those of referenced models), in declaration order.</summary>
    public static IEnumerable<KindDeclaration> DeclaredKinds(ProjectKinds kinds) =>
        kinds.Catalog.Kinds.Where(k => !BuiltInKinds.Catalog.TryGet(k.Id, out _) && kinds.NamespaceOf(k.Id) is null);

    /// <summary>The class of <paramref name="kind"/>.</summary>
    public static string Emit(KindDeclaration kind, ProjectKinds kinds, GeneratorSettings settings)
    {
        var catalog = kinds.Catalog;
        var writer = Header.Start(settings.Namespace, $"from the kind '{kind.Id}'");
        string visibility = settings.Internal ? "internal" : "public";
        string type = Kebab.ToPascalCase(kind.Id);
        var builtInBase = catalog.BuiltInBaseOf(kind);
        bool extendsBuiltIn = builtInBase.Id != BuiltInKinds.Fact.Id;
        bool extendsDeclared = kind.Extends is { } b && !BuiltInKinds.Catalog.TryGet(b, out _);
        bool isExtended = catalog.KindsExtending(kind).Any();
        string baseType = kind.Extends is { } baseId ? Names.TypeOf(baseId, settings.Namespace, kinds) : "Fm.Fact";
        var fields = kind.Fields.Select(f => new Member(f, type, settings.Namespace, kinds)).ToList();

        foreach (var word in fields.Where(f => f.Field.Type == FieldType.Word)) WriteEnum(writer, visibility, word);

        writer.Line($"/// <summary>{CSharp.DocText(kind.Description ?? $"A fact of the kind '{kind.Id}', which the project declares.")}</summary>")
            .Line($"/// <remarks>{CSharp.DocText($"Declared as the kind '{kind.Id}'" + (kind.Section is not null ? $", written in '{kind.Section}:'" : $", which extends '{kind.Extends}' (write 'kind: {kind.Id}' in its section)") + ".")}</remarks>")
            .Open($"{visibility} {(isExtended ? "" : "sealed ")}partial class {type} : {baseType}");

        foreach (var member in fields.Where(m => m.BackingField is not null))
            writer.Line($"private readonly {member.BackingType} {member.BackingField};");
        if (fields.Any(m => m.BackingField is not null)) writer.Line();

        // The public constructor: what a program passes to build a fact itself.
        string first = extendsBuiltIn || extendsDeclared ? $"{baseType} {Parameter(Camel(kind.Extends!))}" : "string id";
        var parameters = new List<string> { first };
        parameters.AddRange(fields.Where(m => m.IsRequiredParameter).Select(m => $"{m.ParameterType} {m.Parameter}"));
        parameters.AddRange(fields.Where(m => !m.IsRequiredParameter).Select(m => $"{m.ParameterType} {m.Parameter} = null"));
        if (!extendsBuiltIn && !extendsDeclared) parameters.Add("global::System.Collections.Generic.IEnumerable<Fm.Source>? sources = null, string? notes = null");
        string baseCall = extendsBuiltIn || extendsDeclared ? $"base({Parameter(Camel(kind.Extends!))})" : "base(id, sources, notes)";
        writer.Line($"/// <summary>Creates a fact of the kind '{kind.Id}'" + (extendsBuiltIn || extendsDeclared ? $" from the {kind.Extends!.Replace('-', ' ')} it is" : "") + ".</summary>")
            .Open($"{visibility} {type}({string.Join(", ", parameters)}) : {baseCall}");
        foreach (var member in fields) writer.Line(member.AssignFromParameter);
        writer.Close().Line();

        // The constructor the model's data builds the fact with (FactCatalog.CreateDeclared), reading each field in order.
        string dataBase = extendsDeclared ? "base(fields)" : extendsBuiltIn ? $"base(({baseType})fields.Base!)" : "base(fields.Id, fields.Sources, fields.Notes)";
        writer.Line("/// <summary>Builds the fact from the model's data; the fields of the kinds it extends are read first.</summary>")
            .Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
            .Open($"internal {type}(Fm.FactFields fields) : {dataBase}");
        foreach (var member in fields) writer.Line(member.AssignFromData);
        writer.Close();

        if (isExtended)
        {
            writer.Line().Line("/// <summary>A copy of <paramref name=\"original\"/>, for the kinds that extend this one.</summary>")
                .Open($"protected {type}({type} original) : base(original)");
            foreach (var member in fields) writer.Line(member.AssignFromOriginal);
            writer.Close();
        }

        foreach (var member in fields)
        {
            writer.Line()
                .Line($"/// <summary>{CSharp.DocText(member.Field.Description ?? $"'{member.Field.Key}': {FieldTypeWords.Of(member.Field)}{(member.Field.List ? ", a list" : "")}.")}</summary>")
                .Line(member.Property);
        }

        if (!extendsBuiltIn && !extendsDeclared)
        {
            // What people know the fact by: its name or title, or its first required text (KindCatalog.DisplayFieldOf); else its id.
            var display = catalog.DisplayFieldOf(kind);
            string name = display is null ? "Id" : Kebab.ToPascalCase(display.Key) + (display.Required ? "" : " ?? Id");
            writer.Line().Line("/// <inheritdoc/>").Line($"public override string DisplayName => {name};");
        }

        WriteValidation(writer, fields, firstDeclared: !extendsDeclared, isExtended);
        writer.Close();
        return Header.End(writer);
    }

    /// <summary>
    /// <c>FactCatalog.CreateDeclared</c>, which builds a fact of any declared kind from its data (a switch over the
    /// kinds, not the facts), and the checks the classes' <c>Validate()</c> methods share, with the build's messages.
    /// </summary>
    public static string EmitShared(ProjectKinds kinds, GeneratorSettings settings)
    {
        var writer = Header.Start(settings.Namespace, "from the project's kinds");
        // Public for the models that reference this one: their facts of its kinds are built by it, whose classes
        // build them from data with a constructor only it can call.
        writer.Open($"static partial class {Names.Catalog}")
            .Line("/// <summary>Builds a fact of a kind the project declared, from a model's data; null for a kind this model does not know.</summary>")
            .Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
            .Open($"{(settings.Internal ? "internal" : "public")} static Fm.Fact? {Factory}(Fm.FactFields fields) => fields.Kind switch");
        foreach (var kind in DeclaredKinds(kinds))
            writer.Line($"{CSharp.StringLiteral(kind.Id)} => new {Names.TypeOf(kind.Id, settings.Namespace, kinds)}(fields),");
        foreach (var kind in kinds.External)
            writer.Line($"{CSharp.StringLiteral(kind.Id)} => global::{kind.Namespace}.{Names.Catalog}.{Factory}(fields),");
        writer.Line("_ => null,").Close(";").Close().Line();

        string Format(DiagnosticDescriptorInfo d) => CSharp.StringLiteral(d.MessageFormat);
        writer.Line("/// <summary>The build's checks of declared fields, as the generated <c>Validate()</c> methods run them, with the build's ids and messages.</summary>")
            .Open($"internal static class {ChecksClass}")
            .Line("private static string Subject(Fm.Fact fact) => \"Fact '\" + fact.Id + \"'\";")
            .Line()
            .Line("private static string Format(string format, params object[] args) => string.Format(global::System.Globalization.CultureInfo.InvariantCulture, format, args);")
            .Line()
            .Line("/// <summary>FM1003 when a required field has no value.</summary>")
            .Open("public static void Required(global::System.Collections.Generic.List<Fm.FactProblem> problems, Fm.Fact fact, string key, bool present)")
            .Line($"if (!present) problems.Add(new Fm.FactProblem({CSharp.StringLiteral(DiagnosticCatalog.MissingKey.Id)}, fact.Id, key, Format({Format(DiagnosticCatalog.MissingKey)}, Subject(fact), key)));")
            .Close().Line()
            .Line("/// <summary>FM1004 when a word is not one of the field's values.</summary>")
            .Open("public static void Word<TWord>(global::System.Collections.Generic.List<Fm.FactProblem> problems, Fm.Fact fact, string key, TWord? word, string accepted) where TWord : struct, global::System.Enum")
            .Line($"if (word is {{ }} value && !global::System.Enum.IsDefined(typeof(TWord), value)) problems.Add(new Fm.FactProblem({CSharp.StringLiteral(DiagnosticCatalog.InvalidValue.Id)}, fact.Id, key, Format({Format(DiagnosticCatalog.InvalidValue)}, Subject(fact), value.ToString(), key, accepted)));")
            .Close().Line()
            .Line("/// <summary>FM2001 when a reference names no fact, FM2002 when it names a fact of another kind.</summary>")
            .Open("public static void Reference<T>(global::System.Collections.Generic.List<Fm.FactProblem> problems, Fm.Fact fact, string key, Fm.FactRef<T>? reference, string wanted) where T : Fm.Fact")
            .Line("if (!(reference is { IsEmpty: false } r)) return;")
            .Line("var found = r.Find();")
            .Line($"if (found is null) problems.Add(new Fm.FactProblem({CSharp.StringLiteral(DiagnosticCatalog.UnresolvedReference.Id)}, fact.Id, key, Format({Format(DiagnosticCatalog.UnresolvedReference)}, Subject(fact), key, r.Id ?? \"\", \"\")));")
            .Line($"else if (!(found is T)) problems.Add(new Fm.FactProblem({CSharp.StringLiteral(DiagnosticCatalog.WrongKind.Id)}, fact.Id, key, Format({Format(DiagnosticCatalog.WrongKind)}, Subject(fact), key, wanted, r.Id ?? found.Id, Article(found))));")
            .Close().Line()
            .Line("/// <summary>\"a person\", \"an event\": a fact's kind as the build's messages name it.</summary>")
            .Open("private static string Article(Fm.Fact fact)")
            .Line("string kind = Fm.Kebab.FromPascalCase(fact.GetType().Name).Replace('-', ' ');")
            .Line("return (\"aeiou\".IndexOf(kind[0]) >= 0 ? \"an \" : \"a \") + kind;")
            .Close()
            .Close();
        return Header.End(writer);
    }

    private static void WriteEnum(SourceWriter writer, string visibility, Member word)
    {
        writer.Line($"/// <summary>The words of '{CSharp.DocText(word.Field.Key)}' of <see cref=\"{word.Owner}\"/>.</summary>")
            .Open($"{visibility} enum {word.EnumType}");
        foreach (string value in word.Field.Values)
            writer.Line($"/// <summary><c>{CSharp.DocText(value)}</c></summary>").Line(Kebab.ToPascalCase(value) + ",");
        writer.Close().Line();
    }

    private static void WriteValidation(SourceWriter writer, List<Member> fields, bool firstDeclared, bool isExtended)
    {
        writer.Line();
        if (firstDeclared)
        {
            writer.Line("/// <summary>")
                .Line("/// Checks the fields the project declared as the build checks fact files, with the same ids and messages: a")
                .Line("/// required field without a value (FM1003), a word outside its values (FM1004), a reference to no fact (FM2001)")
                .Line("/// or to a fact of another kind (FM2002). Quotes are checked against documents by the build and by FactValidator.")
                .Line("/// </summary>")
                .Open("public global::System.Collections.Generic.IReadOnlyList<Fm.FactProblem> Validate()")
                .Line("var problems = new global::System.Collections.Generic.List<Fm.FactProblem>();")
                .Line("CollectProblems(problems);")
                .Line("return problems;")
                .Close().Line();
        }
        writer.Line("/// <summary>Adds the problems of the declared fields to <paramref name=\"problems\"/>, the bases' first.</summary>")
            .Open($"{(!firstDeclared ? "protected override" : isExtended ? "protected virtual" : "private")} void CollectProblems(global::System.Collections.Generic.List<Fm.FactProblem> problems)");
        if (!firstDeclared) writer.Line("base.CollectProblems(problems);");
        foreach (var member in fields)
        {
            foreach (string check in member.Checks) writer.Line(check);
        }
        writer.Close();
    }

    /// <summary><c>in-office-since</c> → <c>inOfficeSince</c>.</summary>
    private static string Camel(string kebab)
    {
        string pascal = Kebab.ToPascalCase(kebab);
        return char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    private static string Parameter(string name) => CSharpKeywords.Contains(name) ? "@" + name : name;

    private static readonly HashSet<string> CSharpKeywords = new()
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue", "decimal",
        "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally", "fixed", "float", "for",
        "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object",
        "operator", "out", "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked",
        "unsafe", "ushort", "using", "virtual", "void", "volatile", "while", "fields", "original", "problems",
    };

    /// <summary>How one declared field becomes C#: its property, its backing field, and how each constructor fills it.</summary>
    private sealed class Member
    {
        public Member(FieldDeclaration field, string owner, string @namespace, ProjectKinds kinds)
        {
            Field = field;
            Owner = owner;
            Name = Kebab.ToPascalCase(field.Key);
            string checker = $"global::{@namespace}.{ChecksClass}";
            Parameter = DeclaredKindEmitter.Parameter(Camel(field.Key));
            EnumType = owner + Name;
            bool reference = field.Type == FieldType.Reference;
            bool required = field.Required && !field.List;
            // The C# type of one value, and the FactFields reader of one value, by the field's type.
            var (item, itemRead) = field.Type switch
            {
                FieldType.Number => ("decimal", "Number()"),
                FieldType.Boolean => ("bool", "Boolean()"),
                FieldType.Quantity => ("Fm.Quantity", "Quantity()"),
                FieldType.Share => ("Fm.Share", "Share()"),
                FieldType.Date or FieldType.DateSpan => ("Fm.DateSpan", "DateSpan()"),
                FieldType.Word => (EnumType, $"Word<{EnumType}>()"),
                FieldType.Reference => (Names.TypeOf(field.Kind!, @namespace, kinds), $"Reference<{Names.TypeOf(field.Kind!, @namespace, kinds)}>()"),
                _ => ("string", "Text()"),
            };
            bool valueType = field.Type is FieldType.Number or FieldType.Boolean or FieldType.Word;
            string key = CSharp.StringLiteral(field.Key);
            string wanted = CSharp.StringLiteral(KindCatalog.WithArticle(field.Kind ?? "fact"));
            var checks = new List<string>();
            if (field.List)
            {
                string list = $"global::System.Collections.Generic.IReadOnlyList<{item}>";
                if (reference)
                {
                    // The references themselves are kept, so that Validate() can tell a missing fact from a wrong one.
                    BackingField = "_" + Camel(field.Key) + "Refs";
                    BackingType = $"Fm.FactRef<{item}>[]";
                    ParameterType = $"global::System.Collections.Generic.IEnumerable<Fm.FactRef<{item}>>?";
                    Property = $"public {list} {Name} {{ get; }}";
                    AssignFromParameter = $"{BackingField} = global::System.Linq.Enumerable.ToArray({Parameter} ?? global::System.Array.Empty<Fm.FactRef<{item}>>()); {Name} = Fm.FactData.References({BackingField});";
                    AssignFromData = $"{BackingField} = global::System.Linq.Enumerable.ToArray(fields.List(f => f.Reference<{item}>() ?? default)); {Name} = Fm.FactData.References({BackingField});";
                    AssignFromOriginal = $"{BackingField} = original.{BackingField}; {Name} = original.{Name};";
                    checks.Add($"foreach (var reference in {BackingField}) {checker}.Reference<{item}>(problems, this, {key}, reference, {wanted});");
                }
                else
                {
                    ParameterType = $"global::System.Collections.Generic.IEnumerable<{item}>?";
                    Property = $"public {list} {Name} {{ get; }}";
                    AssignFromParameter = $"{Name} = Fm.FactData.List({Parameter});";
                    AssignFromData = $"{Name} = fields.List(f => f.{itemRead}{(valueType ? " ?? default" : "!")});";
                    AssignFromOriginal = $"{Name} = original.{Name};";
                    if (field.Type == FieldType.Word)
                        checks.Add($"foreach (var word in {Name}) {checker}.Word<{item}>(problems, this, {key}, word, {CSharp.StringLiteral(FactModel.Core.Parsing.DeclaredValueForms.Accepted(field))});");
                }
                if (field.Required) checks.Insert(0, $"{checker}.Required(problems, this, {key}, {Name}.Count > 0);");
            }
            else if (reference)
            {
                BackingField = "_" + Camel(field.Key);
                BackingType = required ? $"Fm.FactRef<{item}>" : $"Fm.FactRef<{item}>?";
                ParameterType = BackingType;
                IsRequiredParameter = required;
                Property = required ? $"public {item} {Name} => {BackingField}.Fact;" : $"public {item}? {Name} => {BackingField}?.Fact;";
                AssignFromParameter = $"{BackingField} = {Parameter};";
                AssignFromData = $"{BackingField} = fields.{itemRead}{(required ? " ?? default" : "")};";
                AssignFromOriginal = $"{BackingField} = original.{BackingField};";
                if (required) checks.Add($"{checker}.Required(problems, this, {key}, !{BackingField}.IsEmpty);");
                checks.Add($"{checker}.Reference<{item}>(problems, this, {key}, {BackingField}, {wanted});");
            }
            else
            {
                // A required value type (a number, a boolean, a word) cannot be missing: its C# type has no null.
                string propertyType = item + (required && !valueType ? "" : "?");
                ParameterType = propertyType;
                IsRequiredParameter = required;
                Property = $"public {propertyType} {Name} {{ get; }}";
                AssignFromParameter = $"{Name} = {Parameter};";
                AssignFromData = $"{Name} = fields.{itemRead}{(required ? (valueType ? " ?? default" : "!") : "")};";
                AssignFromOriginal = $"{Name} = original.{Name};";
                if (required && !valueType) checks.Add($"{checker}.Required(problems, this, {key}, {Name} != null);");
                if (field.Type == FieldType.Word)
                    checks.Add($"{checker}.Word<{item}>(problems, this, {key}, {Name}, {CSharp.StringLiteral(FactModel.Core.Parsing.DeclaredValueForms.Accepted(field))});");
            }
            Checks = checks;
        }

        public FieldDeclaration Field { get; }
        public string Owner { get; }
        /// <summary>The property's name.</summary>
        public string Name { get; }
        /// <summary>The property's declaration.</summary>
        public string Property { get; }
        public string Parameter { get; }
        public string EnumType { get; }
        public string? BackingField { get; }
        public string? BackingType { get; }
        public string ParameterType { get; } = "";
        public bool IsRequiredParameter { get; }
        public string AssignFromParameter { get; } = "";
        public string AssignFromData { get; } = "";
        public string AssignFromOriginal { get; } = "";
        public IReadOnlyList<string> Checks { get; }
    }
}
