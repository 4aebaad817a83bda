using FactModel.Core.Parsing;
using FactModel.Specs;

namespace FactModel.Tests;

/// <summary>How the parser reads figures: precision as written, and the wholes of shares.</summary>
public class FigureParsingTests
{
    private static FigureSpec Figure(string keys)
    {
        var parsed = FactFileParser.Parse("facts/f.yaml", "figures:\n  - id: f\n    measure: m\n" + keys, cancellationToken: TestContext.Current.CancellationToken);
        parsed.Diagnostics.ShouldBeEmpty(string.Join("\n", parsed.Diagnostics));
        return (FigureSpec)parsed.Facts.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("2.3 million", 2_300_000, 100_000)]
    [InlineData("2 million", 2_000_000, 1_000_000)]
    [InlineData("2.0 million", 2_000_000, 100_000)]
    [InlineData("42 thousand", 42_000, 1_000)]
    [InlineData("1.25 billion", 1_250_000_000, 10_000_000)]
    public void A_number_with_a_scale_word_is_rounded_to_its_last_written_digit(string written, decimal value, decimal unit)
    {
        var quantity = Figure($"    value: {written}\n").Value!;

        quantity.Value.ShouldBe(value);
        quantity.RoundedTo.ShouldBe(unit);
        quantity.LowerBound.ShouldBe(new Bound(value - unit / 2, true));
        quantity.UpperBound.ShouldBe(new Bound(value + unit / 2, true));
    }

    [Theory]
    [InlineData("250")]
    [InlineData("11")]
    [InlineData("42000")]
    public void Digits_are_exact(string written)
    {
        var quantity = Figure($"    value: {written}\n").Value!;

        quantity.RoundedTo.ShouldBeNull();
        quantity.LowerBound.ShouldBe(quantity.UpperBound);
    }

    [Fact]
    public void A_qualifier_replaces_the_rounding()
    {
        var quantity = Figure("    value: 2.3 million\n    qualifier: over\n").Value!;

        quantity.RoundedTo.ShouldBeNull();
        quantity.LowerBound.ShouldBe(new Bound(2_300_000, false));
    }

    [Theory]
    [InlineData("2.3 million", 100_000)]
    [InlineData("42000", 1_000)]
    [InlineData("250", 10)]
    [InlineData("7", 1)]
    [InlineData("7.50", 0.01)]
    [InlineData("-40", 10)]
    public void The_written_unit_is_the_place_of_the_last_significant_digit(string written, decimal unit)
    {
        ScalarForms.WrittenUnit(written).ShouldBe(unit);
    }

    [Fact]
    public void A_share_of_a_group_names_it_by_id()
    {
        var figure = Figure("    share: most\n    of: senior-commanders\n");

        figure.Of!.Value.Id.ShouldBe("senior-commanders");
        figure.OfDescription.ShouldBeNull();
        figure.Value.ShouldBeNull();
    }

    [Fact]
    public void A_share_of_a_whole_in_words_keeps_the_words()
    {
        var figure = Figure("    share: most\n    of: his senior commanders\n");

        figure.Of.ShouldBeNull();
        figure.OfDescription.ShouldBe("his senior commanders");
    }
}
