using System.Text.Json;

namespace FactModel.Package.Tests.Infrastructure;

/// <summary>A folder of a project that uses the FactModel package, with the dotnet commands a user would run in it.</summary>
public sealed class ConsumerProject(PackageFixture package, string directory)
{
    public string Directory { get; } = directory;

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>Writes a file with '\n' line ends, so that YAML lines and columns are the same on every platform.</summary>
    public void Write(string relativePath, string text)
    {
        string path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n"));
    }

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>A console project file that references the package the fixture packed, as `dotnet add package` writes it.</summary>
    public void WriteProject(string name, string targetFramework, string properties = "") =>
        Write(name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactModel" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);

    public CommandResult Dotnet(params string[] arguments) => package.Dotnet(Directory, arguments);

    /// <summary>`dotnet build`, as in a shell: restore included.</summary>
    public CommandResult Build() => Dotnet("build", "--nologo", DotnetCli.NoNodeReuse);

    /// <summary>Runs what the last build made.</summary>
    public CommandResult Run() => Dotnet("run", "--no-build");

    /// <summary>The files the generator wrote with EmitCompilerGeneratedFiles, by name, for the Debug build of a framework.</summary>
    public string GeneratedFolder(string targetFramework) =>
        PathOf(Path.Combine("obj", "Debug", targetFramework, "generated", "FactModel.Generator", "FactModel.Generator.FactModelGenerator"));

    /// <summary>The packages and projects NuGet restored for this project ("FactModel/0.1.0" → "package").</summary>
    public IReadOnlyDictionary<string, string> RestoredLibraries()
    {
        using var assets = JsonDocument.Parse(Read(Path.Combine("obj", "project.assets.json")));
        return assets.RootElement.GetProperty("libraries").EnumerateObject()
            .ToDictionary(library => library.Name, library => library.Value.GetProperty("type").GetString() ?? "");
    }

    /// <summary>The packages the project file itself references, for every framework.</summary>
    public IReadOnlyList<string> DirectPackageDependencies()
    {
        using var assets = JsonDocument.Parse(Read(Path.Combine("obj", "project.assets.json")));
        var frameworks = assets.RootElement.GetProperty("project").GetProperty("frameworks");
        return frameworks.EnumerateObject()
            .SelectMany(framework => framework.Value.TryGetProperty("dependencies", out var dependencies)
                ? dependencies.EnumerateObject().Select(dependency => dependency.Name)
                : [])
            .ToList();
    }

    /// <summary>The file names of the build output of a framework.</summary>
    public IReadOnlyList<string> OutputFiles(string targetFramework) =>
        System.IO.Directory.GetFiles(PathOf(Path.Combine("bin", "Debug", targetFramework))).Select(Path.GetFileName).OfType<string>().ToList();
}
