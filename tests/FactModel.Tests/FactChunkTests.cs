using System.Text;

namespace FactModel.Tests;

/// <summary>
/// <see cref="FactChunk"/> and the lazy index over chunks (<see cref="FactData.Index(FactChunk[])"/>), without a
/// generated model: ids are read from the data without building facts, in every shape a fact's line takes (built-in,
/// <c>X</c>, <c>Y</c>), each chunk is built once, and data that does not agree with its count fails loudly.
/// </summary>
public class FactChunkTests
{
    private const string Union = "O|civic-union|Civic Union|" + "||||||||";
    private const string Brenner = "P|tomas-brenner|Tomas Brenner|" + "||||||||";
    private const string ReportLine = "X|casualty-report|report-1|0|0||";
    private const string PoliticianLine = "Y|politician|" + Brenner + "0|";

    /// <summary>The declared kinds of the data above, built as generated <c>CreateDeclared</c> would.</summary>
    private static Fact? Declared(FactFields fields) => fields.Kind switch
    {
        "casualty-report" => new Report(fields),
        "politician" => new Politician(fields),
        _ => null,
    };

    private sealed class Report : Fact
    {
        public Report(FactFields fields) : base(fields.Id, fields.Sources, fields.Notes) { }
        public override string DisplayName => Id;
    }

    private sealed class Politician : Person
    {
        public Politician(FactFields fields) : base((Person)fields.Base!) { }
    }

    /// <summary>A chunk of <paramref name="lines"/> laid out as generated code lays them out, counting how often its data is read.</summary>
    private static FactChunk Chunk(Func<string, Fact?> lookup, int[] reads, params string[] lines)
    {
        string data = "\n            " + string.Join("\n            ", lines) + "\n            ";
        var bytes = Encoding.UTF8.GetBytes(data);
        return new FactChunk(lines.Length, lookup, Declared, chunk =>
        {
            reads[0]++;
            chunk.Load(bytes);
        });
    }

    [Fact]
    public void Lookups_read_every_chunk_s_ids_without_building_facts_then_build_only_the_chunk_of_the_id()
    {
        FactIndex<Fact> index = null!;
        Fact? Find(string id) => index.TryGet(id, out var fact) ? fact : null;
        int[] first = { 0 }, second = { 0 };
        var a = Chunk(Find, first, Union, ReportLine);
        var b = Chunk(Find, second, PoliticianLine);
        index = FactData.Index(a, b);

        index.TryGet("tomas-brenner", out var brenner).ShouldBeTrue();

        brenner.ShouldBeOfType<Politician>().Name.ShouldBe("Tomas Brenner");
        a.IsBuilt.ShouldBeFalse();
        b.IsBuilt.ShouldBeTrue();
        (first[0], second[0]).ShouldBe((1, 2));   // a: its ids; b: its ids, then its facts
        index.TryGet("report-1", out var report).ShouldBeTrue();
        report.ShouldBeOfType<Report>().ShouldBeSameAs(a[1]);
        index.TryGet("no-such-fact", out _).ShouldBeFalse();
        FactData.Section<Actor>(index).TryGet("report-1", out _).ShouldBeFalse();
        FactData.Section<Actor>(index).Select(f => f.Id).ShouldBe(new[] { "civic-union", "tomas-brenner" });
        index.Select(f => f.Id).ShouldBe(new[] { "civic-union", "report-1", "tomas-brenner" });
        (first[0], second[0]).ShouldBe((2, 2));   // each chunk's facts built once
    }

    [Fact]
    public void A_chunk_s_data_is_read_only_when_the_chunk_asks_for_it()
    {
        int[] reads = { 0 };
        var chunk = Chunk(_ => null, reads, Union);

        Should.Throw<InvalidOperationException>(() => chunk.Load(Encoding.UTF8.GetBytes(Union)));
        chunk.IsBuilt.ShouldBeFalse();
        chunk[0].Id.ShouldBe("civic-union");
        Should.Throw<InvalidOperationException>(() => chunk.Load(Union));
        reads[0].ShouldBe(1);
    }

    [Fact]
    public void Data_that_holds_more_or_fewer_facts_than_its_chunk_says_fails_when_its_ids_are_read()
    {
        string data = "\n" + Union + "\n" + Brenner + "\n";
        foreach (int count in new[] { 1, 3 })
        {
            var index = FactData.Index(new FactChunk(count, _ => null, chunk => chunk.Load(data)));
            Should.Throw<FormatException>(() => index.TryGet("civic-union", out _));
        }
    }

    [Fact]
    public void A_fact_read_while_its_chunk_is_being_built_fails_instead_of_building_a_second_copy()
    {
        FactChunk chunk = null!;
        chunk = new FactChunk(1, _ => null, c =>
        {
            _ = chunk[0];
            c.Load(Union);
        });

        Should.Throw<InvalidOperationException>(() => chunk[0]).Message.ShouldContain("being built");
    }
}
