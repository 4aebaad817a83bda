using FactModel.Generator.Tests.Infrastructure;

namespace FactModel.Generator.Tests;

/// <summary>
/// Real `dotnet build`s of a consumer project that references the generator by ProjectReference and imports its two
/// MSBuild files, as the README tells users to: the generator loads with its dependencies (no CS8785), and broken fact
/// files fail the build with MSBuild lines that point at the YAML.
/// </summary>
[Collection(RealBuildCollection.Name)]
public class BuildIntegrationTests : IDisposable
{
    private readonly string _project = Path.Combine(Path.GetTempPath(), "factmodel-consumer-" + Guid.NewGuid().ToString("N"));

    public BuildIntegrationTests()
    {
        string src = RepositoryFiles.Path("src");
        Directory.CreateDirectory(Path.Combine(_project, "facts"));
        Directory.CreateDirectory(Path.Combine(_project, "seeds"));
        File.WriteAllText(Path.Combine(_project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{src}/FactModel.Generator/build/FactModel.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{src}/FactModel/FactModel.csproj" />
                <ProjectReference Include="{src}/FactModel.Generator/FactModel.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{src}/FactModel.Generator/build/FactModel.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_project, "Program.cs"),
            "System.Console.WriteLine(Consumer.Facts.Actors.YahyaSinwar.Roles[0].Of.DisplayName + \" \" + Consumer.Facts.FactCatalog.All.Count);\n");
        File.WriteAllText(Path.Combine(_project, "seeds", "article.txt"), "top Hamas leader Yahya Sinwar");
        WriteFacts("""
            actors:
              - id: hamas
                kind: organization
                name: Hamas
                source: { document: article, quote: "Hamas" }
              - id: yahya-sinwar
                kind: person
                name: Yahya Sinwar
                roles:
                  - { title: leader, of: hamas }
                source: { document: article, quote: "top Hamas leader Yahya Sinwar" }
            """);
    }

    public void Dispose()
    {
        try { Directory.Delete(_project, recursive: true); } catch (IOException) { }
    }

    private void WriteFacts(string yaml) => File.WriteAllText(Path.Combine(_project, "facts", "actors.yaml"), yaml.Replace("\r\n", "\n"));

    [Fact]
    public void A_consumer_builds_and_runs_then_a_broken_fact_file_fails_its_build_at_the_yaml_lines()
    {
        var (run, runOutput) = Dotnet("run");
        run.ShouldBe(0, runOutput);
        runOutput.ShouldContain("Hamas 2");
        runOutput.ShouldNotContain("CS8785");

        WriteFacts("""
            actors:
              - id: hamas
                kind: organization
                nmae: Hamas
                source: { document: article, quote: "Hamas" }
              - id: yahya-sinwar
                kind: person
                name: Yahya Sinwar
                roles:
                  - { title: leader, of: hammas }
                source: { document: article, quote: "top Hamas leader Yahya Sinwar" }
            """);
        var (build, buildOutput) = Dotnet("build");

        build.ShouldNotBe(0, buildOutput);
        buildOutput.ShouldContain("facts/actors.yaml(4,5): error FM1002: Fact 'hamas': unknown key 'nmae' (did you mean 'name'?)");
        buildOutput.ShouldContain("facts/actors.yaml(10,30): error FM2001: Fact 'yahya-sinwar': 'of' refers to 'hammas', but no fact has that id (did you mean 'hamas'?)");
        buildOutput.ShouldNotContain("CS8785");
    }

    [Theory]
    [InlineData("error", 1, "error FM3003")]
    [InlineData("none", 0, null)]
    public void The_severity_of_an_id_is_configurable_in_a_global_analyzer_config(string severity, int failed, string? expected)
    {
        WriteFacts("""
            actors:
              - id: hamas
                kind: organization
                name: Hamas
              - id: yahya-sinwar
                kind: person
                name: Yahya Sinwar
            """);
        File.WriteAllText(Path.Combine(_project, "Program.cs"), "System.Console.WriteLine(Consumer.Facts.FactCatalog.All.Count);\n");
        var (_, defaultOutput) = Dotnet("build");
        defaultOutput.ShouldContain("facts/actors.yaml(2,9): warning FM3003");

        File.WriteAllText(Path.Combine(_project, ".globalconfig"), $"is_global = true\ndotnet_diagnostic.FM3003.severity = {severity}\n");
        var (exit, output) = Dotnet("build");

        (exit != 0 ? 1 : 0).ShouldBe(failed, output);
        if (expected is null) output.ShouldNotContain("FM3003");
        else output.ShouldContain("facts/actors.yaml(2,9): " + expected);
    }

    [Fact]
    public void The_severity_of_an_id_is_configurable_per_fact_file_in_editorconfig()
    {
        WriteFacts("""
            actors:
              - id: hamas
                kind: organization
                name: Hamas
            """);
        File.WriteAllText(Path.Combine(_project, "Program.cs"), "System.Console.WriteLine(Consumer.Facts.FactCatalog.All.Count);\n");
        File.WriteAllText(Path.Combine(_project, ".editorconfig"), "root = true\n\n[facts/**.yaml]\nfactmodel_diagnostic.FM3003.severity = error\n");

        var (exit, output) = Dotnet("build");

        exit.ShouldNotBe(0, output);
        output.ShouldContain("facts/actors.yaml(2,9): error FM3003");
    }

    private (int ExitCode, string Output) Dotnet(string command)
    {
        var result = DotnetProcess.Run(_project, $"{command} --nologo -nodeReuse:false");
        return (result.ExitCode, result.Output);
    }
}
