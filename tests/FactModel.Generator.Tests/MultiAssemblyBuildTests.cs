using FactModel.Generator.Tests.Infrastructure;

namespace FactModel.Generator.Tests;

/// <summary>
/// Fact models that span assemblies, in real `dotnet build`s: a shared library of actors and places (with a kind of its
/// own, politician), two topic libraries whose facts refer to it, and a console app that references both topics (and
/// the shared library only through them). Every project references the generator and the runtime library as the
/// repository's own projects do. The layout is built once (<see cref="MultiAssemblyLayout"/>); the app runs and shows
/// one object per fact across the assemblies; a topic broken across the boundary fails the build at its YAML lines.
/// CrossAssemblyTests test the same in memory.
/// </summary>
[Collection(RealBuildCollection.Name)]
public class MultiAssemblyBuildTests(MultiAssemblyLayout layout) : IClassFixture<MultiAssemblyLayout>
{
    [Fact]
    public void The_app_builds_with_no_diagnostic_and_no_clash_of_generated_types()
    {
        var build = layout.FirstBuild;

        build.ExitCode.ShouldBe(0, build.ToString());
        foreach (string project in MultiAssemblyLayout.Projects)
            build.Output.ShouldContain($"{project} -> ", customMessage: build.ToString());
        build.Output.ShouldNotMatch(@"(warning|error) FM\d{4}", build.ToString());
        build.Output.ShouldNotContain("CS0436", customMessage: build.ToString());
        build.Output.ShouldNotContain("CS8785", customMessage: build.ToString());
        build.Output.ShouldNotContain("warning CS", customMessage: build.ToString());
    }

