using FactModel.Package.Tests.Infrastructure;

namespace FactModel.Package.Tests;

/// <summary>
/// A fresh console project that uses the package directly: `dotnet new console`, `dotnet add package FactModel`, fact
/// files in facts/ and a document in seeds/, then build and run, with the MSBuild options; a broken fact file; and an
/// edited one, built again.
/// </summary>
[Collection(PackageCollection.Name)]
public class ConsoleConsumerTests(PackageFixture package)
{
    private const string Framework = "net10.0";

    [Fact]
    public void A_fresh_console_project_adds_the_package_builds_and_runs_its_fact_model_and_fails_at_a_broken_yaml_line()
    {
        var app = package.NewConsumer("console");
        Succeeds(app.Dotnet("new", "console", "--name", "App", "--output", ".", "--no-restore"));
        Succeeds(app.Dotnet("add", "package", "FactModel", "--version", package.Version));
        app.Read("App.csproj").ShouldContain($"<PackageReference Include=\"FactModel\" Version=\"{package.Version}\" />");
        // The options of the README's table, as MSBuild properties.
        app.Write("App.csproj", app.Read("App.csproj").Replace("</Project>", """
              <PropertyGroup>
                <FactModelNamespace>Newsroom.Model</FactModelNamespace>
                <FactModelVisibility>internal</FactModelVisibility>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
            </Project>
            """));
        app.Write("seeds/article.txt", SampleFacts.Article);
        app.Write("facts/actors.yaml", SampleFacts.Actors);
        app.Write("facts/figures.yaml", SampleFacts.Figures);
        app.Write("Program.cs", """
            using Newsroom.Model;

            Console.WriteLine($"role: {Actors.YahyaSinwar.Roles[0]}");
            Console.WriteLine($"of: {Actors.YahyaSinwar.Roles[0].Of == Actors.Hamas}");
            Console.WriteLine($"figure: {Figures.GazaDeathToll.Value}");
            Console.WriteLine($"facts: {string.Join(", ", FactCatalog.All.Select(fact => fact.Id))}");
            Console.WriteLine($"public: {typeof(Actors).IsPublic}");
            """);

        var build = app.Build();

        Succeeds(build);
        build.Output.ShouldNotContain("CS8785");
        build.Output.ShouldNotContain("warning CS");
        build.Output.ShouldNotContain("warning FM");
        var run = app.Run();
        Succeeds(run);
        run.Output.ShouldContain("role: leader of Hamas");
        run.Output.ShouldContain("of: True");
        run.Output.ShouldContain("figure: over 42,000 people");
        run.Output.ShouldContain("facts: gaza-death-toll, hamas, yahya-sinwar");
        run.Output.ShouldContain("public: False", customMessage: "FactModelVisibility=internal was not applied");

        // EmitCompilerGeneratedFiles shows the catalog and the fact files' source (two files share one output group), in FactModelNamespace.
        string generated = app.GeneratedFolder(Framework);
        Directory.GetFiles(generated).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(["FactCatalog.g.cs", "FactGroup.000.g.cs"]);
        string catalog = File.ReadAllText(Path.Combine(generated, "FactCatalog.g.cs"));
        catalog.ShouldContain("namespace Newsroom.Model");
        catalog.ShouldContain("internal static partial class Actors");
        catalog.ShouldNotContain("public static partial class");

        // The package is all the project gets: the runtime library, and none of what the generator loads.
        app.RestoredLibraries().ShouldBe(new Dictionary<string, string> { [$"FactModel/{package.Version}"] = "package" });
        var output = app.OutputFiles(Framework);
        output.ShouldContain("FactModel.dll");
        output.ShouldNotContain("YamlDotNet.dll");
        output.ShouldNotContain("FactModel.Core.dll");
        output.ShouldNotContain("FactModel.Generator.dll");

        // A broken fact file fails the build at its YAML lines, and the generator still loads.
        app.Write("facts/actors.yaml", SampleFacts.BrokenActors);
        var broken = app.Build();

        broken.ExitCode.ShouldNotBe(0, broken.ToString());
        broken.Output.ShouldContain("facts/actors.yaml(4,5): error FM1002", customMessage: broken.ToString());
        broken.Output.ShouldContain("facts/actors.yaml(10,30): error FM2001", customMessage: broken.ToString());
        broken.Output.ShouldNotContain("CS8785");
    }

