namespace FactModel.Tests;

public class QuantityTests
{
    [Fact]
    public void Over_sets_an_exclusive_lower_bound_and_no_upper_bound()
    {
        var killed = Quantity.Of(42_000, Qualifier.Over, "people");

        killed.LowerBound.ShouldBe(new Bound(42_000, inclusive: false));
        killed.UpperBound.ShouldBeNull();
        killed.ToString().ShouldBe("over 42,000 people");
    }

    [Theory]
    [InlineData(Qualifier.About)]
    [InlineData(Qualifier.Around)]
    [InlineData(Qualifier.Approximately)]
    [InlineData(Qualifier.Roughly)]
    [InlineData(Qualifier.Some)]
    public void Approximations_allow_the_documented_tolerance_either_side(Qualifier qualifier)
    {
        var held = Quantity.Of(100, qualifier);

        held.LowerBound.ShouldBe(new Bound(90, true));
        held.UpperBound.ShouldBe(new Bound(110, true));
    }

    [Theory]
    [InlineData(Qualifier.Exact, "250", "250")]
    [InlineData(Qualifier.AtLeast, "250", null)]
    [InlineData(Qualifier.MoreThan, "(250)", null)]
    [InlineData(Qualifier.UpTo, "0", "250")]
    [InlineData(Qualifier.LessThan, "0", "(250)")]
    [InlineData(Qualifier.Nearly, "225", "(250)")]
    public void Each_qualifier_has_its_bounds(Qualifier qualifier, string lower, string? upper)
    {
        var quantity = Quantity.Of(250, qualifier);

        quantity.LowerBound?.ToString().ShouldBe(lower);
        quantity.UpperBound?.ToString().ShouldBe(upper);
    }

    [Fact]
    public void A_rounded_number_allows_half_its_unit_either_side_and_prints_it_as_plus_or_minus()
    {
        var population = Quantity.Of(2_300_000, Qualifier.Exact, "people", roundedTo: 100_000);

        population.LowerBound.ShouldBe(new Bound(2_250_000, true));
        population.UpperBound.ShouldBe(new Bound(2_350_000, true));
        population.RoundedTo.ShouldBe(100_000m);
        population.ToString().ShouldBe("2,300,000\u00B150,000 people");
        population.ShouldNotBe(Quantity.Of(2_300_000, Qualifier.Exact, "people"));
    }

    [Fact]
    public void A_qualified_number_is_not_also_rounded_and_a_rounding_unit_is_positive()
    {
        Should.Throw<ArgumentException>(() => Quantity.Of(42_000, Qualifier.Over, null, roundedTo: 1_000));
        Should.Throw<ArgumentException>(() => Quantity.Of(42_000, Qualifier.Exact, null, roundedTo: 0));
    }

    [Fact]
    public void A_few_is_at_least_2_and_fewer_than_10()
    {
        var gap = Quantity.OfMagnitude(Magnitude.Few, "hours");

        gap.LowerBound.ShouldBe(new Bound(2, true));
        gap.UpperBound.ShouldBe(new Bound(10, false));
        gap.ToString().ShouldBe("a few hours");
    }

    [Fact]
    public void Dozens_is_at_least_24_and_fewer_than_100()
    {
        var hostages = Quantity.OfMagnitude(Magnitude.Dozens, "hostages");

        hostages.LowerBound.ShouldBe(new Bound(24, true));
        hostages.UpperBound.ShouldBe(new Bound(100, false));
        hostages.ToString().ShouldBe("dozens of hostages");
    }

    [Fact]
    public void Unknown_counts_have_no_bounds()
    {
        var combatants = Quantity.Unknown("people");

        combatants.LowerBound.ShouldBeNull();
        combatants.UpperBound.ShouldBeNull();
        combatants.ToString().ShouldBe("an unknown number of people");
    }

    [Fact]
    public void A_third_of_around_100_has_its_own_derived_bounds()
    {
        var stillHeld = Quantity.Of(100, Qualifier.Around, "people");

        var believedDead = Share.Fraction(1, 3).Apply(stillHeld);

        believedDead.Kind.ShouldBe(QuantityKind.Derived);
        believedDead.LowerBound!.Value.Value.ShouldBe(30m);
        Math.Round(believedDead.UpperBound!.Value.Value, 2).ShouldBe(36.67m);
        believedDead.Unit.ShouldBe("people");
    }

    [Fact]
    public void Most_is_more_than_half()
    {
        var most = Share.Most();

        most.LowerBound.ShouldBe(new Bound(0.5m, false));
        most.UpperBound.ShouldBe(new Bound(1, true));
    }

    [Fact]
    public void Around_90_percent_of_2_3_million()
    {
        var displaced = Share.Percent(90, Qualifier.Around).Apply(Quantity.Of(2_300_000, unit: "people"));

        displaced.LowerBound!.Value.Value.ShouldBe(1_863_000m);
        displaced.UpperBound!.Value.Value.ShouldBe(2_277_000m);
    }

    [Fact]
    public void Quantities_compare_by_value()
    {
        Quantity.Of(1200, Qualifier.Some, "people").ShouldBe(Quantity.Of(1200, Qualifier.Some, "people"));
        Quantity.Of(1200, Qualifier.Some, "people").ShouldNotBe(Quantity.Of(1200, Qualifier.About, "people"));
    }

    [Fact]
    public void A_range_with_min_above_max_is_refused()
    {
        Should.Throw<ArgumentException>(() => Quantity.Between(5, 2));
    }
}
