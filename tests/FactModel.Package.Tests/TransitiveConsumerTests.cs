using FactModel.Package.Tests.Infrastructure;

namespace FactModel.Package.Tests;

/// <summary>
/// A class library holds the facts and references the package; an application references only the library. The
/// application sees the library's public fact model, gets the runtime library through it, and generates no model of
/// its own that could clash with the library's (CS0436).
/// </summary>
[Collection(PackageCollection.Name)]
public class TransitiveConsumerTests(PackageFixture package)
{
    [Fact]
    public void An_application_that_references_only_a_library_with_facts_uses_its_public_model()
    {
        var solution = package.NewConsumer("transitive");
        var library = new ConsumerProject(package, Path.Combine(solution.Directory, "Lib"));
        // netstandard2.0, so that lib/netstandard2.0 serves too; the generated code needs C# 8 (nullable annotations).
        library.Write("Lib.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <LangVersion>8.0</LangVersion>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactModel" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        library.Write("seeds/article.txt", SampleFacts.Article);
        library.Write("facts/actors.yaml", SampleFacts.Actors);
        library.Write("facts/figures.yaml", SampleFacts.Figures);

        var app = new ConsumerProject(package, Path.Combine(solution.Directory, "App"));
        // The riskiest setting: the application names the library's namespace for its own model, as one
        // FactModelNamespace in a Directory.Build.props would for every project. With no fact files it runs no
        // generator, so nothing of its own can clash with the library's types.
        app.Write("App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <FactModelNamespace>Lib.Facts</FactModelNamespace>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Lib/Lib.csproj" />
              </ItemGroup>
            </Project>
            """);
        app.Write("Program.cs", """
            using Lib.Facts;

            Console.WriteLine($"role: {Actors.YahyaSinwar.Roles[0]}");
            Console.WriteLine($"figure: {Figures.GazaDeathToll.Value.LowerBound}");
            Console.WriteLine($"public: {typeof(Actors).IsPublic}");
            Console.WriteLine($"own model: {typeof(Program).Assembly.GetTypes().Count(type => type.Namespace == "Lib.Facts")}");
            Console.WriteLine($"typo: {FactCatalog.TryGet("hammas", out _)}");
            """);

        var build = app.Build();

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Output.ShouldNotContain("CS0436");
        build.Output.ShouldNotContain("CS8785");
        build.Output.ShouldNotContain("warning CS");
        // FM4001 runs in the application, which runs no generator: the ids come from the library's compiled model.
        build.Output.ShouldContain("Program.cs(7,47): warning FM4001: 'hammas' is not the id of a fact of the fact model (did you mean 'hamas'?)", customMessage: build.ToString());
        var run = app.Run();
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.ShouldContain("role: leader of Hamas");
        run.Output.ShouldContain("figure: (42000)");
        run.Output.ShouldContain("public: True");
        run.Output.ShouldContain("own model: 0");
        Directory.Exists(Path.Combine(app.Directory, "obj", "Debug", "net10.0", "generated", "FactModel.Generator")).ShouldBeFalse();
        Directory.GetFiles(library.GeneratedFolder("netstandard2.0")).ShouldNotBeEmpty();

        // FactModel reaches the application through the library alone, and what the generator loads never does.
        app.Read("App.csproj").ShouldNotContain("PackageReference");
        app.DirectPackageDependencies().ShouldBeEmpty();
        var libraries = app.RestoredLibraries();
        libraries.ShouldContainKeyAndValue($"FactModel/{package.Version}", "package");
        libraries.ShouldContainKeyAndValue("Lib/1.0.0", "project");
        libraries.Keys.ShouldNotContain(name => name.StartsWith("YamlDotNet/", StringComparison.Ordinal) || name.StartsWith("FactModel.Core/", StringComparison.Ordinal));
        var output = app.OutputFiles("net10.0");
        output.ShouldContain("FactModel.dll");
        output.ShouldContain("Lib.dll");
        output.ShouldNotContain("YamlDotNet.dll");
        output.ShouldNotContain("FactModel.Core.dll");
        output.ShouldNotContain("FactModel.Generator.dll");
    }
}
