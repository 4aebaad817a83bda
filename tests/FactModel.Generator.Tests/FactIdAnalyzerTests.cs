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
/// generator really writes for the seed article (the analyzer reads the ids from its [FactId] attributes).
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
        var library = CSharpCompilation.Create("Newsroom", Model.Value.Select(s => CSharpSyntaxTree.ParseText(s.Text, path: s.Name)),
            References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        library.Emit(image).Success.ShouldBeTrue();
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
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromImage(image.ToArray()));
        test.ExpectedDiagnostics.Add(Fm4001(0, "hammas", "an actor", "hamas"));

        await test.RunAsync(TestContext.Current.CancellationToken);
    }

    private static DiagnosticResult Fm4001(int location, string id, string noun, string? suggestion) =>
        new DiagnosticResult(FactIdAnalyzer.UnknownId).WithLocation(location)
            .WithArguments(id, noun, suggestion is null ? "" : $" (did you mean '{suggestion}'?)");

    /// <summary>A test of <paramref name="code"/> beside the generated seed model; with <paramref name="fixedCode"/>, of a fix too.</summary>
    private static CSharpCodeFixTest<FactIdAnalyzer, FactIdCodeFix, DefaultVerifier> Test(string code, string? fixedCode = null)
    {
        var test = new CSharpCodeFixTest<FactIdAnalyzer, FactIdCodeFix, DefaultVerifier>
        {
            // The framework's own assemblies below, not a reference pack fetched from NuGet.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = code,
        };
        test.TestState.AdditionalReferences.AddRange(References.Value);
        foreach (var (name, text) in Model.Value) test.TestState.Sources.Add((name, text));
        if (fixedCode is not null)
        {
            test.FixedState.Sources.Add(fixedCode);
            foreach (var (name, text) in Model.Value) test.FixedState.Sources.Add((name, text));
        }
        return test;
    }

    /// <summary>The generated sources of the seed model, in namespace Consumer.Facts.</summary>
    private static readonly Lazy<(string Name, string Text)[]> Model = new(() =>
        new GeneratorHarness(Directory.GetFiles(RepositoryFiles.Path("facts"), "*.yaml").Order(StringComparer.Ordinal)
                .Select(path => InputText.Facts("facts/" + Path.GetFileName(path), File.ReadAllText(path))).Append(InputText.SeedArticle))
            .Run().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToArray());

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Fact).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());
}
