using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactModel.Generator.Tests;

/// <summary>
/// The README promises that the generated code compiles with C# 8 or later, holding its data as strings before C# 11
/// (a netstandard2.0 library sets LangVersion 8.0, as tests/FactModel.Package.Tests' transitive library does): the
/// shared library of a layout across assemblies may well be one. Both tests fail today (see each).
/// </summary>
public class CrossAssemblyLanguageVersionTests
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
        """;

    private static GeneratorHarness Library(string name, string facts, LanguageVersion version, params MetadataReference[] references) =>
        new(new[] { InputText.Facts("facts/facts.yaml", facts) }, "namespace User { }",
            new Dictionary<string, string> { ["RootNamespace"] = name }, languageVersion: version, references: references, assemblyName: name);

    /// <summary>
    /// Today the generator throws (KeyNotFoundException: 'politician', in KindCatalog.FieldsOf), which a real build
    /// reports as CS8785 with no generated code: before C# 11, the FM1009 estimate (StringLiteralBudget.BytesOf) writes
    /// each fact's data with the built-in kinds only, and a fact of a declared kind needs the project's. With that fixed
    /// (the project's KindCatalog passed to FactDataWriter.Write), C# 10 passes and C# 8 still fails: the checks class of
    /// Kinds.g.cs (DeclaredKindEmitter.EmitShared) uses <c>reference is not { IsEmpty: false } r</c> and
    /// <c>found is not T</c>, C# 9 patterns (CS8400).
    /// </summary>
    [Theory]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp10)]
    public void A_model_with_facts_of_a_declared_kind_builds_before_CSharp_11(LanguageVersion version)
    {
        var shared = Library("Shared", SharedFacts, version);

        shared.Run().Diagnostics.Where(d => d.Id != "FM3003").ShouldBeEmpty();

        shared.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(shared.CompilationDiagnostics()));
    }

    /// <summary>
    /// Today CS8400 in FactCatalog.g.cs: <c>FindReferenced</c> tests each referenced model's fact with
    /// <c>found0 is not null</c>, a C# 9 pattern.
    /// </summary>
    [Fact]
    public void A_model_that_refers_to_another_compiles_in_CSharp_8()
    {
        var sharedHarness = Library("Shared", "actors:\n  - id: joe-biden\n    kind: person\n    name: Joe Biden\n", LanguageVersion.CSharp8);
        sharedHarness.Run();
        var shared = MetadataReference.CreateFromImage(sharedHarness.EmitImage());
        var topic = Library("Topic", """
            events:
              - id: biden-visit
                title: Biden visits Israel
                participants: [{ actor: joe-biden, role: visitor }]
            """, LanguageVersion.CSharp8, shared);

        topic.Run().Diagnostics.Where(d => d.Id != "FM3003").ShouldBeEmpty();

        topic.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(topic.CompilationDiagnostics()));
    }
}
