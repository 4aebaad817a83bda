using FactModel.Core;
using FactModel.Kinds.Tests.Facts;

namespace FactModel.Kinds.Tests;

/// <summary>
/// A project's own kinds, used as a developer would: Kinds/kinds.yaml declares a casualty
/// report, a politician and an election result, and these lines compile only because the generator emitted their
/// classes and sections. The facts share objects with the seed's model, and <c>Validate()</c> gives the build's ids
/// and messages for facts a program builds.
/// </summary>
public class DeclaredKindModelTests
{
    [Fact]
    public void A_casualty_report_and_a_politician_are_typed_as_declared()
    {
        CasualtyReport report = CasualtyReports.SouthernBeirutStrikeToll;
        Event attack = report.Attack;
        Politician mikati = Actors.NajibMikati;
        Person person = mikati;

        attack.ShouldBeSameAs(Events.SouthernBeirutAirStrike);
        person.Name.ShouldBe("Najib Mikati");
        person.Kind.ShouldBe(ActorKind.Person);
        mikati.Party.ShouldBeSameAs(Actors.AzmMovement);
        mikati.InOfficeSince.ShouldBe(DateSpan.On(PartialDate.FromMonth(2021, 9)));
        mikati.Roles.ShouldHaveSingleItem().Of.ShouldBeSameAs(Actors.LebanonState);
        mikati.Sources.ShouldHaveSingleItem().Document.ShouldBe("lebanon-brief");
    }

    [Fact]
    public void A_field_added_to_a_built_in_kind_reaches_its_runtime_property()
    {
        // Event.Wikidata is declared in BuiltInKinds.Event and read by key in Event.cs: nothing else knows of it.
        Events.SouthernBeirutAirStrike.Wikidata.ShouldBe("Q4115189");
        Events.RivertonCouncilElection.Wikidata.ShouldBeNull();
        System.Text.Json.JsonSerializer.Serialize<Fact>(Events.SouthernBeirutAirStrike).ShouldContain("\"wikidata\":\"Q4115189\"");
    }

    [Fact]
    public void Every_field_type_reads_back_what_the_file_says()
    {
        var report = CasualtyReports.SouthernBeirutStrikeToll;

        report.Killed!.Qualifier.ShouldBe(Qualifier.AtLeast);
        report.Killed.LowerBound.ShouldBe(new Bound(12, inclusive: true));
        report.Wounded!.Magnitude.ShouldBe(Magnitude.Dozens);
        report.ReportedBy.ShouldBeSameAs(Actors.LebanonHealthMinistry);
        report.Weapon.ShouldBe(CasualtyReportWeapon.AirStrike);
        report.Places.ShouldHaveSingleItem().ShouldBeSameAs(Places.SouthernBeirut); // a place of the seed's model
        report.Verified.ShouldBe(false);
        report.ReportedOn.ShouldBeNull();

        var greens = ElectionResults.RivertonGreens;
        greens.Votes.ShouldBe(4210m);
        greens.Seats!.Value.ShouldBe(9m);
        greens.SeatsOf.ShouldBe(21m);
        greens.Rank.ShouldBe(ElectionResultRank.First);
        greens.DeclaredOn.ShouldBe(DateSpan.On(PartialDate.FromDay(2024, 5, 6)));
        greens.Party.ShouldBeSameAs(Actors.GreenParty);
    }

    [Fact]
    public void Declared_sections_list_and_find_their_facts_and_the_catalog_finds_every_kind()
    {
        ElectionResults.All.Select(r => r.Id).ShouldBe(new[] { "riverton-civic-list", "riverton-greens" });
        ElectionResults.TryGet("riverton-greens", out var found).ShouldBeTrue();
        found.ShouldBeSameAs(ElectionResults.RivertonGreens);
        CasualtyReports.All.ShouldHaveSingleItem().ShouldBeSameAs(CasualtyReports.SouthernBeirutStrikeToll);

        FactCatalog.TryGet("najib-mikati", out var mikati).ShouldBeTrue();
        mikati.ShouldBeOfType<Politician>();
        Actors.All.ShouldContain(Actors.NajibMikati);
        FactCatalog.All.OfType<ElectionResult>().Count().ShouldBe(2);
    }

    [Fact]
    public void The_model_facts_of_declared_kinds_are_valid()
    {
        CasualtyReports.All.SelectMany(r => r.Validate()).ShouldBeEmpty();
        ElectionResults.All.SelectMany(r => r.Validate()).ShouldBeEmpty();
        Actors.NajibMikati.Validate().ShouldBeEmpty();
    }

    [Fact]
    public void Facts_a_program_builds_get_the_builds_ids_and_messages()
    {
        Fact? Find(string id) => FactCatalog.TryGet(id, out var fact) ? fact : null;
        var missing = new CasualtyReport("no-attack", attack: default);
        var dangling = new CasualtyReport("dangling", attack: new FactRef<Event>("nowhere-at-all", Find));
        var wrongKind = new CasualtyReport("wrong-kind", attack: Events.SouthernBeirutAirStrike,
            reportedBy: new FactRef<Actor>("southern-beirut-air-strike", Find), weapon: (CasualtyReportWeapon)99);

        var atRunTime = new[] { missing, dangling, wrongKind }.SelectMany(r => r.Validate()).Select(p => (p.Id, p.FactId, p.Key, p.Message)).ToList();

        // The same facts in a file, checked by the build's front door.
        string declarations = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "FactModel.Kinds.Tests", "Kinds", "kinds.yaml"));
        const string facts = """
            events:
              - id: southern-beirut-air-strike
                title: Air strike on southern Beirut
            casualty-reports:
              - id: no-attack
              - id: dangling
                attack: nowhere-at-all
              - id: wrong-kind
                attack: southern-beirut-air-strike
                reported-by: southern-beirut-air-strike
                weapon: "99"
            """;
        var inBuild = FactSetAnalysis.Analyze(new[] { new InputText("kinds.yaml", declarations.Split("\nactors:")[0]), new InputText("facts.yaml", facts) }, null,
                cancellationToken: TestContext.Current.CancellationToken)
            .Diagnostics.Where(d => d.Id != "FM3003").Select(d => (d.Id, d.Message)).ToList();

        atRunTime.Select(p => (p.Id, p.FactId, p.Key)).ShouldBe(new[]
        {
            ("FM1003", "no-attack", "attack"),
            ("FM2001", "dangling", "attack"),
            ("FM2002", "wrong-kind", "reported-by"),
            ("FM1004", "wrong-kind", "weapon"),
        });
        atRunTime.Select(p => (p.Id, p.Message)).ShouldBe(inBuild, ignoreOrder: true);
    }
}
