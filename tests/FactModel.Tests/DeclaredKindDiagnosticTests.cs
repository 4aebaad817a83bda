using FactModel.Core;
using FactModel.Validation;

namespace FactModel.Tests;

/// <summary>
/// Every case of FM1010 (an invalid kind declaration), each at the line to fix, and the checks facts of declared kinds
/// get: FM1002, FM1003, FM1004, FM2001 and FM2002, with the same ids as the built-in kinds. Through the one front door
/// (<see cref="FactSetAnalysis.Analyze"/>) every front end uses.
/// </summary>
public class DeclaredKindDiagnosticTests
{
    private static IReadOnlyList<FactDiagnostic> Analyze(params (string Path, string Yaml)[] files) =>
        FactSetAnalysis.Analyze(files.Select(f => new InputText(f.Path, f.Yaml)), null, cancellationToken: TestContext.Current.CancellationToken).Diagnostics;

    private static (string Id, int Line)[] IdsAndLines(IEnumerable<FactDiagnostic> diagnostics) =>
        diagnostics.Where(d => d.Id != "FM3003").Select(d => (d.Id, d.Span.StartLine + 1)).ToArray(); // spans count lines from 0

    public static TheoryData<string, string, int, string> InvalidDeclarations => new()
    {
        { "unknown field type", "kinds:\n  - id: report\n    section: reports\n    fields:\n      - { key: attack, type: evnt }\n", 5, "did you mean 'event'?" },
        { "unknown extends", "kinds:\n  - id: politician\n    extends: persn\n", 3, "did you mean 'person'?" },
        { "duplicate field key", "kinds:\n  - id: report\n    section: reports\n    fields:\n      - { key: killed, type: number }\n      - { key: killed, type: quantity }\n", 6, "declared twice" },
        { "inherited key", "kinds:\n  - id: politician\n    extends: person\n    fields:\n      - { key: name, type: text }\n", 5, "already a key of the kinds this one extends" },
        { "word without values", "kinds:\n  - id: report\n    section: reports\n    fields:\n      - { key: weapon, type: word }\n", 5, "without 'values'" },
        { "built-in section", "kinds:\n  - id: report\n    section: events\n", 3, "is a built-in section" },
        { "reserved section", "kinds:\n  - id: report\n    section: version\n", 3, "or a reserved name" },
        { "another kind's section", "kinds:\n  - id: report\n    section: reports\n  - id: other-report\n    section: reports\n", 5, "already belongs to the kind 'report'" },
        { "kind id not kebab-case", "kinds:\n  - id: Casualty_Report\n    section: reports\n", 2, "'casualty-report'" },
        { "field key not kebab-case", "kinds:\n  - id: report\n    section: reports\n    fields:\n      - { key: killedCount, type: number }\n", 5, "not a valid key" },
        { "inheritance cycle", "kinds:\n  - id: first-kind\n    extends: second-kind\n  - id: second-kind\n    extends: first-kind\n", 3, "forms a cycle" },
        { "built-in kind's id", "kinds:\n  - id: person\n    extends: actor\n", 2, "is a built-in kind" },
        { "abstract base", "kinds:\n  - id: official\n    extends: actor\n", 3, "extend one of: person, organization, state, group" },
        { "no section", "kinds:\n  - id: report\n", 2, "needs the section" },
        { "values on a number", "kinds:\n  - id: report\n    section: reports\n    fields:\n      - { key: killed, type: number, values: [one, two] }\n", 5, "only a field of type 'word' has" },
        { "the kind key", "kinds:\n  - id: report\n    section: reports\n    fields:\n      - { key: kind, type: text }\n", 5, "'kind' names the kind of each fact" },
        { "an entry type", "kinds:\n  - id: report\n    section: reports\n    fields:\n      - { key: quoted, type: source }\n", 5, "only the built-in kinds use" },
        { "a section on an extension", "kinds:\n  - id: politician\n    extends: person\n    section: politicians\n", 4, "written in its base's section" },
    };

    [Theory]
    [MemberData(nameof(InvalidDeclarations))]
    public void An_invalid_declaration_is_FM1010_at_its_line(string @case, string yaml, int line, string words)
    {
        var diagnostics = Analyze(("kinds.yaml", yaml));

        var reported = diagnostics.ShouldHaveSingleItem(@case);
        (reported.Id, reported.Span.StartLine + 1).ShouldBe(("FM1010", line), @case);
        reported.Message.ShouldContain(words, Case.Sensitive, @case);
    }

