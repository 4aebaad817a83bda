using FactModel.Core.Parsing;
using FactModel.Tests.Facts;
using FactModel.Validation;

namespace FactModel.Tests;

/// <summary>The runtime validator applies the build's rules, with the same ids and messages, to facts built in code.</summary>
public class RuntimeValidatorTests
{
    private static SourceDocument SeedArticle() =>
        SourceDocument.FromText("blinken-arrives-in-israel", "seeds/blinken-arrives-in-israel.txt",
            File.ReadAllText(Path.Combine(RepositoryFiles.Root, "seeds", "blinken-arrives-in-israel.txt")));

    [Fact]
    public void The_generated_model_of_the_seed_article_is_valid_at_run_time_too()
    {
        FactCatalog.All.ShouldNotBeEmpty();

        FactValidator.Validate(FactCatalog.All, new[] { SeedArticle() }).ShouldBeEmpty();
    }

    [Fact]
    public void Facts_built_at_run_time_get_the_same_diagnostics_as_the_same_facts_in_a_file()
    {
        var taken = new Figure("taken", "hostages taken", Quantity.Of(250, unit: "people"), sources: new[] { new Source("doc", "250") });
        var held = new Figure("held", "still held", Quantity.Of(300, Qualifier.Over, "people"), of: taken, sources: new[] { new Source("doc", "300") });
        var arrival = new Event("arrival", "Arrival", date: PartialDate.Parse("2024-10-22"), sources: new[] { new Source("doc", "arrived") });
        var visit = new Event("visit", "Visit", date: PartialDate.Parse("2024-08"), after: new FactRef<Event>[] { arrival },
            sources: new[] { new Source("doc", "visit") });
        var unsourced = new Group("officials", description: "top officials");

        var atRunTime = FactValidator.Validate(new Fact[] { taken, held, arrival, visit, unsourced });

        var inFile = FactModel.Core.FactSetAnalysis.Validate(new[] { FactFileParser.Parse("facts.yaml", """
            figures:
              - id: taken
                measure: hostages taken
                value: 250
                unit: people
                source: { document: doc, quote: "250" }
              - id: held
                measure: still held
                value: 300
                qualifier: over
                unit: people
                of: taken
                source: { document: doc, quote: "300" }
            events:
              - id: arrival
                title: Arrival
                date: 2024-10-22
                source: { document: doc, quote: "arrived" }
              - id: visit
                title: Visit
                date: 2024-08
                after: arrival
                source: { document: doc, quote: "visit" }
            actors:
              - id: officials
                kind: group
                description: top officials
            """, cancellationToken: TestContext.Current.CancellationToken) }, documents: null, TestContext.Current.CancellationToken);

        atRunTime.Select(d => (d.Id, d.Message)).ShouldContain(("FM2005",
            "Fact 'held': its value (over 300 people) is larger than the whole it is part of, 'taken' (250 people)"));
        atRunTime.Select(d => (d.Id, d.Message)).ShouldContain(("FM3003",
            "Fact 'officials': the fact has no source; add 'source: { document: ..., quote: ... }'"));
        atRunTime.Select(d => (d.Id, d.Message)).ShouldContain(("FM2004",
            "Fact 'visit': it is dated 2024-08 but comes after 'arrival', dated 2024-10-22"));
        atRunTime.ShouldAllBe(d => d.FilePath == FactValidator.Origin);
        inFile.Select(d => (d.Id, d.Message)).Order().ShouldBe(atRunTime.Select(d => (d.Id, d.Message)).Order());
    }

    [Fact]
    public void Values_over_time_built_at_run_time_are_checked_as_in_a_file()
    {
        var ministry = new Organization("ministry", "Ministry", sources: new[] { new Source("doc", "ministry") });
        var army = new Organization("army", "Army", sources: new[] { new Source("doc", "army") });
        var toll = new Figure("toll", "people killed", kind: FigureKind.Cumulative, sources: new[] { new Source("doc", "killed") }, values: new[]
        {
            new FigureValue(Quantity.Of(43_000, Qualifier.Over), PartialDate.Parse("2024-11-20"), ministry),
            new FigureValue(Quantity.Of(40_000, Qualifier.Under), PartialDate.Parse("2024-11-20"), army),
            new FigureValue(Quantity.Of(42_000, Qualifier.Over), PartialDate.Parse("2024-10-22"), ministry),
        });

        var diagnostics = FactValidator.Validate(new Fact[] { ministry, army, toll });

        diagnostics.Select(d => d.Id).Order().ShouldBe(new[] { "FM2006", "FM2007" });
        diagnostics.ShouldAllBe(d => d.Message.StartsWith("Fact 'toll': the value under 40,000 as of 2024-11-20 according to 'army'"));
    }
}
