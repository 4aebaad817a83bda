using FactModel.Package.Tests.Infrastructure;

namespace FactModel.Package.Tests;

/// <summary>
/// A fact model that spans assemblies, from the package: a shared library of actors and places (with a kind of its
/// own) references the package; a topic library references only the shared library, and its facts refer to the shared
/// ones; an application references only the topic, with a fact of its own that refers to both. Nothing is configured
/// beyond the references: the package reaches the topic and the application through them, each model reads the ones
/// it references from their assemblies, and at run time every fact is one object.
/// </summary>
[Collection(PackageCollection.Name)]
public class MultiAssemblyConsumerTests(PackageFixture package)
{
    [Fact]
    public void A_topic_library_and_an_application_use_the_facts_of_a_shared_library_through_references_alone()
    {
        var solution = package.NewConsumer("multi-assembly");
        var shared = new ConsumerProject(package, Path.Combine(solution.Directory, "Shared"));
        shared.Write("Shared.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactModel" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        shared.Write("seeds/shared.txt", "President Joe Biden, a member of the Democratic Party, spoke in Washington.\n");
        shared.Write("facts/shared.yaml", """
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
            places:
              - id: washington
                name: Washington
                kind: city
                source: { document: shared, quote: "spoke in Washington" }
            """);

        var topic = new ConsumerProject(package, Path.Combine(solution.Directory, "Topic"));
        topic.Write("Topic.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Shared/Shared.csproj" />
              </ItemGroup>
            </Project>
            """);
        topic.Write("seeds/visit.txt", "Biden met Vice President Kamala Harris, a Democrat, in Washington on 18 October 2023.\n");
        topic.Write("facts/visit.yaml", """
            actors:
              - id: kamala-harris
                kind: politician
                name: Kamala Harris
                party: democratic-party
                source: { document: visit, quote: "Vice President Kamala Harris, a Democrat" }
            events:
              - id: biden-harris-meeting
                title: Biden meets Harris
                date: 2023-10-18
                places: [washington]
                participants:
                  - { actor: joe-biden, role: host }
                  - { actor: kamala-harris, role: attendee }
                source: { document: visit, quote: "Biden met Vice President Kamala Harris" }
            """);

        var app = new ConsumerProject(package, Path.Combine(solution.Directory, "App"));
        app.Write("App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Topic/Topic.csproj" />
              </ItemGroup>
            </Project>
            """);
        app.Write("seeds/briefing.txt", "After the meeting, Harris briefed reporters in Washington.\n");
        app.Write("facts/briefing.yaml", """
            events:
              - id: harris-briefing
                title: Harris briefs reporters
                places: [washington]
                participants: [{ actor: kamala-harris, role: speaker }]
                after: [biden-harris-meeting]
                source: { document: briefing, quote: "Harris briefed reporters in Washington" }
            """);
        app.Write("Program.cs", """
            using FactModel;

            var meeting = Topic.Facts.Events.BidenHarrisMeeting;
            var briefing = App.Facts.Events.HarrisBriefing;
            Console.WriteLine($"meeting: {string.Join(", ", meeting.Participants)} in {meeting.Places[0].Name}");
            Console.WriteLine($"same joe-biden: {ReferenceEquals(meeting.Participants[0].Actor, Shared.Facts.Actors.JoeBiden)}");
            Console.WriteLine($"same washington: {ReferenceEquals(meeting.Places[0], Shared.Facts.Places.Washington) && ReferenceEquals(briefing.Places[0], Shared.Facts.Places.Washington)}");
            Console.WriteLine($"politician: {Topic.Facts.Actors.KamalaHarris.GetType().FullName}, party the same: {ReferenceEquals(Topic.Facts.Actors.KamalaHarris.Party, Shared.Facts.Actors.DemocraticParty)}");
            Console.WriteLine($"same in the app: {ReferenceEquals(briefing.Participants[0].Actor, Topic.Facts.Actors.KamalaHarris) && ReferenceEquals(briefing.After[0], meeting)}");
            Console.WriteLine($"with references: {string.Join(", ", App.Facts.FactCatalog.WithReferences.Select(fact => fact.Id))}");
            foreach (string id in new[] { "joe-biden", "washington", "kamala-harris", "biden-harris-meeting", "harris-briefing" })
            {
                bool found = App.Facts.FactCatalog.WithReferences.TryGet(id, out Fact? fact);
                Fact? owner = Shared.Facts.FactCatalog.TryGet(id, out var s) ? s : Topic.Facts.FactCatalog.TryGet(id, out var t) ? t : App.Facts.FactCatalog.TryGet(id, out var a) ? a : null;
                Console.WriteLine($"lookup {id}: {found && ReferenceEquals(fact, owner)}");
            }
            """);

        var build = app.Build();

        build.ExitCode.ShouldBe(0, build.ToString());
        build.Output.ShouldContain("Shared -> ", customMessage: build.ToString());
        build.Output.ShouldContain("Topic -> ", customMessage: build.ToString());
        build.Output.ShouldNotMatch(@"(warning|error) FM\d{4}", build.ToString());
        build.Output.ShouldNotContain("CS0436");
        build.Output.ShouldNotContain("CS8785");
        build.Output.ShouldNotContain("warning CS");
        var run = app.Run();
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Output.Replace("\r\n", "\n").Trim().ShouldBe("""
            meeting: Joe Biden (host), Kamala Harris (attendee) in Washington
            same joe-biden: True
            same washington: True
            politician: Shared.Facts.Politician, party the same: True
            same in the app: True
            with references: biden-harris-meeting, democratic-party, harris-briefing, joe-biden, kamala-harris, washington
            lookup joe-biden: True
            lookup washington: True
            lookup kamala-harris: True
            lookup biden-harris-meeting: True
            lookup harris-briefing: True
            """.Replace("\r\n", "\n"), run.ToString());

        // The package reaches the topic and the application through the shared library alone.
        foreach (var project in new[] { topic, app })
        {
            project.DirectPackageDependencies().ShouldBeEmpty();
            project.RestoredLibraries().ShouldContainKeyAndValue($"FactModel/{package.Version}", "package");
        }
        app.OutputFiles("net10.0").ShouldContain("Shared.dll");
        app.OutputFiles("net10.0").ShouldContain("Topic.dll");
        app.OutputFiles("net10.0").ShouldNotContain("FactModel.Generator.dll");
    }
}
