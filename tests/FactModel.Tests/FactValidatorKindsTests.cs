using FactModel.Validation;

namespace FactModel.Tests;

/// <summary>
/// The run-time validator on facts of the kinds a project declares, whose classes the generator writes: it checks
/// what every fact has and the built-in part of a fact whose class derives from a built-in type, and leaves the
/// declared fields to the class's own <c>Validate()</c>. The classes below stand for generated ones.
/// </summary>
public class FactValidatorKindsTests
{
    /// <summary>A kind with a section of its own: its class derives from <see cref="Fact"/>.</summary>
    private sealed class CasualtyReport : Fact
    {
        public CasualtyReport(string id, FactRef<Event>? attack = null, IEnumerable<Source>? sources = null, string? notes = null)
            : base(id, sources, notes) => Attack = attack;

        public FactRef<Event>? Attack { get; }

        public override string DisplayName => Id;
    }

    /// <summary>A kind that extends a built-in one: its class derives from <see cref="Person"/>, through its copy constructor.</summary>
    private sealed class Politician : Person
    {
        public Politician(Person person, FactRef<Organization>? party = null) : base(person) => Party = party;

        public FactRef<Organization>? Party { get; }
    }

    private static Source[] Quote(string words) => [new Source("doc", words)];

    private static SourceDocument Document() => SourceDocument.FromText("doc", "seeds/doc.txt", "The strike killed 12. Ada Moss leads the Greens.");

    [Fact]
    public void Facts_of_declared_kinds_are_checked_for_what_every_fact_has_and_their_built_in_part()
    {
        var greens = new Organization("greens", "Greens", sources: Quote("the Greens"));
        var strike = new Event("strike", "Strike", sources: Quote("The strike"));
        // The built-in part of a politician: a role of an actor that is not among the facts (FM2001), a source that is
        // not in the document (FM3001).
        var nobody = new Organization("nobody", "Nobody");
        var ada = new Politician(new Person("ada", "Ada Moss", roles: [new Role("leader", nobody)],
            sources: Quote("Ada Moss is mayor")), party: greens);
        // A fact of a declared section: no source (FM3003); a figure about it resolves.
        var toll = new CasualtyReport("toll", attack: strike);
        var dead = new Figure("dead", "people killed", Quantity.Of(12), about: new FactRef<Fact>(toll), sources: Quote("killed 12"));

        var diagnostics = FactValidator.Validate(new Fact[] { greens, strike, ada, toll, dead }, [Document()]);

        diagnostics.Select(d => (d.Id, d.Message)).Order().ShouldBe(new[]
        {
            ("FM2001", "Fact 'ada': 'of' refers to 'nobody', but no fact has that id"),
            ("FM3001", diagnostics.Single(d => d.Id == "FM3001").Message),
            ("FM3003", "Fact 'toll': the fact has no source; add 'source: { document: ..., quote: ... }'"),
        });
        diagnostics.Single(d => d.Id == "FM3001").Message.ShouldStartWith("Fact 'ada': ");
        diagnostics.ShouldAllBe(d => d.FilePath == FactValidator.Origin);
    }

    [Fact]
    public void A_fact_of_a_declared_section_counts_among_the_ids()
    {
        var report = new CasualtyReport("toll", sources: Quote("The strike"));
        var twin = new Organization("toll", "Toll", sources: Quote("The strike"));

        var diagnostics = FactValidator.Validate(new Fact[] { report, twin }, [Document()]);

        diagnostics.Select(d => d.Id).ShouldBe(["FM1005"]);
        diagnostics[0].Message.ShouldContain("'toll'");
    }

    [Fact]
    public void A_valid_set_with_facts_of_declared_kinds_has_no_diagnostics()
    {
        var greens = new Organization("greens", "Greens", sources: Quote("the Greens"));
        var ada = new Politician(new Person("ada", "Ada Moss", roles: [new Role("leader", greens)], sources: Quote("Ada Moss leads the Greens")), party: greens);
        var toll = new CasualtyReport("toll", sources: Quote("The strike killed 12"), notes: "as reported");

        FactValidator.Validate(new Fact[] { greens, ada, toll }, [Document()]).ShouldBeEmpty();
    }
}
