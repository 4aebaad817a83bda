using System.Reflection;
using System.Runtime.Loader;
using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests;

/// <summary>
/// Fact models that span assemblies, compiled in memory as the compiler would build them: a shared library of actors
/// and places (with a kind of its own), a topic library that refers to it, and an app that references both. The
/// libraries are real assemblies, read by the next one's generator from their metadata only, and run together.
/// </summary>
public class CrossAssemblyTests
{
    private const string SharedFacts = """
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
          - id: democratic-party
            kind: organization
            name: Democratic Party
        places:
          - id: washington
            name: Washington
        """;

    private const string TopicFacts = """
        actors:
          - id: kamala-harris
            kind: politician
            name: Kamala Harris
            party: democratic-party
        events:
          - id: biden-visit
            title: Biden visits Israel
            places: [washington]
            participants: [{ actor: joe-biden, role: visitor }]
        """;

    private const string TopicCode = """
        namespace Topic
        {
            public static class Checks
            {
                public static bool SameObject() =>
                    object.ReferenceEquals(Topic.Facts.Events.BidenVisit.Participants[0].Actor, Shared.Facts.Actors.JoeBiden);
                public static Shared.Facts.Politician Harris() => Topic.Facts.Actors.KamalaHarris;
                public static bool SharedParty() =>
                    object.ReferenceEquals(Topic.Facts.Actors.KamalaHarris.Party, Shared.Facts.Actors.DemocraticParty);
            }
        }
        """;

    private static GeneratorHarness Library(string name, string facts, IEnumerable<MetadataReference>? references = null, string code = "namespace User { }") =>
        new(new[] { InputText.Facts("facts/facts.yaml", facts) }, code,
            new Dictionary<string, string> { ["RootNamespace"] = name }, references: references, assemblyName: name);

    private static (byte[] Image, MetadataReference Reference) Build(GeneratorHarness harness)
    {
        var result = harness.Run();
        result.Diagnostics.Where(d => d.Id != "FM3003").ShouldBeEmpty(Snapshots.Describe(result.Diagnostics));
        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics()));
        byte[] image = harness.EmitImage();
        return (image, MetadataReference.CreateFromImage(image));
    }

    [Fact]
    public void A_topic_library_refers_to_the_shared_librarys_facts_and_kinds_and_gets_its_very_objects()
    {
        var shared = Build(Library("Shared", SharedFacts));
        var topic = Build(Library("Topic", TopicFacts, new[] { shared.Reference }, TopicCode));

        var context = new AssemblyLoadContext("cross-assembly", isCollectible: true);
        try
        {
            context.LoadFromStream(new MemoryStream(shared.Image));
            var checks = context.LoadFromStream(new MemoryStream(topic.Image)).GetType("Topic.Checks")!;

            Call<bool>(checks, "SameObject").ShouldBeTrue();
            Call<object>(checks, "Harris").GetType().FullName.ShouldBe("Shared.Facts.Politician");
            Call<bool>(checks, "SharedParty").ShouldBeTrue();
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void An_app_looks_any_fact_up_across_its_libraries_in_one_index()
    {
        var shared = Build(Library("Shared", SharedFacts));
        var topic = Build(Library("Topic", TopicFacts, new[] { shared.Reference }));
        const string appCode = """
            namespace App
            {
                public static class Checks
                {
                    public static string[] Everything() => System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(App.Facts.FactCatalog.WithReferences, f => f.Id));
                    public static bool Finds(string id) => App.Facts.FactCatalog.WithReferences.TryGet(id, out var fact)
                        && object.ReferenceEquals(fact, Shared.Facts.FactCatalog.TryGet(id, out var s) ? s : Topic.Facts.FactCatalog.TryGet(id, out var t) ? t : null);
                }
            }
            """;
        var app = Build(Library("App", "places:\n  - id: app-home\n    name: Home\n    within: washington\n", new[] { shared.Reference, topic.Reference }, appCode));

        var context = new AssemblyLoadContext("app", isCollectible: true);
        try
        {
            context.LoadFromStream(new MemoryStream(shared.Image));
            context.LoadFromStream(new MemoryStream(topic.Image));
            var checks = context.LoadFromStream(new MemoryStream(app.Image)).GetType("App.Checks")!;

            Call<string[]>(checks, "Everything").ShouldBe(new[] { "app-home", "biden-visit", "democratic-party", "joe-biden", "kamala-harris", "washington" });
            foreach (string id in new[] { "joe-biden", "biden-visit", "kamala-harris" })
                checks.GetMethod("Finds")!.Invoke(null, new object[] { id }).ShouldBe(true, id);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Ids_references_and_kinds_are_checked_across_the_boundary()
    {
        var shared = Build(Library("Shared", SharedFacts));
        const string facts = """
            kinds:
              - id: senator
                extends: politician
            actors:
              - id: joe-biden
                kind: person
                name: Another Joe Biden
            events:
              - id: visit
                title: A visit
                places: [joe-biden]
                participants: [{ actor: joe-bidden }]
            """;

        var result = Library("Topic", facts, new[] { shared.Reference }).Run();

        var reported = result.Diagnostics.Where(d => d.Id != "FM3003").Select(d => (d.Id, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, Message: d.GetMessage()))
            .OrderBy(d => d.Line).ToList();
        reported.Select(d => (d.Id, d.Line)).ShouldBe(new[] { ("FM1010", 3), ("FM1005", 5), ("FM2002", 11), ("FM2001", 12) });
        reported[0].Message.ShouldContain("declared by the referenced fact model Shared");
        reported[1].Message.ShouldBe("The id 'joe-biden' is already used by the fact at Shared (a referenced fact model); ids must be unique across all fact files");
        reported[2].Message.ShouldBe("Fact 'visit': 'places' must refer to a place, but 'joe-biden' is an actor");
        reported[3].Message.ShouldContain("(did you mean 'joe-biden'?)");
    }

    [Fact]
    public void A_csharp_edit_reads_no_referenced_model_again()
    {
        var shared = Build(Library("Shared", SharedFacts));
        var topic = Library("Topic", TopicFacts, new[] { shared.Reference });
        topic.Run();

        topic.ReplaceUserCode("namespace User { public static class Edited { } }");
        var result = topic.Run();

        foreach (string step in new[] { TrackingNames.ReferencedModels, TrackingNames.ProjectKinds, TrackingNames.IdRules, TrackingNames.ParsedFactFiles })
            result.TrackedSteps[step].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached, step);
    }

    [Fact]
    public void A_library_without_a_model_and_an_internal_model_publish_nothing()
    {
        var plain = Build(new GeneratorHarness(Array.Empty<InputText>(), assemblyName: "Plain"));
        var hidden = Build(new GeneratorHarness(new[] { InputText.Facts("facts/facts.yaml", SharedFacts) },
            globalOptions: new Dictionary<string, string> { ["RootNamespace"] = "Hidden", ["FactModelVisibility"] = "internal" }, assemblyName: "Hidden"));

        var result = Library("Topic", "events:\n  - id: visit\n    title: A visit\n", new[] { plain.Reference, hidden.Reference }).Run();

        result.TrackedSteps[TrackingNames.ReferencedModels].SelectMany(s => s.Outputs).ShouldAllBe(o => ((FactModel.Core.Model.ReferencedModels)o.Value).Models.IsEmpty);
    }

    private static T Call<T>(Type type, string method) => (T)type.GetMethod(method)!.Invoke(null, null)!;
}
