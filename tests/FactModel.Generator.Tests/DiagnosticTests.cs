using FactModel.Validation;
using FactModel.Generator.Diagnostics;
using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactModel.Generator.Tests;

/// <summary>One test per diagnostic: its id, severity, line and column (one-based, as MSBuild prints them) and message.</summary>
public class DiagnosticTests
{
    private const string Doc = "doc";
    private const string DocText = "Hamas leader Yahya Sinwar was killed. Around 100 of the captives are still held.";

    private static Diagnostic Single(string yaml, string id, params InputText[] more)
    {
        var inputs = new[] { InputText.Facts("facts/test.yaml", yaml), InputText.Document(Doc, DocText) }.Concat(more);
        var harness = new GeneratorHarness(inputs);
        var result = harness.Run();
        var matching = result.Diagnostics.Where(d => d.Id == id).ToList();
        matching.Count.ShouldBe(1, Snapshots.Describe(result.Diagnostics));
        // A broken fact file never breaks the C# build of the rest of the model.
        harness.CompilationDiagnostics().ShouldBeEmpty(Snapshots.Describe(harness.CompilationDiagnostics()));
        return matching[0];
    }

    private static void ShouldBeAt(Diagnostic diagnostic, int line, int column, string path = "/project/facts/test.yaml")
    {
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe(path);
        (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1).ShouldBe((line, column));
    }

    [Fact]
    public void FM1001_malformed_yaml_points_at_the_broken_line()
    {
        var d = Single("actors:\n  - id: hamas\n    kind: [group\n", "FM1001");

        d.Severity.ShouldBe(DiagnosticSeverity.Error);
        // At the bracket that is never closed, not at the end of the file where the YAML reader noticed.
        ShouldBeAt(d, 3, 11);
        d.GetMessage().ShouldStartWith("The list that opens with '[' here is never closed");
    }

    [Fact]
    public void FM1001_a_key_twice_in_one_mapping_is_an_error_not_last_wins()
    {
        var d = Single("actors:\n  - id: hamas\n    kind: group\n    name: Hamas\n    name: Hezbollah\n", "FM1001");

        ShouldBeAt(d, 5, 5);
        d.GetMessage().ShouldContain("'name' appears twice");
    }

    [Fact]
    public void FM1002_unknown_key_suggests_the_nearest_one()
    {
        var d = Single("actors:\n  - id: hamas\n    kind: group\n    nmae: Hamas\n", "FM1002");

        ShouldBeAt(d, 4, 5);
        d.GetMessage().ShouldContain("Fact 'hamas': unknown key 'nmae' (did you mean 'name'?)");
    }

    [Fact]
    public void FM1002_keys_of_a_source_not_indented_under_it_are_one_diagnostic_that_says_so()
    {
        var d = Single("actors:\n  - id: hamas\n    kind: group\n    name: Hamas\n    source:\n    document: doc\n    quote: Hamas leader\n", "FM1002");

        ShouldBeAt(d, 6, 5);
        d.GetMessage().ShouldStartWith("Fact 'hamas': unknown key 'document' (did you mean to indent 'document' and 'quote' under 'source'?); the keys allowed here are: ");
    }

    [Fact]
    public void FM1003_required_key_missing_names_the_key_and_the_fact()
    {
        var d = Single("places:\n  - id: gaza\n    kind: territory\n", "FM1003");

        ShouldBeAt(d, 2, 5);
        d.GetMessage().ShouldBe("Fact 'gaza': required key 'name' is missing");
    }

