using System.Text;
using System.Text.Json;
using FactModel.Core.Parsing;
using FactModel.Data;

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
        return new FactChunk(lines.Length, lookup, Declared, (chunk, _) =>
        {
            reads[0]++;
            chunk.Load(bytes);
        }, 0);
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
    public void A_chunk_builds_heads_and_each_fact_reads_its_rest_once_when_one_of_its_other_fields_is_first_used()
    {
        int[] reads = { 0 };
        const string Sinwar = "P|yahya-sinwar|Yahya Sinwar|||1|leader|civic-union||m2024.10||||1|article|top leader Yahya Sinwar||";
        const string Unnamed = "G|top-officials|||top officials|||||1|article|top officials|Unnamed in the text.|";
        var chunk = Chunk(_ => null, reads, Union, Sinwar, Unnamed);

        var sinwar = (Person)chunk[1];
        (sinwar.Id, sinwar.DisplayName, sinwar.Name).ShouldBe(("yahya-sinwar", "Yahya Sinwar", "Yahya Sinwar"));
        sinwar.IsWhole.ShouldBeFalse();
        reads[0].ShouldBe(1);

        sinwar.Roles.ShouldHaveSingleItem().Title.ShouldBe("leader");
        sinwar.IsWhole.ShouldBeTrue();
        reads[0].ShouldBe(2);
        sinwar.Sources.ShouldHaveSingleItem().Quote.ShouldBe("top leader Yahya Sinwar");
        sinwar.Roles.ShouldBeSameAs(sinwar.Roles);
        reads[0].ShouldBe(2);
        chunk[0].IsWhole.ShouldBeFalse();

        // An unnamed actor's display name is its description, which is in the rest.
        chunk[2].DisplayName.ShouldBe("top officials");
        chunk[2].IsWhole.ShouldBeTrue();
        reads[0].ShouldBe(3);
    }

    [Fact]
    public void Threads_that_read_a_head_s_rest_at_once_all_get_the_one_rest()
    {
        int[] reads = { 0 };
        var chunk = Chunk(_ => null, reads, Union, Brenner);
        var brenner = chunk[1];
        using var start = new Barrier(8);

        var seen = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8).Select(_ =>
        {
            start.SignalAndWait(TestContext.Current.CancellationToken);
            return brenner.Sources;
        }).ToList();

        seen.Distinct(ReferenceEqualityComparer.Instance).ShouldHaveSingleItem();
        brenner.Rest.ShouldNotBeNull().ShouldBeSameAs(brenner.Rest);
    }

    [Fact]
    public void Every_seed_fact_read_as_a_head_and_its_rest_is_the_fact_read_whole()
    {
        var specs = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "facts"), "*.yaml")
            .SelectMany(path => FactFileParser.Parse(path, File.ReadAllText(path), cancellationToken: TestContext.Current.CancellationToken).Facts)
            .ToList();
        var kinds = specs.ToDictionary(spec => spec.Id, spec => spec switch
        {
            FactModel.Specs.ActorSpec => "actor",
            FactModel.Specs.PlaceSpec => "place",
            FactModel.Specs.EventSpec => "event",
            _ => "figure",
        });
        var lines = specs.Select(spec => FactDataWriter.Write(spec, (reference, expected) =>
            kinds.TryGetValue(reference.Id, out var kind) && (expected is null || expected == kind))).ToArray();
        var byId = new Dictionary<string, Fact>();
        Fact? Find(string id) => byId.GetValueOrDefault(id);
        var chunk = Chunk(Find, new[] { 0 }, lines);
        var heads = Enumerable.Range(0, lines.Length).Select(i => chunk[i]).ToList();
        var whole = FactData.Read(lines.Length, Find, Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        foreach (var fact in whole) byId.Add(fact.Id, fact);

        heads.Count.ShouldBeGreaterThan(50);
        for (int i = 0; i < heads.Count; i++)
        {
            var head = heads[i];
            (head.GetType(), head.Id, head.ToString()).ShouldBe((whole[i].GetType(), whole[i].Id, whole[i].ToString()), whole[i].Id);
            // Every field, as the JSON export writes them: references by id, values, dates, sources, notes.
            JsonSerializer.Serialize(head).ShouldBe(JsonSerializer.Serialize(whole[i]), whole[i].Id);
            head.IsWhole.ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData("0 1 2", true)]
    [InlineData("\n  0 1\n  2\n", true)]
    [InlineData("2 1 0", false)]     // not by id
    [InlineData("0 0 2", false)]     // a place twice
    [InlineData("0 1", false)]       // a fact left out
    [InlineData("0 1 7", false)]     // out of range
    [InlineData("0 x 2", false)]     // not numbers
    [InlineData("0 99999999999 2", false)]
    public void All_is_placed_in_the_order_the_model_gives_when_it_holds_and_sorted_when_it_does_not(string order, bool holds)
    {
        int[] first = { 0 }, second = { 0 };
        // The chunks' facts one after the other: civic-union, report-1, tomas-brenner.
        var a = Chunk(_ => null, first, Union, ReportLine);
        var b = Chunk(_ => null, second, PoliticianLine);
        var index = FactData.Index(Encoding.UTF8.GetBytes(order), a, b);

        index.Select(f => f.Id).ShouldBe(new[] { "civic-union", "report-1", "tomas-brenner" });
        index.ShouldBe(new[] { a[0], a[1], b[0] });
        index.Chunks!.OrderHeld.ShouldBe(holds);
    }

    [Fact]
    public void The_compiled_seed_model_gives_its_facts_order_by_id_and_all_holds_it()
    {
        var all = (FactIndex<Fact>)FactModel.Tests.Facts.FactCatalog.All;

        all.Select(f => f.Id).ShouldBe(all.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal));
        all.Count.ShouldBeGreaterThan(50);
        all.Chunks!.OrderHeld.ShouldBeTrue();
    }

    /// <summary>Many chunks of two organizations each, as a large model has: enough for <c>All</c> to take a helper thread.</summary>
    private static (FactChunk[] Chunks, int[][] Reads) ManyChunks(int count, int damaged = -1)
    {
        var reads = new int[count][];
        var chunks = new FactChunk[count];
        for (int i = 0; i < count; i++)
        {
            reads[i] = new int[1];
            string first = Union.Replace("civic-union", $"union-{i:D3}-a"), second = Union.Replace("civic-union", $"union-{i:D3}-b");
            chunks[i] = i == damaged
                ? new FactChunk(2, _ => null, (chunk, _) => chunk.Load(first), 0)
                : Chunk(_ => null, reads[i], second, first);
        }
        return (chunks, reads);
    }

    [Fact]
    public void All_over_many_chunks_builds_each_chunk_once_whichever_thread_builds_it_and_keeps_the_order()
    {
        for (int round = 0; round < 20; round++)
        {
            var (chunks, reads) = ManyChunks(3 * FactChunks.ChunksForAHelper);
            var all = FactData.Index(chunks);

            all.Count.ShouldBe(2 * chunks.Length);
            all.Select(f => f.Id).ShouldBe(chunks.SelectMany(c => new[] { c[1].Id, c[0].Id }));
            all.Select(f => f.Id).ShouldBe(all.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal));
            reads.ShouldAllBe(r => r[0] == 1);
            chunks.ShouldAllBe(c => c.IsBuilt);
        }
    }

    [Fact]
    public void All_over_many_chunks_fails_on_a_damaged_one_whichever_thread_meets_it_first()
    {
        for (int round = 0; round < 20; round++)
        {
            var (chunks, _) = ManyChunks(3 * FactChunks.ChunksForAHelper, damaged: round % 24);
            Should.Throw<FormatException>(() => FactData.Index(chunks).Count);
        }
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
            var index = FactData.Index(new FactChunk(count, _ => null, (chunk, _) => chunk.Load(data), 0));
            Should.Throw<FormatException>(() => index.TryGet("civic-union", out _));
        }
    }

    [Fact]
    public void A_fact_read_while_its_chunk_is_being_built_fails_instead_of_building_a_second_copy()
    {
        FactChunk chunk = null!;
        chunk = new FactChunk(1, _ => null, (c, part) =>
        {
            _ = chunk[0];
            c.Load(Union);
        }, 0);

        Should.Throw<InvalidOperationException>(() => chunk[0]).Message.ShouldContain("being built");
    }

    [Fact]
    public void One_function_hands_each_chunk_the_data_of_its_own_part()
    {
        string first = Union.Replace("civic-union", "union-first"), second = Union.Replace("civic-union", "union-second");
        var parts = new List<int>();
        void Data(FactChunk chunk, int part)
        {
            parts.Add(part);
            chunk.Load(part == 0 ? first : second + "\n" + Brenner);
        }
        // As a generated source makes its chunks: one call, a count each, chunk i part i of the function's data.
        var chunks = FactChunk.Create(new[] { 1, 2 }, _ => null, Data);

        chunks.Select(c => c.Count).ShouldBe(new[] { 1, 2 });
        chunks[1][1].Id.ShouldBe("tomas-brenner");
        chunks[0][0].Id.ShouldBe("union-first");
        parts.ShouldBe(new[] { 1, 0 });
    }

    [Fact]
    public void Chunks_made_together_build_facts_of_declared_kinds_with_the_function_they_share()
    {
        var chunks = FactChunk.Create(new[] { 1, 1 }, _ => null, Declared, (chunk, part) => chunk.Load(part == 0 ? ReportLine : PoliticianLine));

        chunks[0][0].ShouldBeOfType<Report>().Id.ShouldBe("report-1");
        chunks[1][0].ShouldBeOfType<Politician>().Id.ShouldBe("tomas-brenner");
    }

    [Fact]
    public void An_index_over_groups_of_chunks_reads_their_chunks_one_after_the_other_in_the_order_given()
    {
        var first = FactChunk.Create(new[] { 1 }, _ => null, (chunk, _) => chunk.Load(Brenner));
        var second = FactChunk.Create(new[] { 1, 1 }, _ => null, (chunk, part) => chunk.Load(part == 0 ? Union : Union.Replace("civic-union", "union-b")));

        // The facts one after the other: tomas-brenner, civic-union, union-b; by id: civic-union, tomas-brenner, union-b.
        var index = FactData.Index(Encoding.UTF8.GetBytes("1 0 2"), first, second);

        index.ShouldBe(new[] { second[0][0], first[0][0], second[1][0] });
        index.Chunks!.OrderHeld.ShouldBeTrue();
        FactData.Index(first, second).Select(f => f.Id).ShouldBe(new[] { "civic-union", "tomas-brenner", "union-b" });
        var fromString = FactData.Index("1 0 2", first, second);
        fromString.ShouldBe(index);
        fromString.Chunks!.OrderHeld.ShouldBeTrue();
    }
}