    [Fact]
    public void Editing_one_fact_file_and_building_again_updates_the_model()
    {
        var app = package.NewConsumer("incremental");
        app.WriteProject("Newsroom", Framework, "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>");
        app.Write("seeds/article.txt", SampleFacts.Article);
        app.Write("facts/actors.yaml", SampleFacts.Actors);
        app.Write("facts/figures.yaml", SampleFacts.Figures);
        // The default namespace: $(RootNamespace).Facts.
        app.Write("Program.cs", """
            using Newsroom.Facts;

            Console.WriteLine($"actors: {Actors.All.Count}");
            Console.WriteLine($"facts: {string.Join(", ", FactCatalog.All.Select(fact => fact.DisplayName))}");
            """);
        Succeeds(app.Build());
        Succeeds(app.Run()).Output.ShouldContain("facts: Palestinians killed in Gaza by Israel's offensive, Hamas, Yahya Sinwar");
        string group = Path.Combine(app.GeneratedFolder(Framework), "FactGroup.000.g.cs");
        string figures = BlockOf(File.ReadAllText(group), "facts/figures.yaml");

        app.Write("facts/actors.yaml", SampleFacts.ActorsWithBlinken);
        var build = app.Build();

        Succeeds(build);
        var run = Succeeds(app.Run());
        run.Output.ShouldContain("actors: 3");
        run.Output.ShouldContain("facts: Antony Blinken, Palestinians killed in Gaza by Israel's offensive, Hamas, Yahya Sinwar");
        BlockOf(File.ReadAllText(group), "facts/actors.yaml").ShouldContain("AntonyBlinken");
        BlockOf(File.ReadAllText(group), "facts/figures.yaml").ShouldBe(figures);
    }

    /// <summary>
    /// A fact file's namespace block in its group's source: from the comment naming the file to the next comment that
    /// opens a part (the next file's, or the group's part of FactCatalog), or the end.
    /// </summary>
    private static string BlockOf(string source, string relativePath)
    {
        int start = source.IndexOf($"// From {relativePath}.", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, relativePath);
        int next = source.IndexOf("\n// ", start + 1, StringComparison.Ordinal);
        return next < 0 ? source[start..] : source[start..(next + 1)];
    }

    [Fact]
    public void A_fresh_project_gets_its_own_schema_of_fact_files_with_its_ids_kept_in_step_at_no_cost()
    {
        var app = package.NewConsumer("schema");
        app.WriteProject("Newsroom", Framework);
        app.Write("seeds/article.txt", SampleFacts.Article);
        app.Write("facts/actors.yaml", "# yaml-language-server: $schema=../obj/fact-file.schema.json\n" + SampleFacts.Actors);
        app.Write("facts/figures.yaml", SampleFacts.Figures);
        app.Write("Program.cs", "Console.WriteLine(Newsroom.Facts.Actors.Hamas);");

        Succeeds(app.Build());

        // Where the README's header line says, with the project's ids for every reference field.
        string schemaPath = app.PathOf("obj/fact-file.schema.json");
        File.Exists(schemaPath).ShouldBeTrue();
        var definitions = System.Text.Json.JsonDocument.Parse(File.ReadAllText(schemaPath)).RootElement.GetProperty("definitions");
        Ids(definitions, "ids-of-actor").ShouldBe(["hamas", "yahya-sinwar"]);
        Ids(definitions, "ids-of-figure").ShouldBe(["gaza-death-toll"]);
        definitions.GetProperty("role").GetProperty("properties").GetProperty("of").GetProperty("$ref").GetString().ShouldBe("#/definitions/ids-of-actor");

        // Nothing changed: the schema is not written again.
        var written = File.GetLastWriteTimeUtc(schemaPath);
        Succeeds(app.Build());
        File.GetLastWriteTimeUtc(schemaPath).ShouldBe(written);

        // A fact added, then a fact file removed: the schema follows.
        app.Write("facts/actors.yaml", SampleFacts.ActorsWithBlinken);
        Succeeds(app.Build());
        Ids(System.Text.Json.JsonDocument.Parse(File.ReadAllText(schemaPath)).RootElement.GetProperty("definitions"), "ids-of-actor")
            .ShouldBe(["antony-blinken", "hamas", "yahya-sinwar"]);
        File.Delete(app.PathOf("facts/figures.yaml"));
        Succeeds(app.Build());
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(schemaPath)).RootElement.GetProperty("definitions").GetProperty("ids-of-figure")
            .TryGetProperty("enum", out _).ShouldBeFalse();
    }

    private static string?[] Ids(System.Text.Json.JsonElement definitions, string name) =>
        definitions.GetProperty(name).GetProperty("enum").EnumerateArray().Select(id => id.GetString()).ToArray();

    private static CommandResult Succeeds(CommandResult result)
    {
        result.ExitCode.ShouldBe(0, result.ToString());
        return result;
    }
}