    [Theory]
    [InlineData("events:\n  - id: e\n    title: E\n    date: 2024-13-01\n", 4, 11, "'2024-13-01' is not a valid date")]
    [InlineData("figures:\n  - id: f\n    measure: people killed\n    value: 1,200\n", 4, 12, "'1,200' is not a valid value")]
    [InlineData("actors:\n  - id: a\n    kind: guild\n    name: A\n", 3, 11, "'guild' is not a valid kind; use one of: person, organization, state, group")]
    [InlineData("figures:\n  - id: f\n    measure: m\n    value: 3\n    qualifier: circa\n", 5, 16, "'circa' is not a valid qualifier")]
    public void FM1004_invalid_value_lists_the_accepted_forms(string yaml, int line, int column, string message)
    {
        var d = Single(yaml, "FM1004");

        ShouldBeAt(d, line, column);
        d.GetMessage().ShouldContain(message);
    }

    [Fact]
    public void FM1005_duplicate_id_across_files_points_at_both()
    {
        var other = InputText.Facts("facts/other.yaml", "actors:\n  - id: hamas\n    kind: group\n    name: Hamas again\n");
        var d = Single("actors:\n  - id: hamas\n    kind: group\n    name: Hamas\n", "FM1005", other);

        ShouldBeAt(d, 2, 9, "/project/facts/test.yaml");
        d.GetMessage().ShouldContain("already used by the fact at /project/facts/other.yaml(2,9)");
        var first = d.AdditionalLocations.Single().GetLineSpan();
        (first.Path, first.StartLinePosition.Line + 1, first.StartLinePosition.Character + 1).ShouldBe(("/project/facts/other.yaml", 2, 9));
    }

    [Fact]
    public void FM1006_id_not_in_kebab_case_suggests_one()
    {
        var d = Single("actors:\n  - id: Yahya_Sinwar\n    kind: person\n    name: Yahya Sinwar\n", "FM1006");

        ShouldBeAt(d, 2, 9);
        d.GetMessage().ShouldContain("such as 'yahya-sinwar'");
    }

    [Fact]
    public void FM1007_id_that_gives_a_generated_member_name()
    {
        var d = Single("actors:\n  - id: try-get\n    kind: group\n    name: X\n", "FM1007");

        ShouldBeAt(d, 2, 9);
        d.GetMessage().ShouldContain("'TryGet'");
    }

    [Fact]
    public void FM1007_two_ids_that_give_the_same_csharp_name()
    {
        var d = Single("actors:\n  - id: october-7\n    kind: group\n    name: X\n  - id: october7\n    kind: group\n    name: Y\n", "FM1007");

        ShouldBeAt(d, 5, 9);
    }

    [Fact]
    public void FM1008_alias_bomb_is_stopped_with_the_limit()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
        var d = Single(yaml, "FM1008");