    [Fact]
    public void The_app_prints_the_facts_of_every_library_as_one_object_each_and_finds_them_all_through_WithReferences()
    {
        var run = layout.FirstRun;

        run.ShouldNotBeNull(layout.FirstBuild.ToString());
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.Replace("\r\n", "\n").Trim().ShouldBe("""
            shared: Joe Biden of Democratic Party, in Washington and Jerusalem
            topic-a: Biden visits Israel: Joe Biden (visitor), Benjamin Netanyahu (host); about 7 hours
            topic-b: Ceasefire talks in Washington: United States (mediator), Israel (party); 101 people
            app: Harris briefs reporters, after biden-visit, ceasefire-talks
            same joe-biden in topic-a: True
            same jerusalem in topic-a: True
            same israel in topic-b: True
            same washington in topic-b: True
            kamala-harris is a Shared.Facts.Politician: True
            same party of kamala-harris: True
            same events in the app: True
            same kamala-harris in the app: True
            own facts: harris-briefing
            with references: benjamin-netanyahu, biden-visit, biden-visit-hours, ceasefire-talks, democratic-party, harris-briefing, hostages-held, israel, jerusalem, joe-biden, kamala-harris, united-states, washington
            lookup joe-biden: Politician, the same object: True
            lookup jerusalem: Place, the same object: True
            lookup biden-visit: Event, the same object: True
            lookup hostages-held: Figure, the same object: True
            lookup harris-briefing: Event, the same object: True
            lookup joe-bidden: False
            topic-a with references: benjamin-netanyahu, biden-visit, biden-visit-hours, democratic-party, israel, jerusalem, joe-biden, kamala-harris, washington
            """.Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_topic_that_reuses_an_id_extends_a_kind_or_refers_wrongly_across_the_boundary_fails_the_build_at_its_yaml_lines()
    {
        // Lines and columns matter: the errors below point at them.
        layout.Directory.Write("TopicA/facts/broken.yaml", """
            kinds:
              - id: senator
                extends: politician
            actors:
              - id: joe-biden
                kind: person
                name: Another Joe Biden
                source: { document: visit, quote: "Biden visited Israel" }
            events:
              - id: broken-visit
                title: A visit
                places: [benjamin-netanyahu]
                participants: [{ actor: joe-bidden }]
                source: { document: visit, quote: "Biden visited Israel" }
            """);
        try
        {
            var build = layout.BuildApp();

            build.ExitCode.ShouldNotBe(0, build.ToString());
            string file = Path.Combine(layout.Directory.Path, "TopicA", "facts", "broken.yaml");
            build.Output.ShouldContain(file + "(5,9): error FM1005: The id 'joe-biden' is already used by the fact at Shared (a referenced fact model); ids must be unique across all fact files",
                customMessage: build.ToString());
            build.Output.ShouldContain(file + "(12,14): error FM2002: Fact 'broken-visit': 'places' must refer to a place, but 'benjamin-netanyahu' is an actor",
                customMessage: build.ToString());
            build.Output.ShouldContain(file + "(13,29): error FM2001: Fact 'broken-visit': 'actor' refers to 'joe-bidden', but no fact has that id (did you mean 'joe-biden'?)",
                customMessage: build.ToString());
            build.Output.ShouldContain(file + "(3,14): error FM1010: Kind 'senator': 'politician' is declared by the referenced fact model Shared", customMessage: build.ToString());
            // Nothing else: the shared library, the other topic and the topic's other files are fine.
            string.Join(", ", System.Text.RegularExpressions.Regex.Matches(build.Output, @"(warning|error) FM\d{4}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal))
                .ShouldBe("error FM1005, error FM1010, error FM2001, error FM2002", build.ToString());
            build.Output.ShouldNotContain("CS8785");
        }
        finally
        {
            File.Delete(layout.Directory.PathOf("TopicA/facts/broken.yaml"));
        }
    }
}

/// <summary>
/// The layout of <see cref="MultiAssemblyBuildTests"/> in a temporary folder, built and run once: Shared (actors, places
/// and the kind politician), TopicA (a visit, a politician, a figure), TopicB (talks, a figure), and App (a console app
/// that references TopicA and TopicB, with a fact of its own that refers to facts of both).
/// </summary>
public sealed class MultiAssemblyLayout : IDisposable
{
    /// <summary>Every project of the layout, in the order the build makes them.</summary>
    public static readonly string[] Projects = ["Shared", "TopicA", "TopicB", "App"];

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    public MultiAssemblyLayout()
    {
        Directory = new TemporaryDirectory("factmodel-multi-assembly-");
        // Nothing above the layout takes part in its builds.
        Directory.Write("Directory.Build.props", "<Project />\n");
        Directory.Write("Directory.Build.targets", "<Project />\n");
        Directory.Write("Directory.Packages.props", "<Project />\n");
        WriteProject("Shared", exe: false);
        WriteProject("TopicA", exe: false, "Shared");
        WriteProject("TopicB", exe: false, "Shared");
        // The app references the topics only: Shared reaches it through them.
        WriteProject("App", exe: true, "TopicA", "TopicB");
        WriteFacts();

        FirstBuild = BuildApp();
        if (FirstBuild.ExitCode == 0)
            FirstRun = DotnetProcess.Run(Directory.Path, "exec " + Path.Combine("App", "bin", "Debug", "net10.0", "App.dll"));
    }

    public TemporaryDirectory Directory { get; }

    /// <summary>The first `dotnet build` of the app, which builds every library.</summary>
    public DotnetResult FirstBuild { get; }

    /// <summary>The app's run after <see cref="FirstBuild"/>; null if that failed.</summary>
    public DotnetResult? FirstRun { get; }

    /// <summary>`dotnet build` of the app, with its references, as in a shell (restore included).</summary>
    public DotnetResult BuildApp() =>
        DotnetProcess.Run(Directory.PathOf("App"), "build --nologo -nodeReuse:false", BuildTimeout);

    public void Dispose() => Directory.Dispose();

    private void WriteProject(string name, bool exe, params string[] references)
    {
        string src = RepositoryFiles.Path("src");
        string projectReferences = string.Concat(references.Select(r => $"\n    <ProjectReference Include=\"../{r}/{r}.csproj\" />"));
        Directory.Write($"{name}/{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{src}/FactModel.Generator/build/FactModel.props" />
              <PropertyGroup>
                {(exe ? "<OutputType>Exe</OutputType>" : "")}
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{src}/FactModel/FactModel.csproj" />
                <ProjectReference Include="{src}/FactModel.Generator/FactModel.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />{projectReferences}
              </ItemGroup>
              <Import Project="{src}/FactModel.Generator/build/FactModel.targets" />
            </Project>
            """);
    }

    private void WriteFacts()
    {
        Directory.Write("Shared/seeds/shared.txt",
            "President Joe Biden, a member of the Democratic Party, spoke in Washington. Israel's Prime Minister Benjamin Netanyahu met him in Jerusalem.\n");
        Directory.Write("Shared/facts/actors.yaml", """
            kinds:
              - id: politician
                extends: person
                fields:
                  - { key: party, type: organization }
            actors:
              - id: joe-biden
                kind: politician
                name: Joe Biden
                party: democratic-party
                source: { document: shared, quote: "President Joe Biden" }
              - id: democratic-party
                kind: organization
                name: Democratic Party
                source: { document: shared, quote: "the Democratic Party" }
              - id: benjamin-netanyahu
                kind: person
                name: Benjamin Netanyahu
                source: { document: shared, quote: "Prime Minister Benjamin Netanyahu" }
              - id: israel
                kind: state
                name: Israel
                source: { document: shared, quote: "Israel's Prime Minister" }
            """);
        Directory.Write("Shared/facts/places.yaml", """
            places:
              - id: washington
                name: Washington
                kind: city
                source: { document: shared, quote: "spoke in Washington" }
              - id: jerusalem
                name: Jerusalem
                kind: city
                source: { document: shared, quote: "met him in Jerusalem" }
            """);

        Directory.Write("TopicA/seeds/visit.txt",
            "Biden visited Israel on 18 October 2023 and met Netanyahu in Jerusalem for about seven hours. Vice President Kamala Harris, a Democrat, stayed in Washington.\n");
        Directory.Write("TopicA/facts/visit.yaml", """
            actors:
              - id: kamala-harris
                kind: politician
                name: Kamala Harris
                party: democratic-party
                source: { document: visit, quote: "Vice President Kamala Harris, a Democrat" }
            events:
              - id: biden-visit
                title: Biden visits Israel
                kind: visit
                date: 2023-10-18
                places: [jerusalem]
                participants:
                  - { actor: joe-biden, role: visitor }
                  - { actor: benjamin-netanyahu, role: host }
                source: { document: visit, quote: "Biden visited Israel on 18 October 2023" }
            figures:
              - id: biden-visit-hours
                measure: hours Biden spent in Israel
                value: 7
                qualifier: about
                unit: hours
                about: biden-visit
                source: { document: visit, quote: "for about seven hours" }
            """);

        Directory.Write("TopicB/seeds/talks.txt",
            "Ceasefire talks hosted by the United States in Washington, with Israel taking part, sought the release of 101 hostages.\n");
        Directory.Write("TopicB/facts/talks.yaml", """
            actors:
              - id: united-states
                kind: state
                name: United States
                source: { document: talks, quote: "hosted by the United States" }
            events:
              - id: ceasefire-talks
                title: Ceasefire talks in Washington
                kind: talks
                places: [washington]
                participants:
                  - { actor: united-states, role: mediator }
                  - { actor: israel, role: party }
                source: { document: talks, quote: "Ceasefire talks hosted by the United States in Washington" }
            figures:
              - id: hostages-held
                measure: hostages whose release the talks sought
                value: 101
                unit: people
                about: ceasefire-talks
                source: { document: talks, quote: "the release of 101 hostages" }
            """);

        Directory.Write("App/seeds/briefing.txt", "After the visit and the talks, Harris briefed reporters in Washington.\n");
        Directory.Write("App/facts/briefing.yaml", """
            events:
              - id: harris-briefing
                title: Harris briefs reporters
                kind: briefing
                places: [washington]
                participants: [{ actor: kamala-harris, role: speaker }]
                after: [biden-visit, ceasefire-talks]
                source: { document: briefing, quote: "Harris briefed reporters in Washington" }
            """);
        Directory.Write("App/Program.cs", """
            using System;
            using System.Linq;
            using FactModel;

            var biden = Shared.Facts.Actors.JoeBiden;
            var visit = TopicA.Facts.Events.BidenVisit;
            var talks = TopicB.Facts.Events.CeasefireTalks;
            var briefing = App.Facts.Events.HarrisBriefing;
            Console.WriteLine($"shared: {biden.Name} of {biden.Party?.Name}, in {string.Join(" and ", Shared.Facts.Places.All.OrderByDescending(p => p.Id).Select(p => p.Name))}");
            Console.WriteLine($"topic-a: {visit.Title}: {string.Join(", ", visit.Participants)}; {TopicA.Facts.Figures.BidenVisitHours.Value}");
            Console.WriteLine($"topic-b: {talks.Title}: {string.Join(", ", talks.Participants)}; {TopicB.Facts.Figures.HostagesHeld.Value}");
            Console.WriteLine($"app: {briefing.Title}, after {string.Join(", ", briefing.After.Select(e => e.Id))}");
            Console.WriteLine($"same joe-biden in topic-a: {ReferenceEquals(visit.Participants[0].Actor, biden)}");
            Console.WriteLine($"same jerusalem in topic-a: {ReferenceEquals(visit.Places[0], Shared.Facts.Places.Jerusalem)}");
            Console.WriteLine($"same israel in topic-b: {ReferenceEquals(talks.Participants[1].Actor, Shared.Facts.Actors.Israel)}");
            Console.WriteLine($"same washington in topic-b: {ReferenceEquals(talks.Places[0], Shared.Facts.Places.Washington)}");
            Console.WriteLine($"kamala-harris is a Shared.Facts.Politician: {TopicA.Facts.Actors.KamalaHarris is Shared.Facts.Politician}");
            Console.WriteLine($"same party of kamala-harris: {ReferenceEquals(TopicA.Facts.Actors.KamalaHarris.Party, Shared.Facts.Actors.DemocraticParty)}");
            Console.WriteLine($"same events in the app: {ReferenceEquals(briefing.After[0], visit) && ReferenceEquals(briefing.After[1], talks)}");
            Console.WriteLine($"same kamala-harris in the app: {ReferenceEquals(briefing.Participants[0].Actor, TopicA.Facts.Actors.KamalaHarris)}");
            Console.WriteLine($"own facts: {string.Join(", ", App.Facts.FactCatalog.All.Select(f => f.Id))}");
            Console.WriteLine($"with references: {string.Join(", ", App.Facts.FactCatalog.WithReferences.Select(f => f.Id))}");
            foreach (string id in new[] { "joe-biden", "jerusalem", "biden-visit", "hostages-held", "harris-briefing" })
            {
                if (!App.Facts.FactCatalog.WithReferences.TryGet(id, out Fact? found)) throw new InvalidOperationException("not found: " + id);
                Fact? own = Shared.Facts.FactCatalog.TryGet(id, out var s) ? s
                    : TopicA.Facts.FactCatalog.TryGet(id, out var a) ? a
                    : TopicB.Facts.FactCatalog.TryGet(id, out var b) ? b
                    : App.Facts.FactCatalog.TryGet(id, out var p) ? p : null;
                Console.WriteLine($"lookup {id}: {found.GetType().Name}, the same object: {ReferenceEquals(found, own)}");
            }
            Console.WriteLine($"lookup joe-bidden: {App.Facts.FactCatalog.WithReferences.TryGet("joe-bidden", out _)}");
            Console.WriteLine($"topic-a with references: {string.Join(", ", TopicA.Facts.FactCatalog.WithReferences.Select(f => f.Id))}");
            """);
    }
}
