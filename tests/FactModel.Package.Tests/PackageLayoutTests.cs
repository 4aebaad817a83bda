using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FactModel.Package.Tests.Infrastructure;

namespace FactModel.Package.Tests;

/// <summary>
/// What `dotnet pack` puts in the FactModel package: the runtime library, the generator with everything it loads, the
/// repository's own MSBuild files for direct and transitive consumers, the schema, README and license; no dependency;
/// deterministic assemblies with their PDBs, and the same bytes for the same build.
/// </summary>
[Collection(PackageCollection.Name)]
public class PackageLayoutTests(PackageFixture package)
{
    private static readonly string[] ExpectedFiles =
    [
        "FactModel.nuspec",
        "LICENSE",
        "README.md",
        "analyzers/dotnet/cs/FactModel.Analyzers.dll",
        "analyzers/dotnet/cs/FactModel.CodeFixes.dll",
        "analyzers/dotnet/cs/FactModel.Core.dll",
        "analyzers/dotnet/cs/FactModel.Generator.dll",
        "analyzers/dotnet/cs/FactModel.dll",
        "analyzers/dotnet/cs/YamlDotNet.dll",
        "build/FactModel.props",
        "build/FactModel.targets",
        "buildTransitive/FactModel.props",
        "buildTransitive/FactModel.targets",
        "docs/fact-file.schema.json",
        "lib/net10.0/FactModel.dll",
        "lib/net10.0/FactModel.xml",
        "lib/netstandard2.0/FactModel.dll",
        "lib/netstandard2.0/FactModel.xml",
        "tasks/netstandard2.0/FactModel.Core.dll",
        "tasks/netstandard2.0/FactModel.Tasks.dll",
        "tasks/netstandard2.0/FactModel.dll",
        "tasks/netstandard2.0/YamlDotNet.dll",
    ];

