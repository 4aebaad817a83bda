namespace FactModel.Tests;

/// <summary>Figures built at run time: shares of wholes the text does not count, and values over time.</summary>
public class FigureTests
{
    private static readonly Group Commanders = new("commanders", description: "his senior commanders");
    private static readonly Organization Authorities = new("authorities", description: "local health authorities");
    private static readonly Organization Ministry = new("ministry", description: "the ministry");

    [Fact]
    public void A_share_of_a_group_has_no_invented_whole_and_no_bounds()
    {
        var killed = new Figure("killed", "commanders killed", share: Share.Most(), ofGroup: Commanders);

        killed.Of.ShouldBeNull();
        killed.OfGroup.ShouldBeSameAs(Commanders);
        killed.IsStated.ShouldBeFalse();
        killed.Values.ShouldBeEmpty();
        killed.Value.LowerBound.ShouldBeNull();
        killed.Value.UpperBound.ShouldBeNull();
        killed.ToString().ShouldBe("most of his senior commanders: commanders killed");
    }

    [Fact]
    public void A_share_of_a_whole_in_words_keeps_the_words()
    {
        var killed = new Figure("killed", "officers killed", share: Share.Fraction(1, 3), ofDescription: "the officers of the unit");

        killed.OfDescription.ShouldBe("the officers of the unit");
        killed.ToString().ShouldBe("1/3 of the officers of the unit: officers killed");
    }

    [Fact]
    public void A_share_needs_one_whole()
    {
        Should.Throw<ArgumentException>(() => new Figure("f", "m", share: Share.Most()));
        Should.Throw<ArgumentException>(() => new Figure("f", "m", share: Share.Most(), ofGroup: Commanders, ofDescription: "them"));
    }

    [Fact]
    public void Values_over_time_are_in_date_order_and_the_latest_is_the_value()
    {
        var later = new FigureValue(Quantity.Of(43_000, Qualifier.Over, "people"), PartialDate.FromDay(2024, 11, 20), Authorities,
            new[] { new Source("later", "over 43,000") });
        var earlier = new FigureValue(Quantity.Of(42_000, Qualifier.Over, "people"), PartialDate.FromDay(2024, 10, 22), Ministry);
        var undated = new FigureValue(Quantity.OfMagnitude(Magnitude.Thousands, "people"));

        var toll = new Figure("toll", "the dead", kind: FigureKind.Cumulative, values: new[] { later, undated, earlier });

        toll.Values.ShouldBe(new[] { undated, earlier, later });
        toll.Value.ShouldBeSameAs(later.Value);
        toll.AsOf.ShouldBe(PartialDate.FromDay(2024, 11, 20));
        toll.AccordingTo.ShouldBeSameAs(Authorities);
        toll.Values[2].Sources.ShouldHaveSingleItem().Document.ShouldBe("later");
        toll.IsStated.ShouldBeTrue();
    }

    [Fact]
    public void A_figure_stated_once_has_one_value_with_its_date_source_and_sources()
    {
        var held = new Figure("held", "still held", Quantity.Of(100, Qualifier.Around), accordingTo: Authorities,
            asOf: PartialDate.FromDay(2024, 10, 22), sources: new[] { new Source("doc", "Around 100") });

        var value = held.Values.ShouldHaveSingleItem();
        value.Value.ShouldBeSameAs(held.Value);
        value.AsOf.ShouldBe(held.AsOf);
        value.AccordingTo.ShouldBeSameAs(Authorities);
        value.Sources.ShouldBe(held.Sources);
    }

    [Fact]
    public void Values_over_time_leave_out_the_single_value_keys()
    {
        var value = new FigureValue(Quantity.Of(1));

        Should.Throw<ArgumentException>(() => new Figure("f", "m", Quantity.Of(2), values: new[] { value }));
        Should.Throw<ArgumentException>(() => new Figure("f", "m", asOf: PartialDate.FromYear(2024), values: new[] { value }));
    }
}
