using System.Reflection;
using System.Runtime.Loader;
using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactModel.Generator.Tests;

/// <summary>
/// No string in a fact file can break out of its literal or its doc comment: hostile text compiles to exactly the
/// value that was written, and the generated source holds no raw control or bidi characters (no Trojan Source).
/// </summary>
public class EscapingTests
{
    public static TheoryData<string, string> HostileStrings => new()
    {
        { "quote and backslash", "\\\"\\\\\\\" + System.Environment.Exit(1) + \\\"" },
        { "newline then code", "line one\\n}; class Injected {}; //" },
        { "comment terminators", "*/ /* </summary> <script> &amp;" },
        { "preprocessor", "\\n#if false\\n#error injected\\n#endif" },
        { "raw string delimiters", "\\\"\\\"\\\" {{ }} {0} $\\\"{x}\\\"" },
        { "line and paragraph separators", "a\\u2028b\\u2029c\\x85d" },
        { "NUL and controls", "a\\0b\\x07c\\x1Bd\\te" },
        { "bidi override", "user\\u202Etxt.exe\\u2066x\\u2069\\u200F" },
        { "non-ASCII letters", "Ḥasan Naṣr Allāh حسن نصر الله 😀" },
    };

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Hostile_text_round_trips_exactly_and_never_becomes_code(string label, string yamlEscaped) =>
        RoundTrips(label, yamlEscaped, LanguageVersion.Latest);

    [Theory]
    [MemberData(nameof(HostileStrings))]
    public void Hostile_text_round_trips_exactly_in_models_held_as_strings_before_csharp_11(string label, string yamlEscaped) =>
        RoundTrips(label, yamlEscaped, LanguageVersion.CSharp10);

    private static void RoundTrips(string label, string yamlEscaped, LanguageVersion languageVersion)
    {
        // The hostile text in every string field of every section.
        string t = $"\"{yamlEscaped}\"";
        string yaml = $"actors:\n  - id: x\n    kind: person\n    name: {t}\n    description: {t}\n    notes: {t}\n"
            + $"    aliases: [{t}]\n    roles:\n      - {{ title: {t}, of: y }}\n    source: {{ document: doc, quote: {t} }}\n"
            // A role is of another actor: a role of oneself is FM2003.
            + "  - id: y\n    kind: group\n    name: Y\n"
            + $"places:\n  - id: p\n    name: {t}\n    aliases: [{t}]\n    description: {t}\n"
            + $"events:\n  - id: e\n    title: {t}\n    description: {t}\n    quotes:\n      - {{ by: x, text: {t} }}\n"
            + $"figures:\n  - id: f\n    measure: {t}\n    value: 1\n    unit: {t}\n";
        string expected = FactModel.Core.Parsing.FactFileParser.Parse("x.yaml", yaml, cancellationToken: TestContext.Current.CancellationToken).Facts.OfType<FactModel.Specs.ActorSpec>().First().Name!;
        var harness = new GeneratorHarness(new[] { InputText.Facts("facts/x.yaml", yaml) }, languageVersion: languageVersion);

        var result = harness.Run();

        result.Diagnostics.Where(d => d.Id is not ("FM3002" or "FM3003")).ShouldBeEmpty(label);
        harness.CompilationDiagnostics().ShouldBeEmpty(label + ": " + Snapshots.Describe(harness.CompilationDiagnostics()));
        foreach (var source in result.GeneratedSources)
        {
            string text = source.SourceText.ToString();
            text.Where(c => c is '\u2028' or '\u2029' or '\u0085' or '\0' or '\u202E' or '\u2066' or '\u2069' or '\u200F' or '\u001B' or '\u0007')
                .ShouldBeEmpty(label);
            // Whatever the text, the generated code declares only FactModel's own classes.
            source.SyntaxTree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Select(c => c.Identifier.Text)
                .ShouldAllBe(name => GeneratedClasses.Contains(name) || name.StartsWith("Data_", StringComparison.Ordinal), label);
        }

        var person = (Person)LoadFact(harness, "Actors", "X");
        new[] { person.Name, person.Description, person.Notes, person.Aliases[0], person.Roles[0].Title, person.Sources[0].Quote }
            .ShouldAllBe(value => value == expected, label);
        var place = (Place)LoadFact(harness, "Places", "P");
        new[] { place.Name, place.Aliases[0], place.Description }.ShouldAllBe(value => value == expected, label);
        var @event = (Event)LoadFact(harness, "Events", "E");
        new[] { @event.Title, @event.Description, @event.Quotes[0].Text }.ShouldAllBe(value => value == expected, label);
        var figure = (Figure)LoadFact(harness, "Figures", "F");
        new[] { figure.Measure, figure.Value.Unit }.ShouldAllBe(value => value == expected, label);
    }

    [Theory]
    [InlineData("class")]
    [InlineData("namespace")]
    [InlineData("int")]
    [InlineData("null")]
    public void Ids_that_are_csharp_keywords_generate_valid_names(string id)
    {
        var harness = new GeneratorHarness(new[] { InputText.Facts("facts/x.yaml", $"places:\n  - id: {id}\n    name: A place\n") });

        harness.Run();

        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics()));
    }

    private static readonly string[] GeneratedClasses =
        { "Actors", "Places", "Events", "Figures", "FactCatalog", "AllIndex", "ChunkFunctions", "ActorsIndex", "PlacesIndex", "EventsIndex", "FiguresIndex" };

    /// <summary>Compiles the generated model, loads it, and reads one fact's property.</summary>
    private static object LoadFact(GeneratorHarness harness, string section, string property)
    {
        using var stream = new MemoryStream();
        var emit = harness.Output!.Emit(stream);
        emit.Success.ShouldBeTrue(string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("model-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromStream(stream);
        var type = assembly.GetType("Consumer.Facts." + section)!;
        return type.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }
}
