using System.Text.RegularExpressions;
using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactModel.Generator.Tests;

/// <summary>
/// Go to Definition reaches the YAML: every fact's property is mapped by <c>#line</c> to its <c>id:</c> in its fact
/// file, through a path relative to the generated file that resolves to the fact file as the compiler resolves it.
/// Its XML docs name the file and the line too.
/// </summary>
public class LineMappingTests
{
    private static readonly string[] Sections = ["Actors", "Places", "Events", "Figures"];

    [Fact]
    public void Every_property_of_the_seed_model_maps_to_the_line_of_its_id()
    {
        var files = Directory.GetFiles(RepositoryFiles.Path("facts"), "*.yaml").Order(StringComparer.Ordinal)
            .ToDictionary(path => "facts/" + Path.GetFileName(path), File.ReadAllText);

        AssertEveryPropertyMapsToItsId(files, InputText.ProjectDirectory, files.Keys.Select(k => InputText.Facts(k, files[k])).Append(InputText.SeedArticle));
    }

    [Fact]
    public void Every_property_of_several_files_in_nested_folders_maps_to_its_own_file()
    {
        const string project = "/home/alice/src/app/";
        var files = new Dictionary<string, string>
        {
            ["facts/actors.yaml"] = "actors:\n  - id: ally\n    kind: state\n    name: Ally\n\n  # a comment\n  - id: rival\n    kind: group\n    name: Rival\n",
            ["facts/more/places and events.yml"] = "places:\n  - id: city\n    name: City\nevents:\n  -   id:   meeting\n      title: A meeting\n      places: [city]\n",
            // Outside the project folder, as a shared facts/ folder of a repository is.
            ["../../shared/figures.yaml"] = "figures:\n  - { id: toll, measure: Deaths, value: 3 }\n",
        };

        AssertEveryPropertyMapsToItsId(files, project, files.Select(f => InputText.Facts(f.Key, f.Value, project)));
    }

    [Fact]
    public void Each_propertys_docs_name_its_file_and_the_line_of_its_id()
    {
        var harness = new GeneratorHarness([InputText.Facts("facts/actors.yaml", "actors:\n\n  - id: ally\n    kind: state\n    name: Ally\n    source: { document: doc, quote: \"an ally\" }\n")]);

        string text = harness.Run().GeneratedSources.Single(s => s.HintName.StartsWith("FactGroup.", StringComparison.Ordinal)).SourceText.ToString();

        text.ShouldContain("/// <remarks>facts/actors.yaml, line 3. Source: \u201Can ally\u201D (doc)</remarks>");
    }

    [Fact]
    public void Without_the_generated_files_directory_nothing_is_mapped_and_the_model_still_compiles()
    {
        var harness = new GeneratorHarness([InputText.Facts("facts/actors.yaml", "actors:\n  - id: ally\n    kind: state\n    name: Ally\n")],
            globalOptions: new Dictionary<string, string> { ["FactModelGeneratedFilesPath"] = "" });

        var result = harness.Run();

        result.GeneratedSources.ShouldAllBe(s => !s.SourceText.ToString().Contains("#line"));
        harness.CompilationDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Only_the_properties_are_mapped_the_docs_and_the_ids_stay_in_the_generated_file()
    {
        // A fact whose docs hold markup and sources, so that they are not trivially empty.
        var harness = new GeneratorHarness([
            InputText.Facts("facts/actors.yaml", "actors:\n  - id: ally\n    kind: state\n    name: Ally <&> \"Co\"\n    source: { document: doc, quote: \"an <ally>\" }\n"
                + "  - id: rival\n    kind: group\n    name: Rival\n"),
            InputText.Document("doc", "an <ally> and a rival")]);
        harness.Run();
        var tree = harness.Output!.SyntaxTrees.Single(t => Path.GetFileName(t.FilePath).StartsWith("FactGroup.", StringComparison.Ordinal));
        var root = tree.GetRoot();

        // Each property is mapped to the YAML; every doc comment and attribute is not: a diagnostic about one of them
        // (a malformed doc comment, with documentation diagnostics on) would point at the generated line, never at a
        // line of the YAML after the previous fact's id.
        var properties = FactProperties(root).ToList();
        properties.Select(p => p.Identifier.Text).ShouldBe(["Ally", "Rival"]);
        properties.ShouldAllBe(p => tree.GetMappedLineSpan(p.Identifier.Span, default).HasMappedPath);
        var docs = root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)).ToList();
        docs.Count.ShouldBe(2);
        var attributes = root.DescendantNodes().OfType<AttributeListSyntax>().ToList();
        attributes.ShouldNotBeEmpty();
        docs.Select(d => d.Span).Concat(attributes.Select(a => a.Span))
            .ShouldAllBe(span => !tree.GetMappedLineSpan(span, default).HasMappedPath && tree.GetMappedLineSpan(span, default).Path == tree.FilePath);