    [Fact]
    public void A_kind_declared_in_two_files_is_FM1010_at_the_second_naming_the_first()
    {
        const string yaml = "kinds:\n  - id: report\n    section: reports\n";

        var diagnostics = Analyze(("a.yaml", yaml), ("b.yaml", yaml.Replace("reports", "other-reports")));

        var reported = diagnostics.ShouldHaveSingleItem();
        (reported.Id, reported.FilePath).ShouldBe(("FM1010", "b.yaml"));
        reported.Message.ShouldContain("already declared at a.yaml(2,9)");
    }

    [Fact]
    public void A_bad_declaration_hides_nothing_else_and_its_facts_are_skipped_quietly()
    {
        const string yaml = """
            kinds:
              - id: report
                section: reports
                fields:
                  - { key: count, type: number }
                  - { key: severity, type: word }
              - id: broken
                extends: nothing-at-all
            reports:
              - id: a-report
                count: 3
            actors:
              - id: someone
                kind: broken
                name: Someone
              - id: hamas
                kind: organization
                name: Hamas
            """;

        var analysis = FactSetAnalysis.Analyze(new[] { new InputText("facts.yaml", yaml) }, null, cancellationToken: TestContext.Current.CancellationToken);

        // The field without values and the kind with an unknown base are reported; the kind 'report' and its other
        // field are kept, its fact parsed; the fact of the broken kind is left out without a second error.
        IdsAndLines(analysis.Diagnostics).ShouldBe(new[] { ("FM1010", 6), ("FM1010", 8) });
        analysis.Files[0].Facts.Select(f => (f.Id, f.Declaration.Id)).ShouldBe(new[] { ("hamas", "organization"), ("a-report", "report") });
        analysis.Kinds.Catalog["report"].Fields.Select(f => f.Key).ShouldBe(new[] { "count" });
    }

    [Fact]
    public void Facts_of_declared_kinds_get_the_ids_of_the_built_in_kinds_at_their_lines()
    {
        const string yaml = """
            kinds:
              - id: casualty-report
                section: casualty-reports
                fields:
                  - { key: attack, type: event, required: true }
                  - { key: killed, type: quantity }
                  - { key: weapon, type: word, values: [air-strike, rocket] }
                  - { key: reported-by, type: actor }
              - id: politician
                extends: person
                fields:
                  - { key: party, type: organization }
            events:
              - id: strike
                title: A strike
            actors:
              - id: mikati
                kind: politician
                name: Najib Mikati
                party: strike
                colour: red
            casualty-reports:
              - id: no-attack
                killed: 3
              - id: bad-values
                attack: strike
                killed: lots
                weapon: catapult
              - id: bad-references
                attack: strke
                reported-by: strike
            """;

        var diagnostics = Analyze(("facts.yaml", yaml));

        IdsAndLines(diagnostics).OrderBy(d => d.Line).ShouldBe(new[]
        {
            ("FM2002", 20), // party: strike is an event, not an organization
            ("FM1002", 21), // colour: no such key for a politician
            ("FM1003", 23), // attack is required
            ("FM1004", 27), // killed: lots
            ("FM1004", 28), // weapon: catapult
            ("FM2001", 30), // attack: strke (did you mean 'strike'?)
            ("FM2002", 31), // reported-by: strike is an event, not an actor
        });
    }

    [Fact]
    public void A_fact_may_not_take_the_name_of_a_declared_sections_class()
    {
        const string yaml = "kinds:\n  - id: report\n    section: reports\nreports:\n  - id: reports\n";

        var reported = Analyze(("facts.yaml", yaml)).Where(d => d.Id != "FM3003").ShouldHaveSingleItem();

        (reported.Id, reported.Span.StartLine + 1).ShouldBe(("FM1007", 5));
    }

    [Fact]
    public void A_reference_to_a_declared_kind_accepts_its_facts_and_those_of_kinds_extending_it_only()
    {
        const string yaml = """
            kinds:
              - id: politician
                extends: person
                fields:
                  - { key: allies, type: politician, list: true }
            actors:
              - id: mikati
                kind: politician
                name: Najib Mikati
                allies: [berri, blinken]
              - id: berri
                kind: politician
                name: Nabih Berri
              - id: blinken
                kind: person
                name: Antony Blinken
            """;

        var reported = Analyze(("facts.yaml", yaml)).Where(d => d.Id != "FM3003").ShouldHaveSingleItem();

        (reported.Id, reported.Span.StartLine + 1).ShouldBe(("FM2002", 10));
        reported.Message.ShouldBe("Fact 'mikati': 'allies' must refer to a politician, but 'blinken' is a person");
    }
}
