namespace FactModel.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2024", DatePrecision.Year)]
    [InlineData("2024-08", DatePrecision.Month)]
    [InlineData("2024-10-22", DatePrecision.Day)]
    [InlineData("summer 2024", DatePrecision.Season)]
    public void Parse_keeps_the_precision_written_and_prints_it_back(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        date.Precision.ShouldBe(precision);
        date.ToString().ShouldBe(text);
    }

    [Fact]
    public void A_month_is_never_padded_to_a_false_day()
    {
        var august = PartialDate.Parse("2024-08");

        august.Day.ShouldBeNull();
        august.FirstDay.ShouldBe(new DateTime(2024, 8, 1));
        august.LastDay.ShouldBe(new DateTime(2024, 8, 31));
        august.ShouldNotBe(PartialDate.FromDay(2024, 8, 1));
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("2023-02-29")]
    [InlineData("24-10-22")]
    [InlineData("2024-1-5")]
    [InlineData("midsummer 2024")]
    [InlineData("")]
    public void TryParse_refuses_dates_that_are_not_on_the_calendar(string text)
    {
        PartialDate.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Summer_covers_june_to_august()
    {
        var summer = PartialDate.FromSeason(2024, Season.Summer);

        summer.FirstDay.ShouldBe(new DateTime(2024, 6, 1));
        summer.LastDay.ShouldBe(new DateTime(2024, 8, 31));
        summer.Overlaps(PartialDate.Parse("2024-08")).ShouldBeTrue();
        summer.Overlaps(PartialDate.Parse("2024-09")).ShouldBeFalse();
    }

    [Fact]
    public void Ongoing_ranges_have_no_last_day()
    {
        var war = DateSpan.Since(PartialDate.Parse("2023-10-07"));

        war.IsOngoing.ShouldBeTrue();
        war.LastDay.ShouldBeNull();
        war.ToString().ShouldBe("since 2023-10-07 (ongoing)");
    }

    [Fact]
    public void A_range_may_not_end_before_it_starts()
    {
        Should.Throw<ArgumentException>(() => DateSpan.Between(PartialDate.Parse("2024-09"), PartialDate.Parse("2024-08")));
    }

    [Fact]
    public void Dates_order_by_their_first_day_then_by_length()
    {
        var dates = new[] { PartialDate.Parse("2024-10-22"), PartialDate.Parse("2024"), PartialDate.Parse("2023-10-07"), PartialDate.Parse("2024-01") };

        dates.Order().Select(d => d.ToString()).ShouldBe(new[] { "2023-10-07", "2024-01", "2024", "2024-10-22" });
    }
}
