using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using FactModel.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace FactModel.Generator.Tests;

/// <summary>
/// A generated model builds its facts a chunk (at most 200 facts of one file) at a time, when one of them is first
/// read: a property, a lookup by id or a reference builds only its chunk; <c>All</c> builds every one. Each test loads
/// the model into a fresh context, so that nothing else has built it, and tells a built chunk from one that is not by
/// <see cref="FactChunk"/>'s internal <c>IsBuilt</c> (read by reflection: this project does not see the runtime
/// library's internals).
/// </summary>
public class LazyAccessTests
{
    private const int Places = 450;   // chunks of 200, 200 and 50
    private const string Chunk0 = "Data_facts_splaces_dyaml_0", Chunk1 = "Data_facts_splaces_dyaml_1", Chunk2 = "Data_facts_splaces_dyaml_2";
    private const string Events = "Data_facts_sevents_dyaml_0";

    /// <summary>
    /// 450 places in one file, each of the first 200 within one of the next 200 (so its reference crosses into the
    /// second chunk), and two events in another file, one of them at a place of the last chunk.
    /// </summary>
    private static byte[] Model(LanguageVersion version = LanguageVersion.Latest)
    {
        var places = new StringBuilder("places:\n");
        for (int i = 0; i < Places; i++)
        {
            places.Append($"  - {{ id: place-{i}, name: Place {i}");
            if (i < 200) places.Append($", within: place-{i + 200}");
            places.Append(" }\n");
        }
        const string events = """
            events:
              - id: event-a
                title: Event A
                date: 2023-10-07
                places: [place-420]
              - id: event-b
                title: Event B
                date: 2023-10-08
            """;
        var harness = new GeneratorHarness(new[] { InputText.Facts("facts/places.yaml", places.ToString()), InputText.Facts("facts/events.yaml", events) },
            languageVersion: version);
        var result = harness.Run();
        // The facts cite no document (FM3003, a warning); nothing else is reported.
        result.Diagnostics.Where(d => d.Id != "FM3003").ShouldBeEmpty();
        return harness.EmitImage();
    }

    private static readonly Lazy<byte[]> Latest = new(() => Model());

    /// <summary>A model loaded afresh: its own statics, nothing built.</summary>
    private sealed class Loaded
    {
        private readonly Type _catalog;
        private readonly Type _places;

        public Loaded(byte[] image)
        {
            var assembly = new AssemblyLoadContext("lazy-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(new MemoryStream(image));
            _catalog = assembly.GetType("Consumer.Facts.FactCatalog")!;
            _places = assembly.GetType("Consumer.Facts.Places")!;
        }

        public bool IsBuilt(string chunk)
        {
            var property = _catalog.GetProperty(chunk, BindingFlags.NonPublic | BindingFlags.Static).ShouldNotBeNull(chunk);
            var isBuilt = typeof(FactChunk).GetProperty("IsBuilt", BindingFlags.NonPublic | BindingFlags.Instance).ShouldNotBeNull();
            return (bool)isBuilt.GetValue(property.GetValue(null))!;
        }

        public string[] Built(params string[] chunks) => chunks.Where(IsBuilt).ToArray();

        public Place Place(int i) => (Place)_places.GetProperty($"Place{i}")!.GetValue(null)!;

        public Fact? TryGet(string id) => TryGet(_catalog, id);

        public Fact? TryGetPlace(string id) => TryGet(_places, id);

        private static Fact? TryGet(Type type, string id)
        {
            var arguments = new object?[] { id, null };
            return (bool)type.GetMethod("TryGet")!.Invoke(null, arguments)! ? (Fact)arguments[1]! : null;
        }

        public IReadOnlyList<Fact> All => (IReadOnlyList<Fact>)_catalog.GetProperty("All")!.GetValue(null)!;

        public IReadOnlyList<Place> AllPlaces => (IReadOnlyList<Place>)_places.GetProperty("All")!.GetValue(null)!;
    }

    private static readonly string[] Every = { Chunk0, Chunk1, Chunk2, Events };

    [Fact]
    public void Reading_one_property_builds_its_chunk_and_no_other()
    {
        var model = new Loaded(Latest.Value);
        model.Built(Every).ShouldBeEmpty();

        var place = model.Place(250);

        place.Id.ShouldBe("place-250");
        model.Built(Every).ShouldBe(new[] { Chunk1 });
        model.Place(399).ShouldBeSameAs(model.Place(399));
        model.Built(Every).ShouldBe(new[] { Chunk1 });
    }

