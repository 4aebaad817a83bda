using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests;

/// <summary>
/// Two referenced models that do not reference each other, with one id: two topic libraries written apart (each
/// referencing the shared library, not the other) both define 'kamala-harris', and an app references both. Its fact
/// that refers to 'kamala-harris' means one of two different objects, and <c>FactCatalog.WithReferences</c> can hold
/// only one of them: the build must say so, as FM1005 does for two facts of one assembly.
/// </summary>
public class CrossAssemblyAmbiguityTests
{
    private static MetadataReference Build(string name, string facts, params MetadataReference[] references)
    {
        var harness = new GeneratorHarness(new[] { InputText.Facts("facts/facts.yaml", facts) }, "namespace User { }",
            new Dictionary<string, string> { ["RootNamespace"] = name }, references: references, assemblyName: name);
        harness.Run().Diagnostics.Where(d => d.Id != "FM3003").ShouldBeEmpty();
        return MetadataReference.CreateFromImage(harness.EmitImage());
    }

    [Fact]
    public void An_app_that_references_two_models_defining_one_id_is_told_so()
    {
        var shared = Build("Shared", "places:\n  - id: washington\n    name: Washington\n");
        var topicA = Build("TopicA", "actors:\n  - id: kamala-harris\n    kind: person\n    name: Kamala Harris\n", shared);
        var topicB = Build("TopicB", "actors:\n  - id: kamala-harris\n    kind: person\n    name: Kamala Harris\n", shared);
        const string appFacts = """
            events:
              - id: harris-briefing
                title: Harris briefs reporters
                places: [washington]
                participants: [{ actor: kamala-harris }]
            """;

        var result = new GeneratorHarness(new[] { InputText.Facts("facts/facts.yaml", appFacts) }, "namespace User { }",
            new Dictionary<string, string> { ["RootNamespace"] = "App" }, references: new[] { shared, topicA, topicB }, assemblyName: "App").Run();

        // FM1005, about the whole model (no file of the app defines either fact), naming both models; references
        // resolve to the first model by name, TopicA's.
        result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ShouldContain(d => d.GetMessage().Contains("kamala-harris") && d.GetMessage().Contains("TopicA") && d.GetMessage().Contains("TopicB"),
                Snapshots.Describe(result.Diagnostics));
    }
}