    [Fact]
    public void Dotnet_pack_makes_one_package_named_by_the_repository_version()
    {
        Directory.GetFiles(package.Feed).Select(Path.GetFileName).ShouldBe([$"FactModel.{package.Version}.nupkg"]);
        package.Version.ShouldMatch(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void It_holds_the_runtime_the_generator_with_what_it_loads_the_build_files_and_the_docs()
    {
        using var nupkg = ZipFile.OpenRead(package.PackagePath);
        var files = nupkg.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal)
                           && name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal);

        files.ShouldBe(ExpectedFiles.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Its_MSBuild_files_are_the_repositorys_own_and_build_imports_buildTransitive()
    {
        using var nupkg = ZipFile.OpenRead(package.PackagePath);

        foreach (string extension in new[] { "props", "targets" })
        {
            Text(nupkg, "buildTransitive/FactModel." + extension)
                .ShouldBe(File.ReadAllText(RepositoryFiles.Path($"src/FactModel.Generator/build/FactModel.{extension}")));
            var imports = XDocument.Parse(Text(nupkg, "build/FactModel." + extension)).Root!.Elements("Import").Select(i => (string?)i.Attribute("Project"));
            imports.ShouldBe([$@"$(MSBuildThisFileDirectory)..\buildTransitive\FactModel.{extension}"]);
        }
        Text(nupkg, "docs/fact-file.schema.json").ShouldBe(File.ReadAllText(RepositoryFiles.Path("docs/fact-file.schema.json")));
        Text(nupkg, "README.md").ShouldBe(File.ReadAllText(RepositoryFiles.Path("README.md")));
        Text(nupkg, "LICENSE").ShouldBe(File.ReadAllText(RepositoryFiles.Path("LICENSE")));
        Text(nupkg, "LICENSE").ShouldContain("MIT License");
    }

    [Fact]
    public void Its_nuspec_has_one_dependency_an_MIT_license_the_readme_and_the_commit_it_was_built_from()
    {
        using var nupkg = ZipFile.OpenRead(package.PackagePath);
        var nuspec = XDocument.Parse(Text(nupkg, "FactModel.nuspec"));
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        metadata.Element(ns + "id")!.Value.ShouldBe("FactModel");
        metadata.Element(ns + "version")!.Value.ShouldBe(package.Version);
        metadata.Element(ns + "license")!.Value.ShouldBe("MIT");
        ((string?)metadata.Element(ns + "license")!.Attribute("type")).ShouldBe("expression");
        metadata.Element(ns + "readme")!.Value.ShouldBe("README.md");
        metadata.Element(ns + "authors")!.Value.ShouldBe("FactModel contributors");
        // Consumers get no YamlDotNet, FactModel.Core or other dependency: the generator carries what it loads. The one
        // dependency is System.Memory on netstandard2.0, for the spans over the UTF-8 data a model carries its facts in.
        metadata.Descendants(ns + "dependency")
            .Select(d => $"{d.Parent!.Attribute("targetFramework")!.Value} {d.Attribute("id")!.Value} {d.Attribute("version")!.Value}")
            .ShouldBe(new[] { ".NETStandard2.0 System.Memory 4.5.5" });
        metadata.Element(ns + "developmentDependency").ShouldBeNull();
        // SourceLink's source control step records the commit (and, with a remote, the repository URL).
        if (Directory.Exists(RepositoryFiles.Path(".git")) || File.Exists(RepositoryFiles.Path(".git")))
        {
            var repository = metadata.Element(ns + "repository");
            repository.ShouldNotBeNull();
            ((string?)repository.Attribute("type")).ShouldBe("git");
            ((string?)repository.Attribute("commit") ?? "").ShouldMatch("^[0-9a-f]{40}$");
        }
    }

    [Fact]
    public void Its_assemblies_are_deterministic_with_embedded_PDBs_and_the_generator_loads_the_netstandard_runtime()
    {
        using var nupkg = ZipFile.OpenRead(package.PackagePath);
        string[] ours =
        [
            "lib/net10.0/FactModel.dll", "lib/netstandard2.0/FactModel.dll",
            "analyzers/dotnet/cs/FactModel.dll", "analyzers/dotnet/cs/FactModel.Core.dll", "analyzers/dotnet/cs/FactModel.Generator.dll",
            "analyzers/dotnet/cs/FactModel.Analyzers.dll", "analyzers/dotnet/cs/FactModel.CodeFixes.dll", "tasks/netstandard2.0/FactModel.Tasks.dll",
        ];
        foreach (string name in ours)
        {
            using var pe = new PEReader(new MemoryStream(Bytes(nupkg, name)));
            var debug = pe.ReadDebugDirectory().Select(entry => entry.Type).ToList();
            debug.ShouldContain(DebugDirectoryEntryType.Reproducible, $"{name} was not built deterministically");
            debug.ShouldContain(DebugDirectoryEntryType.EmbeddedPortablePdb, $"{name} has no embedded PDB");
            pe.GetMetadataReader().GetAssemblyDefinition().Version.ToString(3).ShouldBe(Regex.Match(package.Version, @"^\d+\.\d+\.\d+").Value);
        }
        Hash(nupkg, "analyzers/dotnet/cs/FactModel.dll").ShouldBe(Hash(nupkg, "lib/netstandard2.0/FactModel.dll"),
            "the generator must load the netstandard2.0 build of the runtime library");
        foreach (string name in new[] { "FactModel.dll", "FactModel.Core.dll", "YamlDotNet.dll" })
            Hash(nupkg, "tasks/netstandard2.0/" + name).ShouldBe(Hash(nupkg, "analyzers/dotnet/cs/" + name), "the task loads what the generator loads");
    }

    [Fact]
    public void Packing_the_same_build_twice_gives_the_same_bytes()
    {
        // Entries are dated by the commit, not the clock: the same commit packs to the same bytes.
        string first = PackAgain("feed-first");
        string second = PackAgain("feed-second");

        Describe(second).ShouldBe(Describe(first));
        Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(second))).ShouldBe(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(first))));
    }

    private string PackAgain(string folder)
    {
        string output = Path.Combine(package.Root, folder);
        var pack = DotnetCli.Run(RepositoryFiles.Root, null,
            "pack", RepositoryFiles.Path("src/FactModel/FactModel.csproj"), "--configuration", "Release", "--no-build",
            "--output", output, "--artifacts-path", package.Artifacts, "--nologo", DotnetCli.NoNodeReuse);
        pack.ExitCode.ShouldBe(0, pack.ToString());
        return Path.Combine(output, Path.GetFileName(package.PackagePath));
    }

    /// <summary>Each entry's name, size, checksum and date, to show what differs between two packages.</summary>
    private static List<string> Describe(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        return zip.Entries.Select(e => $"{e.FullName} {e.Length} {e.Crc32:x8} {e.LastWriteTime:O}").ToList();
    }

    private static byte[] Bytes(ZipArchive nupkg, string name)
    {
        var entry = nupkg.GetEntry(name) ?? throw new ShouldAssertException($"The package has no {name}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Hash(ZipArchive nupkg, string name) => Convert.ToHexString(SHA256.HashData(Bytes(nupkg, name)));

    private static string Text(ZipArchive nupkg, string name) => new StreamReader(new MemoryStream(Bytes(nupkg, name))).ReadToEnd();
}