    [Fact]
    public void TryGet_of_an_id_in_a_chunk_not_built_builds_that_chunk_only_and_returns_the_property_s_object()
    {
        var model = new Loaded(Latest.Value);

        var found = model.TryGet("place-420");

        found.ShouldNotBeNull().Id.ShouldBe("place-420");
        model.Built(Every).ShouldBe(new[] { Chunk2 });
        found.ShouldBeSameAs(model.Place(420));
        model.TryGetPlace("place-7").ShouldBeSameAs(model.Place(7));
        model.Built(Every).ShouldBe(new[] { Chunk0, Chunk2 });
        model.TryGet("no-such-fact").ShouldBeNull();
        model.TryGetPlace("event-b").ShouldBeNull();   // an event: not a place, and its chunk is built to know it
        model.Built(Every).ShouldBe(new[] { Chunk0, Chunk2, Events });
    }

    [Fact]
    public void A_reference_builds_only_its_target_s_chunk_and_resolves_to_the_target_s_object()
    {
        var model = new Loaded(Latest.Value);
        var place = model.Place(5);
        model.Built(Every).ShouldBe(new[] { Chunk0 });

        var within = place.Within.ShouldHaveSingleItem();

        within.Id.ShouldBe("place-205");
        model.Built(Every).ShouldBe(new[] { Chunk0, Chunk1 });
        within.ShouldBeSameAs(model.Place(205));
        var eventA = (Event)model.TryGet("event-a")!;
        eventA.Places.ShouldHaveSingleItem().ShouldBeSameAs(model.Place(420));
    }

    [Fact]
    public void All_is_every_fact_ordered_by_id_and_the_same_objects_as_the_properties()
    {
        var model = new Loaded(Latest.Value);
        var early = model.Place(333);   // one chunk built before All

        var all = model.All;

        all.Count.ShouldBe(Places + 2);
        all.Select(f => f.Id).ShouldBe(all.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal));
        model.Built(Every).ShouldBe(Every);
        all.ShouldContain(early);
        for (int i = 0; i < Places; i++) all.Single(f => f.Id == $"place-{i}").ShouldBeSameAs(model.Place(i));
        model.AllPlaces.ShouldBe(all.OfType<Place>());
        model.AllPlaces.Count.ShouldBe(Places);
        model.All.ShouldBeSameAs(all);
    }

    [Fact]
    public void Many_threads_reading_at_once_get_one_object_per_id()
    {
        for (int round = 0; round < 5; round++)
        {
            var model = new Loaded(Latest.Value);
            var seen = new ConcurrentBag<Fact>();
            using var start = new Barrier(8);
            var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                // Each thread in its own order, half of them by property and half by id, one of them through All.
                for (int k = 0; k < Places; k++)
                {
                    int i = (k * (2 * t + 1) + 37 * t) % Places;
                    seen.Add(t % 2 == 0 ? model.Place(i) : model.TryGet($"place-{i}")!);
                    if (t == 7 && k == 100) _ = model.All.Count;
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            var all = model.All.ToDictionary(f => f.Id);
            seen.Count.ShouldBe(8 * Places);
            seen.ShouldAllBe(f => ReferenceEquals(all[f.Id], f));
        }
    }

    [Fact]
    public void Parallel_lookups_of_every_id_in_a_fresh_model_return_the_objects_All_holds()
    {
        var model = new Loaded(Latest.Value);
        var ids = Enumerable.Range(0, Places).Select(i => $"place-{i}").Append("event-a").Append("event-b").ToArray();
        var found = new Fact[ids.Length];

        Parallel.For(0, ids.Length, i => found[i] = model.TryGet(ids[i])!);

        var all = model.All;
        for (int i = 0; i < ids.Length; i++) found[i].ShouldBeSameAs(all.Single(f => f.Id == ids[i]));
    }

    /// <summary>Before C# 11 the data is a string, handed to the chunk the same way and as lazily.</summary>
    [Fact]
    public void A_model_compiled_with_CSharp_10_builds_lazily_from_its_string_data()
    {
        var model = new Loaded(Model(LanguageVersion.CSharp10));

        model.TryGet("place-7").ShouldBeSameAs(model.Place(7));
        model.Built(Every).ShouldBe(new[] { Chunk0 });
        model.Place(7).Within.ShouldHaveSingleItem().ShouldBeSameAs(model.Place(207));
        model.Built(Every).ShouldBe(new[] { Chunk0, Chunk1 });
        model.All.Count.ShouldBe(Places + 2);
    }
}
