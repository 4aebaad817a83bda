using System.Text;
using FactModel.Data;
using FactModel.Specs;

namespace FactModel.Tests;

/// <summary>
/// Facts keep the lists the data reader hands over without copying them, and still copy what other code passes, so
/// that a fact stays immutable whoever builds it; the reader reads a document named again and again as one string.
/// </summary>
public class FactListOwnershipTests
{
    [Fact]
    public void A_list_passed_to_a_constructor_is_copied_so_changing_it_later_changes_no_fact()
    {
        var aliases = new[] { "Mr Blinken" };
        var sources = new List<Source> { new("article", "Antony Blinken") };
        var blinken = new Person("antony-blinken", "Antony Blinken", aliases: aliases, sources: sources);

        aliases[0] = "changed";
        sources.Clear();

        blinken.Aliases.ShouldBe(new[] { "Mr Blinken" });
        blinken.Sources.ShouldHaveSingleItem().Quote.ShouldBe("Antony Blinken");
        // A read-only list, not the array behind it: a cast gives no way to change it.
        (blinken.Aliases is string[]).ShouldBeFalse();
        (blinken.Sources is Source[]).ShouldBeFalse();
    }

    [Fact]
    public void Lists_read_from_the_data_are_read_only_and_hold_what_was_written()
    {
        var spec = new PlaceSpec
        {
            Id = "gaza", Name = "Gaza", Aliases = new[] { "the Strip", "Gaza Strip" }.ToEquatableArray(),
            Sources = new[] { new SourceSpec("article", default, "Gaza", default), new SourceSpec("article", default, "the Strip", default) }.ToEquatableArray(),
        };

        var place = (Place)FactData.Read(1, _ => null, Encoding.UTF8.GetBytes(FactDataWriter.Write(spec, (_, _) => true))).Single();

        place.Aliases.ShouldBe(new[] { "the Strip", "Gaza Strip" });
        (place.Aliases is string[]).ShouldBeFalse();
        Should.Throw<NotSupportedException>(() => ((IList<string>)place.Aliases).Add("more"));
        place.Sources.Select(s => s.Quote).ShouldBe(new[] { "Gaza", "the Strip" });
        Should.Throw<NotSupportedException>(() => ((IList<Source>)place.Sources)[0] = new Source("other", "other"));
    }

    [Fact]
    public void A_document_the_sources_name_again_is_read_as_one_string_and_another_as_its_own()
    {
        var first = new PlaceSpec { Id = "a", Name = "A", Sources = new[] { new SourceSpec("article", default, "A", default), new SourceSpec("article", default, "B", default) }.ToEquatableArray() };
        var second = new PlaceSpec { Id = "b", Name = "B", Sources = new[] { new SourceSpec("article", default, "B", default), new SourceSpec("report", default, "B", default), new SourceSpec("article", default, "A", default) }.ToEquatableArray() };
        string data = FactDataWriter.Write(first, (_, _) => true) + FactDataWriter.Write(second, (_, _) => true);

        var facts = FactData.Read(2, _ => null, Encoding.UTF8.GetBytes(data));

        var documents = facts.SelectMany(f => f.Sources).Select(s => s.Document).ToArray();
        documents.ShouldBe(new[] { "article", "article", "article", "report", "article" });
        documents[1].ShouldBeSameAs(documents[0]);
        documents[2].ShouldBeSameAs(documents[0]);
        // After another document, the name is read again: equal, and right.
        documents[4].ShouldBe("article");
    }

    [Fact]
    public void Values_already_in_date_order_keep_their_order_and_values_of_one_date_stay_as_given()
    {
        var undated = new FigureValue(Quantity.OfMagnitude(Magnitude.Thousands, "people"));
        var october = new FigureValue(Quantity.Of(42_000, Qualifier.Over, "people"), PartialDate.FromDay(2024, 10, 22));
        var octoberAgain = new FigureValue(Quantity.Of(41_900, Qualifier.Over, "people"), PartialDate.FromDay(2024, 10, 22));
        var theMonth = new FigureValue(Quantity.Of(42_500, Qualifier.Over, "people"), PartialDate.FromMonth(2024, 10));
        var november = new FigureValue(Quantity.Of(43_000, Qualifier.Over, "people"), PartialDate.FromDay(2024, 11, 20));

        new Figure("in-order", "the dead", values: new[] { undated, october, octoberAgain, november }).Values
            .ShouldBe(new[] { undated, october, octoberAgain, november });
        new Figure("same-day", "the dead", values: new[] { octoberAgain, october }).Values
            .ShouldBe(new[] { octoberAgain, october });
        // The month starts before the day, so it comes first; the day ends before the month.
        new Figure("month-last", "the dead", values: new[] { october, theMonth }).Values
            .ShouldBe(new[] { theMonth, october });
        new Figure("out-of-order", "the dead", values: new[] { november, undated, october }).Values
            .ShouldBe(new[] { undated, october, november });
    }
}