        // With documentation diagnostics on (GenerateDocumentationFile), the docs are well formed: nothing to report.
        var diagnosing = ((CSharpParseOptions)tree.Options).WithDocumentationMode(DocumentationMode.Diagnose);
        var compilation = harness.Output.RemoveAllSyntaxTrees().AddSyntaxTrees(
            harness.Output.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), diagnosing, t.FilePath)));
        compilation.GetDiagnostics().Where(d => d.Location.SourceTree?.FilePath == tree.FilePath && d.Severity >= DiagnosticSeverity.Warning)
            .ShouldBeEmpty();
    }

    /// <summary>The properties of a group's source that are facts: not those of its part of <c>FactCatalog</c>, which give its chunks.</summary>
    private static IEnumerable<PropertyDeclarationSyntax> FactProperties(SyntaxNode root) =>
        root.DescendantNodes().OfType<PropertyDeclarationSyntax>().Where(p => p.Parent is not ClassDeclarationSyntax { Identifier.Text: "FactCatalog" });

    public static TheoryData<string> HostilePaths => new()
    {
        "facts/quote\" + \"x.yaml",
        "facts/line\n#error injected\n.yaml",
        "facts/back\\slash.yaml",
        "facts/bidi\u202Etxt.yaml",
        "facts/separator\u2028#error injected.yaml",
        "facts/</remarks><summary>&amp;.yaml",
    };

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public void A_hostile_file_path_never_breaks_out_of_a_line_directive_or_a_doc_comment(string path)
    {
        var harness = new GeneratorHarness([InputText.Facts(path, "actors:\n  - id: ally\n    kind: state\n    name: Ally\n")]);

        var result = harness.Run();

        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics()));
        var source = result.GeneratedSources.Single(s => s.HintName.StartsWith("FactGroup.", StringComparison.Ordinal));
        string text = source.SourceText.ToString();
        text.Where(c => c is '\u2028' or '\u202E' or '\r').ShouldBeEmpty();
        text.Split('\n').Where(line => line.TrimStart().StartsWith("//", StringComparison.Ordinal)).ShouldAllBe(line => !line.Contains("</remarks><summary>"));
        // Every directive the file has is one the generator wrote, whole, on its own line.
        source.SyntaxTree.GetRoot().DescendantTrivia().Where(t => t.IsDirective).Select(t => t.ToString().Split(' ')[0])
            .ShouldAllBe(d => d == "#nullable" || d == "#line");
        var property = FactProperties(source.SyntaxTree.GetRoot()).Single();
        property.Identifier.Text.ShouldBe("Ally");
        var mapped = property.Identifier.GetLocation().GetMappedLineSpan();
        // Mapped, then to the path as it is (it holds none of a directive's delimiters); else not mapped at all.
        // (A backslash separates folders, as on Windows.)
        if (mapped.HasMappedPath) ResolvedPath(source.SyntaxTree, mapped.Path).ShouldBe(InputText.ProjectDirectory + path.Replace('\\', '/'));
        else mapped.Path.ShouldBe(source.SyntaxTree.FilePath);
    }

    private static void AssertEveryPropertyMapsToItsId(IReadOnlyDictionary<string, string> files, string projectDirectory, IEnumerable<InputText> inputs)
    {
        var harness = new GeneratorHarness(inputs, projectDirectory: projectDirectory);
        harness.Run();
        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics()));

        // Where each id is written, found in the YAML text itself: the property's name, the file, the line and column.
        var expected = new Dictionary<string, (string File, int Line, int Column)>();
        foreach (var (relativePath, yaml) in files)
        {
            string[] lines = yaml.Split('\n');
            string section = "";
            for (int i = 0; i < lines.Length; i++)
            {
                if (Regex.Match(lines[i], "^([a-z-]+):") is { Success: true } key) section = key.Groups[1].Value;
                var id = Regex.Match(lines[i], @"\bid:\s+([a-z0-9-]+)");
                // Documents are cited, not facts: they have no property.
                if (id.Success && section != "documents") expected.Add(FactModel.Kebab.ToPascalCase(id.Groups[1].Value), (Path.GetFullPath(projectDirectory + relativePath), i, id.Groups[1].Index));
            }
        }

        var mapped = new Dictionary<string, (string File, int Line, int Column)>();
        foreach (var tree in harness.Output!.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)))
        {
            var model = harness.Output.GetSemanticModel(tree);
            var properties = tree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>()
                .Where(p => p.Parent is ClassDeclarationSyntax c && Sections.Contains(c.Identifier.Text) && p.Identifier.Text != "All");
            foreach (var property in properties)
            {
                var symbol = model.GetDeclaredSymbol(property)!;
                var span = symbol.Locations.Single().GetMappedLineSpan();
                span.HasMappedPath.ShouldBeTrue(symbol.Name);
                mapped.Add(symbol.Name, (ResolvedPath(tree, span.Path, projectDirectory), span.StartLinePosition.Line, span.StartLinePosition.Character));
            }
        }

        // In any order: a group's files come by path, whatever order the inputs had.
        mapped.ShouldBe(expected, ignoreOrder: true);
    }

    /// <summary>
    /// A #line path as the compiler resolves it: against the directory of the file that holds the directive. A
    /// generated tree's path is relative to the compiler's generated files directory (the driver here has none).
    /// </summary>
    private static string ResolvedPath(SyntaxTree tree, string path, string projectDirectory = InputText.ProjectDirectory) =>
        Path.GetFullPath(Path.Combine(projectDirectory + InputText.GeneratedFilesFolder, Path.GetDirectoryName(tree.FilePath)!, path));
}
