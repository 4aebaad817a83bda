using FactModel.Core.Kinds;
using FactModel.Core.Parsing;
using FactModel.Specs;

namespace FactModel.Tests;

/// <summary>The built-in kinds are declared in the same language a project declares its own in, and every stage reads them.</summary>
public class KindDeclarationTests
{
    [Fact]
    public void The_built_in_declarations_written_as_yaml_and_read_back_are_the_same_model()
    {
        string yaml = KindDeclarationWriter.Write(BuiltInKinds.All);

        var (kinds, diagnostics) = KindDeclarationReader.Read("kinds.yaml", yaml, cancellationToken: TestContext.Current.CancellationToken);

        diagnostics.ShouldBeEmpty(string.Join("\n", diagnostics));
        kinds.Count.ShouldBe(BuiltInKinds.All.Count);
        for (int i = 0; i < kinds.Count; i++) kinds[i].ShouldBe(BuiltInKinds.All[i], kinds[i].Id);
        kinds.ShouldBe(BuiltInKinds.All);
    }

    [Fact]
    public void A_declaration_of_a_project_kind_reads_its_types_and_options()
    {
        const string yaml = """
            kinds:
              - id: casualty-report
                section: casualty-reports
                description: "People killed or wounded in one attack, as one source reports it"
                fields:
                  - { key: attack, type: event, required: true }
                  - { key: killed, type: quantity }
                  - { key: reported-on, type: date }
                  - { key: weapon, type: word, values: [air-strike, rocket, drone, shelling] }
                  - { key: places, type: place, list: true }
                  - { key: verified, type: boolean }
                  - { key: sources, type: source, list: true }
            """;

        var (kinds, diagnostics) = KindDeclarationReader.Read("kinds.yaml", yaml, BuiltInKinds.All, TestContext.Current.CancellationToken);

        diagnostics.ShouldBeEmpty();
        var report = kinds.ShouldHaveSingleItem();
        report.Section.ShouldBe("casualty-reports");
        report.Fields.Select(f => (f.Key, f.Type, f.Kind)).ShouldBe(new (string, FieldType, string?)[]
        {
            ("attack", FieldType.Reference, "event"), ("killed", FieldType.Quantity, null), ("reported-on", FieldType.Date, null),
            ("weapon", FieldType.Word, null), ("places", FieldType.Reference, "place"), ("verified", FieldType.Boolean, null),
            ("sources", FieldType.Entry, "source"),
        });
        report.Fields[0].Required.ShouldBeTrue();
        report.Fields[3].Values.ShouldBe(new[] { "air-strike", "rocket", "drone", "shelling" });
        report.Fields[4].List.ShouldBeTrue();
    }

    [Fact]
    public void A_broken_declaration_is_reported_at_its_line()
    {
        const string yaml = "kinds:\n  - id: report\n    fields:\n      - { key: verified, type: boolean, list: maybe }\n      - { type: text }\n";

        var (_, diagnostics) = KindDeclarationReader.Read("kinds.yaml", yaml, BuiltInKinds.All, TestContext.Current.CancellationToken);

        diagnostics.Select(d => (d.Id, Line: d.Span.StartLine + 1)).ShouldBe(new[] { ("FM1004", 4), ("FM1003", 5) }); // spans count lines from 0
    }

    [Fact]
    public void The_parser_allows_exactly_the_declared_keys()
    {
        var kinds = BuiltInKinds.Catalog;

        FactFileParser.KnownKeys["figure"].ShouldBe(kinds.FieldsOf(BuiltInKinds.Figure).Select(f => f.Key));
        FactFileParser.KnownKeys["actor"].ShouldBe(new[] { "id", "source", "notes", "kind" }.Concat(BuiltInKinds.Actor.Fields.Select(f => f.Key)));
        FactFileParser.KnownKeys["file"].ShouldBe(new[] { "actors", "places", "events", "figures", "documents", "kinds" });
    }

    [Fact]
    public void A_person_is_an_actor_and_a_fact_and_inherits_their_fields()
    {
        var kinds = BuiltInKinds.Catalog;

        kinds.IsA(BuiltInKinds.Person, BuiltInKinds.Actor).ShouldBeTrue();
        kinds.IsA(BuiltInKinds.Person, BuiltInKinds.Fact).ShouldBeTrue();
        kinds.IsA(BuiltInKinds.Person, BuiltInKinds.Place).ShouldBeFalse();
        kinds.SectionOf(BuiltInKinds.Person).ShouldBe("actors");
        kinds.FieldsOf(BuiltInKinds.Person)[0].Key.ShouldBe("id");
        kinds.ConcreteKindsOf(BuiltInKinds.Actor).Select(k => k.Id).ShouldBe(new[] { "person", "organization", "state", "group" });
    }
}
