using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FactModel.Package.Tests.Infrastructure;

/// <summary>
/// Packs the repository once for every test of the collection: `dotnet pack src/FactModel` into a local folder feed
/// under a fresh temporary folder. The build goes to an artifacts folder there too, so that it neither reads nor
/// writes the bin/ and obj/ folders of the repository, which other builds may be using.
///
/// Consumers are created below the same folder, which holds their nuget.config (the local feed, which alone may
/// serve FactModel, plus the machine's own sources) and guards against the MSBuild files of folders above it. Their
/// NuGet cache (NUGET_PACKAGES) is a folder of their own, so a FactModel package cached by an earlier run is never used.
/// </summary>
public sealed partial class PackageFixture : IDisposable
{
    public const string LocalFeedName = "factmodel-local";

    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "factmodel-package-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Artifacts = Path.Combine(Root, "artifacts");
        PackagesCache = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesCache);

        // Nothing above Root takes part in the consumers' builds.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");

        Version = XDocument.Load(RepositoryFiles.Path("Directory.Build.props")).Descendants("Version").Single().Value.Trim();
        PackagePath = Path.Combine(Feed, $"FactModel.{Version}.nupkg");

        Pack = DotnetCli.Run(RepositoryFiles.Root, null,
            "pack", RepositoryFiles.Path("src/FactModel/FactModel.csproj"), "--configuration", "Release",
            "--output", Feed, "--artifacts-path", Artifacts, "--nologo", DotnetCli.NoNodeReuse);
        if (Pack.ExitCode != 0 || !File.Exists(PackagePath))
            throw new InvalidOperationException($"dotnet pack did not make {PackagePath}.\n{Pack}");

        RegistrySources = MachineSources();
        WriteNuGetConfig();
    }

    /// <summary>The temporary folder that holds everything below.</summary>
    public string Root { get; }

    /// <summary>The local folder feed: what `dotnet pack` made, and nothing else.</summary>
    public string Feed { get; }

    /// <summary>The build of the pack (bin/ and obj/ of the packed projects).</summary>
    public string Artifacts { get; }

    /// <summary>NUGET_PACKAGES of every consumer.</summary>
    public string PackagesCache { get; }

    /// <summary>The repository's version, from Directory.Build.props.</summary>
    public string Version { get; }

    public string PackagePath { get; }

    public CommandResult Pack { get; }

    /// <summary>The enabled package sources of the machine (name, URL), as `dotnet nuget list source` shows them.</summary>
    public IReadOnlyList<(string Name, string Url)> RegistrySources { get; }

    /// <summary>Runs dotnet for a consumer: its own NuGet cache, its nuget.config from <see cref="Root"/>.</summary>
    public CommandResult Dotnet(string workingDirectory, params string[] arguments) =>
        DotnetCli.Run(workingDirectory, new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesCache }, arguments);

    /// <summary>A new, empty consumer folder below <see cref="Root"/>.</summary>
    public ConsumerProject NewConsumer(string name)
    {
        string directory = Path.Combine(Root, name);
        if (Directory.Exists(directory)) throw new InvalidOperationException($"Consumer '{name}' exists already.");
        Directory.CreateDirectory(directory);
        return new ConsumerProject(this, directory);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private List<(string Name, string Url)> MachineSources()
    {
        // Listed from Root, before its nuget.config exists: the user's and the machine's configuration.
        var list = DotnetCli.Run(Root, null, "nuget", "list", "source", "--format", "detailed");
        var sources = new List<(string, string)>();
        if (list.ExitCode != 0) return sources;
        string[] lines = list.Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            var match = SourceLine().Match(lines[i]);
            if (match.Success && match.Groups["state"].Value == "Enabled")
                sources.Add((match.Groups["name"].Value, lines[i + 1].Trim()));
        }
        return sources;
    }

    private void WriteNuGetConfig()
    {
        var packageSources = new XElement("packageSources", new XElement("clear"),
            new XElement("add", new XAttribute("key", LocalFeedName), new XAttribute("value", Feed)));
        var mapping = new XElement("packageSourceMapping",
            new XElement("packageSource", new XAttribute("key", LocalFeedName), new XElement("package", new XAttribute("pattern", "FactModel"))));
        foreach (var (name, url) in RegistrySources)
        {
            packageSources.Add(new XElement("add", new XAttribute("key", name), new XAttribute("value", url)));
            mapping.Add(new XElement("packageSource", new XAttribute("key", name), new XElement("package", new XAttribute("pattern", "*"))));
        }
        new XDocument(new XElement("configuration", packageSources, mapping)).Save(Path.Combine(Root, "nuget.config"));
    }

    [GeneratedRegex(@"^\s*\d+\.\s+(?<name>.+?)\s+\[(?<state>[^\]]+)\]\s*$")]
    private static partial Regex SourceLine();
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    /// <summary>Every test of the package shares one pack, and runs one after the other: they build on two cores.</summary>
    public const string Name = "FactModel package";
}