        d.GetMessage().ShouldContain("FactModelMaxAliasExpansion");
    }

    [Fact]
    public void FM2001_unresolved_reference_suggests_the_nearest_id()
    {
        var d = Single("actors:\n  - id: hamas\n    kind: group\n    name: Hamas\n  - id: yahya-sinwar\n    kind: person\n    name: Yahya Sinwar\n    roles:\n      - { title: leader, of: hammas }\n", "FM2001");

        ShouldBeAt(d, 9, 30);
        d.GetMessage().ShouldBe("Fact 'yahya-sinwar': 'of' refers to 'hammas', but no fact has that id (did you mean 'hamas'?)");
    }

    [Fact]
    public void FM2002_reference_to_the_wrong_kind_of_fact()
    {
        var d = Single("events:\n  - id: visit\n    title: Visit\nfigures:\n  - id: f\n    measure: m\n    value: 2\n    of: visit\n", "FM2002");

        ShouldBeAt(d, 8, 9);
        d.GetMessage().ShouldContain("'of' must refer to a figure or an actor, but 'visit' is an event");
    }

    [Fact]
    public void FM2003_cycle_in_within()
    {
        var d = Single("places:\n  - id: a\n    name: A\n    within: b\n  - id: b\n    name: B\n    within: a\n", "FM2003");

        ShouldBeAt(d, 7, 13);
        d.GetMessage().ShouldContain("a -> b -> a");
    }

    [Fact]
    public void FM2003_an_actor_led_by_itself()
    {
        var d = Single("actors:\n  - id: hamas\n    kind: organization\n    name: Hamas\n    led-by: hamas\n", "FM2003");

        ShouldBeAt(d, 5, 13);
        d.GetMessage().ShouldBe("Fact 'hamas': 'led-by' forms a cycle: hamas -> hamas");
    }

    [Fact]
    public void FM2003_two_actors_each_led_by_the_other()
    {
        var d = Single("actors:\n  - id: a\n    kind: organization\n    name: A\n    led-by: b\n  - id: b\n    kind: person\n    name: B\n    led-by: a\n", "FM2003");

        ShouldBeAt(d, 9, 13);
        d.GetMessage().ShouldContain("'led-by' forms a cycle: a -> b -> a");
    }

    [Fact]
    public void FM2003_a_role_of_oneself()
    {
        var d = Single("actors:\n  - id: sinwar\n    kind: person\n    name: Sinwar\n    roles:\n      - { title: leader, of: sinwar }\n", "FM2003");

        ShouldBeAt(d, 6, 30);
        d.GetMessage().ShouldBe("Fact 'sinwar': 'of' forms a cycle: sinwar -> sinwar");
    }

    [Fact]
    public void Two_actors_may_each_hold_a_role_of_the_other()
    {
        // Allies, or two bodies each a member of the other: a mutual role is no contradiction (docs/diagnostics.md, FM2003).
        var harness = new GeneratorHarness(new[] { InputText.Facts("facts/actors.yaml",
            "actors:\n  - id: hamas\n    kind: group\n    name: Hamas\n    roles:\n      - { title: ally, of: hezbollah }\n"
            + "  - id: hezbollah\n    kind: group\n    name: Hezbollah\n    roles:\n      - { title: ally, of: hamas }\n") });

        var result = harness.Run();

        result.Diagnostics.Where(d => d.Id == "FM2003").ShouldBeEmpty();
    }

    [Fact]
    public void FM2004_event_after_one_dated_later()
    {
        var d = Single("events:\n  - id: a\n    title: A\n    date: 2024-08\n    after: b\n  - id: b\n    title: B\n    date: 2024-10-22\n", "FM2004");

        ShouldBeAt(d, 5, 12);
        d.GetMessage().ShouldContain("comes after 'b', dated 2024-10-22");
    }

    [Fact]
    public void FM2004_a_role_used_after_its_until()
    {
        var d = Single("actors:\n  - id: hamas\n    kind: organization\n    name: Hamas\n  - id: sinwar\n    kind: person\n    name: Sinwar\n"
            + "    roles:\n      - { title: leader, of: hamas, until: 2024-10 }\nevents:\n  - id: talks\n    title: Talks\n    date: 2024-12\n"
            + "    participants:\n      - { actor: sinwar, role: leader }\n", "FM2004");

        ShouldBeAt(d, 15, 18);
        d.GetMessage().ShouldBe("Fact 'talks': 'sinwar' takes part as 'leader' in an event dated 2024-12, but that role of 'hamas' ended in 2024-10");
    }

    [Fact]
    public void FM2004_a_role_that_ends_before_it_starts()
    {
        var d = Single("actors:\n  - id: hamas\n    kind: organization\n    name: Hamas\n  - id: sinwar\n    kind: person\n    name: Sinwar\n"
            + "    roles:\n      - { title: leader, of: hamas, from: 2017, until: 2016 }\n", "FM2004");

        ShouldBeAt(d, 9, 9);
        d.GetMessage().ShouldContain("its role 'leader' of 'hamas' ends (2016) before it starts (2017)");
    }

    [Fact]
    public void FM2005_a_part_larger_than_its_whole_judged_with_the_qualifiers_bounds()
    {
        var d = Single("figures:\n  - id: taken\n    measure: hostages taken\n    value: 250\n  - id: held\n    measure: still held\n    value: 300\n    qualifier: over\n    of: taken\n", "FM2005");

        ShouldBeAt(d, 7, 12);
        d.GetMessage().ShouldContain("larger than the whole");
    }

    [Fact]
    public void FM2005_a_percentage_over_100()
    {
        var d = Single("figures:\n  - id: pop\n    measure: population\n    value: 100\n  - id: most\n    measure: displaced\n    share: 120%\n    of: pop\n", "FM2005");

        ShouldBeAt(d, 7, 12);
    }

    [Fact]
    public void FM2005_applies_only_where_the_whole_has_a_value()
    {
        var result = new GeneratorHarness(new[]
        {
            InputText.Facts("facts/test.yaml", "actors:\n  - id: commanders\n    kind: group\n    description: his senior commanders\n"
                + "figures:\n  - id: uncounted\n    measure: m\n    value: unknown\n"
                + "  - id: of-a-group\n    measure: killed\n    share: most\n    of: commanders\n"
                + "  - id: of-words\n    measure: killed\n    share: 1/3\n    of: the officers of the unit\n"
                + "  - id: of-unknown\n    measure: killed\n    value: 5\n    qualifier: over\n    of: uncounted\n"
                + "  - id: too-many\n    measure: killed\n    share: 120%\n    of: commanders\n"),
        }).Run();

        // Only the share outside 0% to 100% is wrong: nothing else has a whole with a value to check against.
        var arithmetic = result.Diagnostics.Where(d => d.Id.StartsWith("FM2", StringComparison.Ordinal)).ShouldHaveSingleItem(Snapshots.Describe(result.Diagnostics));
        arithmetic.Id.ShouldBe("FM2005");
        ShouldBeAt(arithmetic, 24, 12);
    }

    private const string TwoSources = "actors:\n  - id: ministry\n    kind: organization\n    name: Ministry\n  - id: army\n    kind: organization\n    name: Army\n";

    [Fact]
    public void FM2006_two_sources_that_cannot_both_hold_on_the_same_date()
    {
        var d = Single(TwoSources + "figures:\n  - id: toll\n    measure: people killed\n    values:\n"
            + "      - { value: 42000, qualifier: over, as-of: 2024-10-22, according-to: ministry }\n"
            + "      - { value: 40000, qualifier: under, as-of: 2024-10-22, according-to: army }\n", "FM2006");

        d.Severity.ShouldBe(DiagnosticSeverity.Warning);
        ShouldBeAt(d, 13, 18);
        d.GetMessage().ShouldBe("Fact 'toll': the value under 40,000 as of 2024-10-22 according to 'army' and the value over 42,000 as of "
            + "2024-10-22 according to 'ministry' cannot both hold on 2024-10-22; if the sources disagree, mark the figure 'certainty: disputed', "
            + "else correct the value");
    }

    [Fact]
    public void FM2006_documents_without_according_to_are_the_sources()
    {
        var d = Single("figures:\n  - id: toll\n    measure: people killed\n    values:\n"
            + "      - { value: 100, as-of: 2024-10, source: { document: doc, quote: \"Around 100\" } }\n"
            + "      - { value: 300, as-of: 2024-10, source: { document: other, quote: \"Around 100\" } }\n", "FM2006",
            InputText.Document("other", DocText));

        ShouldBeAt(d, 6, 18);
        d.GetMessage().ShouldContain("the value 300 as of 2024-10 in 'other' and the value 100 as of 2024-10 in 'doc' cannot both hold");
    }

    [Theory]
    [InlineData("    certainty: disputed\n", "40000", "under")]   // the sources disagree, and the figure says so
    [InlineData("", "43000", "around")]                             // around 43,000 overlaps over 42,000: they agree
    public void FM2006_is_not_reported_when_the_figure_is_disputed_or_the_values_overlap(string certainty, string other, string qualifier)
    {
        var result = new GeneratorHarness(new[]
        {
            InputText.Facts("facts/test.yaml", TwoSources + "figures:\n  - id: toll\n    measure: people killed\n" + certainty + "    values:\n"
                + "      - { value: 42000, qualifier: over, as-of: 2024-10-22, according-to: ministry }\n"
                + $"      - {{ value: {other}, qualifier: {qualifier}, as-of: 2024-10-22, according-to: army }}\n"),
        }).Run();

        result.Diagnostics.Where(d => d.Id.StartsWith("FM2", StringComparison.Ordinal)).ShouldBeEmpty(Snapshots.Describe(result.Diagnostics));
    }

    [Fact]
    public void FM2007_a_cumulative_figure_that_goes_down()
    {
        var d = Single(TwoSources + "figures:\n  - id: toll\n    measure: people killed\n    kind: cumulative\n    values:\n"
            + "      - { value: 43000, qualifier: over, as-of: 2024-11-20, according-to: ministry }\n"
            + "      - { value: 42000, qualifier: over, as-of: 2024-10-22, according-to: ministry }\n"
            + "      - { value: 41000, qualifier: under, as-of: 2024-12-01, according-to: ministry }\n", "FM2007");

        d.Severity.ShouldBe(DiagnosticSeverity.Warning);
        ShouldBeAt(d, 15, 18);
        d.GetMessage().ShouldBe("Fact 'toll': the value under 41,000 as of 2024-12-01 according to 'ministry' is lower than the value over "
            + "43,000 as of 2024-11-20 according to 'ministry', but a cumulative figure never goes down; correct the value, or give the "
            + "figure another kind if it can go down");
    }

    [Fact]
    public void FM2007_is_not_reported_for_a_count_that_may_go_down()
    {
        var result = new GeneratorHarness(new[]
        {
            InputText.Facts("facts/test.yaml", "figures:\n  - id: held\n    measure: hostages still held\n    values:\n"
                + "      - { value: 250, as-of: 2023-10-07 }\n      - { value: 100, qualifier: around, as-of: 2024-10-22 }\n"),
        }).Run();

        result.Diagnostics.Where(d => d.Id.StartsWith("FM2", StringComparison.Ordinal)).ShouldBeEmpty(Snapshots.Describe(result.Diagnostics));
    }

    [Fact]
    public void FM1004_a_single_value_key_beside_values()
    {
        var d = Single("figures:\n  - id: toll\n    measure: people killed\n    as-of: 2024-10-22\n    values:\n      - { value: 42000 }\n", "FM1004");

        ShouldBeAt(d, 4, 12);
        d.GetMessage().ShouldContain("write 'as-of' in each entry of 'values'");
    }

    [Fact]
    public void FM1004_precision_with_a_qualifier()
    {
        var d = Single("figures:\n  - id: toll\n    measure: people killed\n    value: 42000\n    qualifier: over\n    precision: rounded\n", "FM1004");

        ShouldBeAt(d, 6, 16);
        d.GetMessage().ShouldContain("'precision' applies to a number without a qualifier");
    }

    [Fact]
    public void FM3001_quote_not_in_its_document()
    {
        var d = Single("actors:\n  - id: sinwar\n    kind: person\n    name: Yahya Sinwar\n    source: { document: doc, quote: \"Hamas leader Yahya Sinwar was arrested\" }\n", "FM3001");

        ShouldBeAt(d, 5, 37);
        d.GetMessage().ShouldBe("Fact 'sinwar': the quote \"Hamas leader Yahya Sinwar was arrested\" is not in the document 'doc'; the closest passage is \"Hamas leader Yahya Sinwar was killed\" (line 1)");
    }

    private const string Report = "The talks went nowhere on Monday.\n\nLate on Tuesday, Qatar and Egypt brokered a deal,\nofficials said.\n";

    [Fact]
    public void FM3001_shows_the_closest_passage_and_its_line()
    {
        var d = Single("events:\n  - id: deal\n    title: Deal\n    source: { document: report, quote: \"brokered an agreement\" }\n", "FM3001", InputText.Document("report", Report));

        d.GetMessage().ShouldBe("Fact 'deal': the quote \"brokered an agreement\" is not in the document 'report'; the closest passage is \"brokered a deal\" (line 3)");
    }

    [Fact]
    public void FM3001_closest_passage_ignores_case_and_punctuation_and_forgives_a_typo_across_lines()
    {
        var d = Single("events:\n  - id: deal\n    title: Deal\n    source: { document: report, quote: \"qatar and egypt brokerd a deal officials said\" }\n", "FM3001", InputText.Document("report", Report));

        d.GetMessage().ShouldEndWith("; the closest passage is \"Qatar and Egypt brokered a deal, officials said\" (line 3)");
    }

    [Fact]
    public void FM3001_shows_no_passage_when_none_shares_enough_words()
    {
        var d = Single("events:\n  - id: deal\n    title: Deal\n    source: { document: report, quote: \"ceasefire collapsed overnight in the north\" }\n", "FM3001", InputText.Document("report", Report));

        d.GetMessage().ShouldBe("Fact 'deal': the quote \"ceasefire collapsed overnight in the north\" is not in the document 'report'");
    }

    [Fact]
    public void FM3001_accepts_typographic_quotes_and_line_breaks_written_plainly()
    {
        var result = new GeneratorHarness(new[]
        {
            InputText.Facts("facts/test.yaml", "actors:\n  - id: x\n    kind: group\n    name: X\n    source: { document: d, quote: \"the country's most populated areas\" }\n"),
            InputText.Document("d", "setting off air raid sirens in the\ncountry\u2019s most  populated areas"),
        }).Run();

        result.Diagnostics.ShouldBeEmpty(Snapshots.Describe(result.Diagnostics));
    }

    [Fact]
    public void FM3002_unknown_source_document()
    {
        var d = Single("actors:\n  - id: x\n    kind: group\n    name: X\n    source: { document: dco, quote: \"Hamas\" }\n", "FM3002");

        ShouldBeAt(d, 5, 25);
        d.GetMessage().ShouldContain("no source document is named 'dco' (did you mean 'doc'?)");
    }

    [Fact]
    public void FM3003_fact_without_a_source_is_a_warning()
    {
        var d = Single("actors:\n  - id: x\n    kind: group\n    name: X\n", "FM3003");

        d.Severity.ShouldBe(DiagnosticSeverity.Warning);
        ShouldBeAt(d, 2, 9);
    }

    [Fact]
    public void FM9001_a_file_that_cannot_be_read_is_an_internal_error_not_a_crash()
    {
        var harness = new GeneratorHarness(new[]
        {
            InputText.Facts("facts/gone.yaml", "") with { Unreadable = true },
            InputText.Facts("facts/fine.yaml", "places:\n  - id: gaza\n    name: Gaza\n"),
        });

        var result = harness.Run();

        var d = result.Diagnostics.Single(d => d.Id == "FM9001");
        d.Severity.ShouldBe(DiagnosticSeverity.Error);
        d.Location.GetLineSpan().Path.ShouldBe("/project/facts/gone.yaml");
        d.GetMessage().ShouldBe("FactModel failed on '/project/facts/gone.yaml' with a read error: IOException: The file '/project/facts/gone.yaml' was deleted while the IDE was reading it.; please report this with the file");
        result.HasBlockOf("facts/fine.yaml").ShouldBeTrue();
        harness.CompilationDiagnostics().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("none", null)]
    [InlineData("default", DiagnosticSeverity.Warning)]
    public void The_severity_of_an_id_is_set_per_fact_file_in_editorconfig(string value, DiagnosticSeverity? expected)
    {
        var strict = new Dictionary<string, string> { ["factmodel_diagnostic.FM3003.severity"] = value };
        var result = new GeneratorHarness(new[]
        {
            InputText.Facts("facts/strict.yaml", "places:\n  - id: a\n    name: A\n") with { EditorConfig = strict },
            InputText.Facts("facts/lenient.yaml", "places:\n  - id: b\n    name: B\n"),
        }).Run();

        var strictDiagnostic = result.Diagnostics.SingleOrDefault(d => d.Id == "FM3003" && d.Location.GetLineSpan().Path.EndsWith("strict.yaml", StringComparison.Ordinal));
        strictDiagnostic?.Severity.ShouldBe(expected!.Value);
        (strictDiagnostic is null).ShouldBe(expected is null);
        // Another file keeps the default.
        result.Diagnostics.Single(d => d.Id == "FM3003" && d.Location.GetLineSpan().Path.EndsWith("lenient.yaml", StringComparison.Ordinal))
            .Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Every_error_of_a_build_is_reported_and_the_other_files_still_generate()
    {
        var harness = new GeneratorHarness(new[]
        {
            InputText.Facts("facts/broken.yaml", "actors:\n  - id: a\n    kind: person\n    nmae: A\n  - id: b\n    kind: group\n    name: B\n    part-of: nowhere\n"),
            InputText.Facts("facts/fine.yaml", "places:\n  - id: gaza\n    name: Gaza\n"),
        });

        var result = harness.Run();

        result.Diagnostics.Select(d => d.Id).Where(id => id != "FM3003").Order().ShouldBe(new[] { "FM1002", "FM1003", "FM2001" });
        result.HasBlockOf("facts/fine.yaml").ShouldBeTrue();
        harness.CompilationDiagnostics().ShouldBeEmpty();
    }

    [Fact]
    public void Roslyn_descriptors_agree_with_the_shared_catalogue()
    {
        DiagnosticDescriptors.ById.Keys.Order().ShouldBe(DiagnosticCatalog.All.Select(d => d.Id));
        foreach (var info in DiagnosticCatalog.All)
        {
            var descriptor = DiagnosticDescriptors.ById[info.Id];
            descriptor.Category.ShouldBe(info.Category);
            descriptor.DefaultSeverity.ToString().ShouldBe(info.Severity.ToString());
            descriptor.Title.ToString().ShouldBe(info.Title);
            descriptor.HelpLinkUri.ShouldBe(info.HelpLink);
        }
    }

    [Fact]
    public void Every_help_link_comes_from_the_project_url_and_lands_on_its_section_of_diagnostics_md()
    {
        string props = File.ReadAllText(RepositoryFiles.Path("Directory.Build.props"));
        string projectUrl = System.Text.RegularExpressions.Regex.Match(props, "<PackageProjectUrl>([^<]+)</PackageProjectUrl>").Groups[1].Value;
        projectUrl.ShouldStartWith("https://");
        // GitHub makes each heading an anchor: "## FM1001" becomes "#fm1001".
        var anchors = File.ReadAllLines(RepositoryFiles.Path("docs/diagnostics.md"))
            .Where(line => line.StartsWith("## ", StringComparison.Ordinal)).Select(line => "#" + line.Substring(3).Trim().ToLowerInvariant()).ToHashSet();
        foreach (var info in DiagnosticCatalog.All)
        {
            info.HelpLink.ShouldStartWith(projectUrl + "/blob/main/docs/diagnostics.md#");
            anchors.ShouldContain(info.HelpLink.Substring(info.HelpLink.IndexOf('#', StringComparison.Ordinal)), info.Id);
        }
    }

    [Fact]
    public void Every_id_is_tracked_in_the_analyzer_release_files_and_documented()
    {
        string releases = File.ReadAllText(RepositoryFiles.Path("src/FactModel.Generator/AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(RepositoryFiles.Path("src/FactModel.Generator/AnalyzerReleases.Unshipped.md"));
        string docs = File.ReadAllText(RepositoryFiles.Path("docs/diagnostics.md"));
        foreach (var info in DiagnosticCatalog.All)
        {
            releases.ShouldContain($"{info.Id} | {info.Category} | {info.Severity} |");
            docs.ShouldContain($"## {info.Id}");
        }
    }
}
