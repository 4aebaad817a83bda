using FactModel.Analyzers;
using FactModel.CodeFixes;
using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace FactModel.Generator.Tests;

/// <summary>
/// FM4001 and its code fixes, through Roslyn's analyzer and code fix testing library, against the model the
/// generator really writes for the seed article (the analyzer reads the ids from its [FactIds] attributes, and from the
/// [FactId] of each property of a model compiled before them).
/// </summary>
public class FactIdAnalyzerTests
{
    private const string Usings = "using System;\nusing FactModel;\nusing Consumer.Facts;\n\n";

    [Fact]
    public async Task A_constant_id_the_model_does_not_have_is_reported_with_the_nearest_id()
    {
        var test = Test(Usings + """
            public static class Program
            {
                private const string Toll = "gaza-deth-toll";

                public static void Main()
                {
                    FactCatalog.TryGet({|#0:"gaza-deth-toll"|}, out var fact);
                    Figures.TryGet({|#1:Toll|}, out var figure);
                    Actors.TryGet({|#2:"hammas"|}, out var actor);
                    Actors.TryGet({|#3:"gaza-death-toll"|}, out actor);
                    FactCatalog.TryGet({|#4:"no-such-fact-anywhere"|}, out fact);
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Fm4001(0, "gaza-deth-toll", "a fact", "gaza-death-toll"));
        test.ExpectedDiagnostics.Add(Fm4001(1, "gaza-deth-toll", "a figure", "gaza-death-toll"));
        test.ExpectedDiagnostics.Add(Fm4001(2, "hammas", "an actor", "hamas"));
        // An id of the model, but of a figure: Actors.TryGet never finds it.
        test.ExpectedDiagnostics.Add(Fm4001(3, "gaza-death-toll", "an actor", null));
        test.ExpectedDiagnostics.Add(Fm4001(4, "no-such-fact-anywhere", "a fact", null));

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Ids_of_the_model_strings_that_are_not_constant_and_other_TryGet_methods_are_not_reported()
    {
        var test = Test(Usings + """
            public static class Program
            {
                public static void Main(string[] args)
                {
                    FactCatalog.TryGet("gaza-death-toll", out var fact);
                    Figures.TryGet("gaza-death-toll", out var figure);
                    Actors.TryGet("hamas", out var actor);
                    Places.TryGet("southern-israel", out var place);
                    Events.TryGet("october-7-attack", out var @event);
                    FactCatalog.TryGet(args[0], out fact);
                    new System.Collections.Generic.Dictionary<string, int>().TryGetValue("hammas", out _);
                    Lookalike.TryGet("hammas", out var _);
                }
            }

            public static class Lookalike
            {
                public static bool TryGet(string id, out string? value) { value = null; return false; }
            }
            """);

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_fix_replaces_the_lookup_with_the_typed_property_of_the_suggested_fact()
    {
        var test = Test(Usings + """
            public static class Program
            {
                public static string Main()
                {
                    if (FactCatalog.TryGet({|#0:"gaza-deth-toll"|}, out var fact)) return fact.Id;
                    if (Actors.TryGet({|#1:"hammas"|}, out Actor? actor)) return actor.Id;
                    return "";
                }
            }
            """, Usings + """
            public static class Program
            {
                public static string Main()
                {
                    if (Figures.GazaDeathToll is var fact) return fact.Id;
                    if (Actors.Hamas is Actor actor) return actor.Id;
                    return "";
                }
            }
            """);
        test.ExpectedDiagnostics.Add(Fm4001(0, "gaza-deth-toll", "a fact", "gaza-death-toll"));
        test.ExpectedDiagnostics.Add(Fm4001(1, "hammas", "an actor", "hamas"));
        test.CodeActionEquivalenceKey = "FM4001.Property";

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_other_fix_corrects_the_id_where_it_is_a_literal()
    {
        var test = Test(Usings + """
            public static class Program
            {
                public static bool Main(Fact? existing) => FactCatalog.TryGet({|#0:"gaza-deth-toll"|}, out existing);
            }
            """, Usings + """
            public static class Program
            {
                public static bool Main(Fact? existing) => FactCatalog.TryGet("gaza-death-toll", out existing);
            }
            """);
        test.ExpectedDiagnostics.Add(Fm4001(0, "gaza-deth-toll", "a fact", "gaza-death-toll"));
        test.CodeActionEquivalenceKey = "FM4001.Id";

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_ids_of_a_model_in_a_referenced_assembly_are_read_from_its_metadata()
    {
        // The seed model compiled into a library of its own, as a class library with facts would ship it.
        var image = Library(Model.Value);
        var test = new CSharpCodeFixTest<FactIdAnalyzer, FactIdCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = Usings + """
                public static class Program
                {
                    public static void Main() => Actors.TryGet({|#0:"hammas"|}, out _);
                }
                """,
        };
        test.TestState.AdditionalReferences.AddRange(References.Value);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromImage(image));
        test.ExpectedDiagnostics.Add(Fm4001(0, "hammas", "an actor", "hamas"));

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_ids_of_the_projects_own_sections_are_ids_of_the_catalog()
    {
        var model = new GeneratorHarness([
                InputText.Facts("facts/kinds.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Inputs", "Features", "kinds.valid.yaml"))),
                InputText.Document("article", File.ReadAllText(RepositoryFiles.Path("seeds/blinken-arrives-in-israel.txt")))])
            .Run().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToArray();
        var test = Test(Usings + """
            public static class Program
            {
                public static void Main()
                {
                    FactCatalog.TryGet("october-7-toll", out var report);
                    FactCatalog.TryGet({|#0:"october-7-tol"|}, out report);
                }
            }
            """, model: model);
        test.ExpectedDiagnostics.Add(Fm4001(0, "october-7-tol", "a fact", "october-7-toll"));

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Each_section_class_part_lists_the_id_of_each_of_its_properties()
    {
        var harness = new GeneratorHarness(SeedInputs());
        harness.Run();
        var assembly = new System.Runtime.Loader.AssemblyLoadContext("ids", isCollectible: true).LoadFromStream(new MemoryStream(harness.EmitImage()));

        var sections = assembly.GetTypes().Where(t => t.Namespace == "Consumer.Facts" && t.GetCustomAttributes(typeof(FactIdsAttribute), false).Length > 0).ToList();
        sections.Select(t => t.Name).Order(StringComparer.Ordinal).ShouldBe(["Actors", "Events", "Figures", "Places"]);
        foreach (var section in sections)
        {
            var entries = section.GetCustomAttributes(typeof(FactIdsAttribute), false).Cast<FactIdsAttribute>().SelectMany(a => a.Entries).ToList();
            var properties = section.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly)
                .Where(p => p.Name != "All").Select(p => p.Name);
            entries.Select(e => e.Property).Order(StringComparer.Ordinal).ShouldBe(properties.Order(StringComparer.Ordinal), section.Name);
            foreach (var (id, property) in entries)
                ((Fact)section.GetProperty(property)!.GetValue(null)!).Id.ShouldBe(id, $"{section.Name}.{property}");
        }
    }

    [Fact]
    public async Task A_model_compiled_before_FactIds_is_read_from_the_FactId_of_each_property()
    {
        // The seed model as an earlier version generated it: no [FactIds] on the classes, a [FactId] on each property.
        var legacy = Model.Value.Select(s => (s.Name, Text: AsBeforeFactIds(s.Text))).ToArray();
        legacy.ShouldContain(s => s.Text.Contains("[Fm.FactId(\"hamas\")]"));
        var image = Library(legacy);
        var test = new CSharpCodeFixTest<FactIdAnalyzer, FactIdCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = Usings + """
                public static class Program
                {
                    public static string Main() => Actors.TryGet({|#0:"hammas"|}, out var actor) ? actor.Id : "";
                }
                """,
            FixedCode = Usings + """
                public static class Program
                {
                    public static string Main() => Actors.Hamas is var actor ? actor.Id : "";
                }
                """,
            CodeActionEquivalenceKey = "FM4001.Property",
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(References.Value);
            state.AdditionalReferences.Add(MetadataReference.CreateFromImage(image));
        }
        test.ExpectedDiagnostics.Add(Fm4001(0, "hammas", "an actor", "hamas"));

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The generated sources compiled into a library of their own, as a class library with facts ships them: its image.</summary>
    private static byte[] Library(IEnumerable<(string Name, string Text)> sources)
    {
        var library = CSharpCompilation.Create("Newsroom", sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, path: s.Name)),
            References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        library.Emit(image).Success.ShouldBeTrue();
        return image.ToArray();
    }

    /// <summary>A generated source as versions before <c>[FactIds]</c> wrote it: each id in a <c>[FactId]</c> on its property.</summary>
    private static string AsBeforeFactIds(string text)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        text = System.Text.RegularExpressions.Regex.Replace(text, "^ *\\[Fm\\.FactIds\\(@\"([^\"]*)\"\\)\\]\n", match =>
        {
            var words = match.Groups[1].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < words.Length; i += 2) ids[words[i + 1]] = words[i];
            return "";
        }, System.Text.RegularExpressions.RegexOptions.Multiline);
        // Before the property's #line, as it was: the directive maps the line that follows it.
        return System.Text.RegularExpressions.Regex.Replace(text, "^( *)((?:#line \\([^\n]*\n *)?public static [^ ]+ ([A-Za-z0-9_]+) => )", match =>
            ids.TryGetValue(match.Groups[3].Value, out var id)
                ? $"{match.Groups[1].Value}[Fm.FactId(\"{id}\")]\n{match.Groups[1].Value}{match.Groups[2].Value}"
                : match.Value, System.Text.RegularExpressions.RegexOptions.Multiline);
    }

    private static DiagnosticResult Fm4001(int location, string id, string noun, string? suggestion) =>
        new DiagnosticResult(FactIdAnalyzer.UnknownId).WithLocation(location)
            .WithArguments(id, noun, suggestion is null ? "" : $" (did you mean '{suggestion}'?)");

    /// <summary>A test of <paramref name="code"/> beside the generated seed model; with <paramref name="fixedCode"/>, of a fix too.</summary>
    private static CSharpCodeFixTest<FactIdAnalyzer, FactIdCodeFix, DefaultVerifier> Test(string code, string? fixedCode = null, (string Name, string Text)[]? model = null)
    {
        model ??= Model.Value;
        var test = new CSharpCodeFixTest<FactIdAnalyzer, FactIdCodeFix, DefaultVerifier>
        {
            // The framework's own assemblies below, not a reference pack fetched from NuGet.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = code,
        };
        test.TestState.AdditionalReferences.AddRange(References.Value);
        foreach (var (name, text) in model) test.TestState.Sources.Add((name, text));
        if (fixedCode is not null)
        {
            test.FixedState.Sources.Add(fixedCode);
            foreach (var (name, text) in model) test.FixedState.Sources.Add((name, text));
        }
        return test;
    }

    /// <summary>The generated sources of the seed model, in namespace Consumer.Facts.</summary>
    private static readonly Lazy<(string Name, string Text)[]> Model = new(() =>
        new GeneratorHarness(SeedInputs()).Run().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToArray());

    private static IEnumerable<InputText> SeedInputs() =>
        Directory.GetFiles(RepositoryFiles.Path("facts"), "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => InputText.Facts("facts/" + Path.GetFileName(path), File.ReadAllText(path))).Append(InputText.SeedArticle);

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Fact).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());
}
