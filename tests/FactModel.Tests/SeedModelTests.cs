using FactModel.Tests.Facts;

namespace FactModel.Tests;

/// <summary>
/// The generated model of the seed article, used as a developer would: these lines only compile because the
/// generator produced the typed API from facts/, and they hold because the facts say so.
/// </summary>
public class SeedModelTests
{
    [Fact]
    public void The_gaza_death_toll_keeps_over_as_written_and_derives_an_exclusive_lower_bound()
    {
        Figure toll = Figures.GazaDeathToll;

        toll.Value.Value.ShouldBe(42_000m);
        toll.Value.Qualifier.ShouldBe(Qualifier.Over);
        toll.Value.LowerBound.ShouldBe(new Bound(42_000, inclusive: false));
        toll.Value.UpperBound.ShouldBeNull();
        toll.AccordingTo.ShouldBe(Actors.LocalHealthAuthorities);
        toll.Sources[0].Quote.ShouldBe("killed over 42,000 Palestinians in Gaza");
    }

    [Fact]
    public void The_hostages_believed_dead_are_a_third_of_those_still_held()
    {
        Figure believedDead = Figures.HostagesBelievedDead;

        believedDead.Of.ShouldBeSameAs(Figures.HostagesStillHeld);
        believedDead.Share.ShouldBe(Share.Fraction(1, 3));
        believedDead.Certainty.ShouldBe(Certainty.Believed);
        believedDead.IsStated.ShouldBeFalse();
        believedDead.Value.LowerBound!.Value.Value.ShouldBe(30m);
        Figures.HostagesStillHeld.Of.ShouldBeSameAs(Figures.HostagesTaken);
        Figures.HostagesStillHeld.AsOf.ShouldBe(PartialDate.FromDay(2024, 10, 22));
    }

    [Fact]
    public void Gazas_population_is_as_precise_as_written_and_the_dead_are_not_made_part_of_it()
    {
        Figures.GazaPopulation.Value.LowerBound.ShouldBe(new Bound(2_250_000, true));
        Figures.GazaPopulation.Value.UpperBound.ShouldBe(new Bound(2_350_000, true));
        Figures.GazaDeathToll.Of.ShouldBeNull();
        Figures.GazaDeathToll.Sources.ShouldContain(s => s.Quote.Contains("according to local health authorities"));
    }

    [Fact]
    public void Most_of_nasrallahs_commanders_is_a_share_of_the_group_with_no_invented_count()
    {
        Figure killed = Figures.NasrallahCommandersKilled;

        killed.OfGroup.ShouldBeSameAs(Actors.NasrallahSeniorCommanders);
        killed.Of.ShouldBeNull();
        killed.Share.ShouldBe(Share.Most());
        Figures.All.ShouldNotContain(f => f.About == Actors.NasrallahSeniorCommanders);
    }

    [Fact]
    public void Just_hours_bounds_the_gap_from_above()
    {
        Figures.BarrageToArrivalGap.Value.Magnitude.ShouldBe(Magnitude.Few);
        Figures.BarrageToArrivalGap.Value.UpperBound.ShouldBe(new Bound(10, false));
    }

    [Fact]
    public void Blinken_arrives_as_a_visitor_after_sinwar_was_killed()
    {
        Event arrival = Events.BlinkenArrivesInIsrael;

        arrival.Participants.ShouldContain(p => p.Actor == Actors.AntonyBlinken && p.Role == "visitor");
        arrival.Date!.Start.ShouldBe(PartialDate.FromDay(2024, 10, 22));
        arrival.After.ShouldContain(Events.KillingOfYahyaSinwar);
        arrival.After.ShouldContain(Events.HezbollahRocketBarrage);
    }

    [Fact]
    public void Sinwar_leads_hamas_by_object_reference()
    {
        (Actors.YahyaSinwar.Roles[0].Of == Actors.Hamas).ShouldBeTrue();
        Actors.YahyaSinwar.Roles[0].Title.ShouldBe("leader");
        Actors.YahyaSinwar.ShouldBeOfType<Person>();
    }

    [Fact]
    public void Netanyahu_called_the_meeting_friendly_and_productive()
    {
        var quote = Events.NetanyahuBlinkenMeeting.Quotes.Single();

        quote.By.ShouldBeSameAs(Actors.Netanyahu);
        quote.Text.ShouldBe("friendly and productive");
        Figures.MeetingDuration.Value.ToString().ShouldBe("more than 2 hours");
    }

    [Fact]
    public void Coarse_dates_keep_their_precision()
    {
        Events.TalksHalt.Date!.Start.Precision.ShouldBe(DatePrecision.Month);
        Events.TalksHalt.Date.ToString().ShouldBe("2024-08");
        Events.IsraelHamasWar.Date!.IsOngoing.ShouldBeTrue();
        Events.All.ShouldContain(e => e.Date != null && e.Date.Start.Precision == DatePrecision.Season);
    }

    [Fact]
    public void Lookups_find_every_fact_by_id_and_nothing_else()
    {
        FactCatalog.All.Count.ShouldBe(Actors.All.Count + Places.All.Count + Events.All.Count + Figures.All.Count);
        FactCatalog.All.Select(f => f.Id).ShouldBeUnique();
        FactCatalog.All.Select(f => f.Id).ShouldBe(FactCatalog.All.Select(f => f.Id).Order(StringComparer.Ordinal));
        foreach (var fact in FactCatalog.All)
        {
            FactCatalog.TryGet(fact.Id, out var found).ShouldBeTrue();
            found.ShouldBeSameAs(fact);
        }
        Actors.TryGet("antony-blinken", out var blinken).ShouldBeTrue();
        blinken.ShouldBeSameAs(Actors.AntonyBlinken);
        Actors.TryGet("gaza", out _).ShouldBeFalse();
        FactCatalog.TryGet("no-such-fact", out _).ShouldBeFalse();
    }

    [Fact]
    public void Every_fact_cites_the_seed_article()
    {
        FactCatalog.All.ShouldAllBe(f => f.Sources.Count > 0 && f.Sources.All(s => s.Document == "blinken-arrives-in-israel"));
    }

    [Fact]
    public void The_model_covers_the_whole_article()
    {
        Actors.All.Count.ShouldBeGreaterThanOrEqualTo(5);
        Places.All.Count.ShouldBeGreaterThanOrEqualTo(3);
        Events.All.Count.ShouldBeGreaterThanOrEqualTo(5);
        Figures.All.Count.ShouldBeGreaterThanOrEqualTo(5);
    }
}
