using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Threading;
using FactModel.Data;

namespace FactModel;

/// <summary>
/// Up to 200 facts of a generated model, built from the data the model embeds when one of them is first read. Not
/// meant for other code: generated models hold one per part of a fact file, and their properties index into it.
/// </summary>
/// <remarks>
/// A model is built a chunk at a time so that reading one fact costs its chunk, not the whole model. The data is a
/// UTF-8 literal, which C# can only hand over as a span, and a span cannot wait in a field: so the chunk keeps the
/// generated function that passes its data back to <see cref="Load(ReadOnlySpan{byte})"/> (one function for the chunks
/// of a generated source, each chunk its own part of it), and calls it, under its lock, when it needs the facts (or only their ids, for a lookup by id). Every thread sees the one array of facts
/// the first build published: one object per id. The facts are built as heads (id and display name), and each reads
/// the rest of its line of data, through the same function, when one of its other fields is first used: reading a
/// whole model's names costs the heads, not every source and reference of every fact.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FactChunk
{
    private readonly int _count;
    private readonly Func<string, Fact?> _lookup;
    private readonly Func<FactFields, Fact?>? _declared;
    private readonly Action<FactChunk, int> _data;
    private readonly int _part;
    // Held while the data is read (Load runs under it), so that the facts are built once.
    private readonly object _gate = new object();
    private Fact[]? _facts;
    // What the call to _data in progress is for, and what it read: ids, or one fact read whole from the line at _line;
    // all under _gate.
    private Reading _reading;
    private string[]? _ids;
    private int _line;
    private Fact? _whole;

    private enum Reading { Nothing, Facts, Ids, Line }

    /// <summary>
    /// The <paramref name="count"/> facts of the data <paramref name="data"/> passes to <see cref="Load(ReadOnlySpan{byte})"/>
    /// when called with this chunk and <paramref name="part"/> (one function serves the chunks of a generated source, each
    /// its own part), whose references resolve through <paramref name="lookup"/>.
    /// </summary>
    public FactChunk(int count, Func<string, Fact?> lookup, Action<FactChunk, int> data, int part)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
        _count = count;
        _lookup = lookup ?? throw new ArgumentNullException(nameof(lookup));
        _data = data ?? throw new ArgumentNullException(nameof(data));
        _part = part;
    }

    /// <summary>
    /// The same, for data with facts of the kinds the project declares, made by <paramref name="declared"/> from their
    /// <see cref="FactFields"/> (null for a kind it does not know).
    /// </summary>
    public FactChunk(int count, Func<string, Fact?> lookup, Func<FactFields, Fact?> declared, Action<FactChunk, int> data, int part)
        : this(count, lookup, data, part) =>
        _declared = declared ?? throw new ArgumentNullException(nameof(declared));

    /// <summary>
    /// The chunks one generated function <paramref name="data"/> serves, made at once: the chunk at index <c>i</c> holds
    /// <c>counts[i]</c> facts, and is part <c>i</c> of the function's data. A generated model makes the chunks of each
    /// of its sources with one call, so that its static constructor has a line per source, not one per chunk, for the
    /// JIT to compile.
    /// </summary>
    public static FactChunk[] Create(int[] counts, Func<string, Fact?> lookup, Action<FactChunk, int> data) =>
        Parts(counts, lookup, null, data);

    /// <summary>The same, for data with facts of the kinds the project declares, made by <paramref name="declared"/>.</summary>
    public static FactChunk[] Create(int[] counts, Func<string, Fact?> lookup, Func<FactFields, Fact?> declared, Action<FactChunk, int> data) =>
        Parts(counts, lookup, declared ?? throw new ArgumentNullException(nameof(declared)), data);

    private static FactChunk[] Parts(int[] counts, Func<string, Fact?> lookup, Func<FactFields, Fact?>? declared, Action<FactChunk, int> data)
    {
        var chunks = new FactChunk[(counts ?? throw new ArgumentNullException(nameof(counts))).Length];
        for (int part = 0; part < chunks.Length; part++)
            chunks[part] = declared is null ? new FactChunk(counts[part], lookup, data, part) : new FactChunk(counts[part], lookup, declared, data, part);
        return chunks;
    }

    /// <summary>The fact at <paramref name="index"/> in the data; the first read builds every fact of the chunk.</summary>
    public Fact this[int index] => Facts[index];

    /// <summary>How many facts the chunk holds.</summary>
    public int Count => _count;

    /// <summary>
    /// Reads the chunk's data: what the function the chunk was made with calls, with the data, when the chunk asks
    /// for it. A call at any other time is a mistake, and throws.
    /// </summary>
    public void Load(ReadOnlySpan<byte> data) => Read(data, wholeFacts: false);

    /// <summary>The same, from data held as a string (by models compiled with C# 10 or earlier, which have no UTF-8 literals).</summary>
    /// <remarks>
    /// Such data is encoded anew on each call, so its facts are read whole at once rather than one by one later.
    /// </remarks>
    public void Load(string data) => Read(Encoding.UTF8.GetBytes(data ?? throw new ArgumentNullException(nameof(data))), wholeFacts: true);

    /// <summary>
    /// Reads what <see cref="_reading"/> asks for: the ids; one fact whole; or every fact, as heads whose rest is read
    /// when first used (<see cref="ReadLine(int)"/>), or whole when <paramref name="wholeFacts"/>.
    /// </summary>
    private void Read(ReadOnlySpan<byte> data, bool wholeFacts)
    {
        if (!Monitor.IsEntered(_gate) || _reading == Reading.Nothing)
            throw new InvalidOperationException("A fact chunk's data is read when the chunk asks for it, not otherwise.");
        switch (_reading)
        {
            case Reading.Ids:
                _ids = new FactDataReader(data, _lookup).ReadIds(_count);
                return;
            case Reading.Line:
                _whole = new FactDataReader(data.Slice(_line), _lookup, _declared).ReadFact();
                return;
            default:
                var reader = new FactDataReader(data, _lookup, _declared);
                Volatile.Write(ref _facts, wholeFacts ? reader.ReadFacts(_count) : reader.ReadHeads(_count, this));
                return;
        }
    }

    /// <summary>True once the facts are built (tests observe the laziness through it).</summary>
    internal bool IsBuilt => Volatile.Read(ref _facts) is not null;

    /// <summary>The facts, in the order of the data, built on first use.</summary>
    internal Fact[] Facts => Volatile.Read(ref _facts) ?? Build();

    /// <summary>
    /// The ids of the facts, in the order of the data, without building them: read from the built facts if they are,
    /// else from the data, which costs a scan of it and a string per id.
    /// </summary>
    internal string[] Ids()
    {
        if (Volatile.Read(ref _facts) is { } built) return IdsOf(built);
        lock (_gate)
        {
            if (_facts is not null) return IdsOf(_facts);
            ReadData(Reading.Ids);
            var ids = _ids ?? throw new InvalidOperationException("The model's data did not load.");
            _ids = null;
            return ids;
        }
    }

    /// <summary>
    /// The fact on the line that starts at byte <paramref name="line"/> of the data, read whole: the rest of a head
    /// (<see cref="Fact.Rest"/>).
    /// </summary>
    internal Fact ReadLine(int line)
    {
        lock (_gate)
        {
            _line = line;
            ReadData(Reading.Line);
            var whole = _whole ?? throw new InvalidOperationException("The model's data did not load.");
            _whole = null;
            return whole;
        }
    }

    private Fact[] Build()
    {
        lock (_gate)
        {
            if (_facts is null)
            {
                ReadData(Reading.Facts);
                if (_facts is null) throw new InvalidOperationException("The model's data did not load.");
            }
            return _facts;
        }
    }

    /// <summary>Calls the generated function, which calls <see cref="Load(ReadOnlySpan{byte})"/> back; under <see cref="_gate"/>.</summary>
    private void ReadData(Reading reading)
    {
        // The lock is re-entrant: a fact of this chunk read while its facts are being built (nothing in the reader does;
        // references resolve when read, later) would otherwise build a second array.
        if (_reading != Reading.Nothing)
            throw new InvalidOperationException("A fact was read while the facts of its part of the model were being built.");
        _reading = reading;
        try
        {
            _data(this, _part);
        }
        finally
        {
            _reading = Reading.Nothing;
        }
    }

    private static string[] IdsOf(Fact[] facts)
    {
        var ids = new string[facts.Length];
        for (int i = 0; i < facts.Length; i++) ids[i] = facts[i].Id;
        return ids;
    }
}

/// <summary>
/// The facts of a generated model as its chunks: lookup by id that builds only the chunk holding the id, and every
/// fact ordered by id, which builds them all. Behind <see cref="FactIndex{T}"/> for generated models.
/// </summary>
internal sealed class FactChunks
{
    private readonly FactChunk[] _chunks;
    // For each fact by id, its place among the chunks' facts one after the other (null when the model gives none, or
    // gave numbers that are not whole): the generator's order, checked when used.
    private readonly int[]? _orderById;
    private readonly object _gate = new object();
    private Dictionary<string, Location>? _byId;
    private Fact[]? _all;

    /// <summary>Where a fact is: its chunk and its position in it.</summary>
    private readonly struct Location
    {
        public Location(FactChunk chunk, int index)
        {
            Chunk = chunk;
            Index = index;
        }

        public FactChunk Chunk { get; }

        public int Index { get; }
    }

    public FactChunks(FactChunk[] chunks)
    {
        _chunks = chunks ?? throw new ArgumentNullException(nameof(chunks));
        foreach (var chunk in chunks)
        {
            if (chunk is null) throw new ArgumentException("A chunk is null.", nameof(chunks));
        }
    }

    /// <summary>The same, with the order by id the model gives (<see cref="ParseOrder"/>), checked when used.</summary>
    public FactChunks(FactChunk[] chunks, ReadOnlySpan<byte> orderById)
        : this(chunks)
    {
        int count = 0;
        foreach (var chunk in chunks) count += chunk.Count;
        _orderById = ParseOrder(orderById, count);
    }

    /// <summary>
    /// Finds the fact with the id <paramref name="id"/>: O(1), without allocating once the ids are indexed (on the
    /// first lookup, from every chunk's data, without building facts) and the fact's chunk is built.
    /// </summary>
    public bool TryGet(string id, out Fact? fact)
    {
        var byId = Volatile.Read(ref _byId) ?? IndexIds();
        if (id is not null && byId.TryGetValue(id, out var location))
        {
            fact = location.Chunk[location.Index];
            return true;
        }
        fact = null;
        return false;
    }

    /// <summary>Whether <see cref="All"/> was placed in the order the model gave rather than sorted (tests observe it).</summary>
    internal bool OrderHeld { get; private set; }

    /// <summary>Every fact, ordered by id (ordinal): builds every chunk, once; every thread gets the same array.</summary>
    public Fact[] All => Volatile.Read(ref _all) ?? BuildAll();

    private Dictionary<string, Location> IndexIds()
    {
        lock (_gate)
        {
            if (_byId is not null) return _byId;
            int count = 0;
            foreach (var chunk in _chunks) count += chunk.Count;
            var byId = new Dictionary<string, Location>(count, StringComparer.Ordinal);
            foreach (var chunk in _chunks)
            {
                var ids = chunk.Ids();
                for (int i = 0; i < ids.Length; i++)
                {
                    if (byId.ContainsKey(ids[i])) throw new InvalidOperationException($"Two facts have the id '{ids[i]}'.");
                    byId.Add(ids[i], new Location(chunk, i));
                }
            }
            Volatile.Write(ref _byId, byId);
            return byId;
        }
    }

    /// <summary>
    /// <paramref name="facts"/> in <paramref name="orderById"/>, or null when it is not their order by id: in one pass,
    /// each place used once and each id after the one before it (ordinal), which makes the result the sorted order.
    /// </summary>
    private static Fact[]? InOrder(Fact[] facts, int[]? orderById)
    {
        if (orderById is null || orderById.Length != facts.Length) return null;
        var placed = new Fact[facts.Length];
        var used = new bool[facts.Length];
        for (int i = 0; i < orderById.Length; i++)
        {
            int place = orderById[i];
            if ((uint)place >= (uint)facts.Length || used[place]) return null;
            used[place] = true;
            placed[i] = facts[place];
            if (i > 0 && string.CompareOrdinal(placed[i - 1].Id, placed[i].Id) >= 0) return null;
        }
        return placed;
    }

    private static Fact[] ByIdSorted(Fact[] facts)
    {
        var ids = new string[facts.Length];
        for (int i = 0; i < facts.Length; i++) ids[i] = facts[i].Id;
        Array.Sort(ids, facts, StringComparer.Ordinal);
        return facts;
    }

    /// <summary>
    /// The <paramref name="count"/> whole numbers of <paramref name="order"/>, separated by white space, in an array of
    /// that size (at 50,000 facts a list grown as it went allocated 330 KB more); null if anything else is in it, or
    /// another number of them, which cannot be the order of the facts.
    /// </summary>
    private static int[]? ParseOrder(ReadOnlySpan<byte> order, int count)
    {
        var numbers = new int[count];
        int next = 0, value = -1;
        foreach (byte b in order)
        {
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                if (value > (int.MaxValue - 9) / 10) return null;
                value = (value < 0 ? 0 : value * 10) + (b - '0');
            }
            else if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                if (value >= 0 && !Add(value)) return null;
                value = -1;
            }
            else
            {
                return null;
            }
        }
        if (value >= 0 && !Add(value)) return null;
        return next == count ? numbers : null;

        bool Add(int number)
        {
            if (next == numbers.Length) return false;
            numbers[next++] = number;
            return true;
        }
    }

    /// <summary>From this many chunks on, <see cref="BuildEveryChunk"/> asks the thread pool for a helper.</summary>
    internal const int ChunksForAHelper = 8;

    /// <summary>
    /// Builds every chunk, with a helper from the thread pool beside the calling thread when there are many: each takes
    /// the next chunk not yet taken until none is left. Building a chunk is independent of the others and each is built
    /// once, under its own lock, whichever thread builds it; at 50,000 facts this took a quarter to a third off the
    /// first <see cref="All"/> on two cores. The caller never waits for the helper (a pool that is busy, or a runtime
    /// with one thread, may start it late or never): it builds every chunk left itself, and reads a chunk the helper is
    /// still building through that chunk's lock. The helper keeps its failures to itself: the caller meets a chunk whose
    /// data is damaged when it reads it.
    /// </summary>
    private static void BuildEveryChunk(FactChunk[] chunks)
    {
        if (chunks.Length < ChunksForAHelper) return;
        var taking = new ChunkTaker(chunks);
        ThreadPool.QueueUserWorkItem(state =>
        {
            try
            {
                ((ChunkTaker)state!).BuildWhatIsLeft();
            }
            catch (Exception)
            {
                // Left for the caller to meet when it reads the chunk (see above).
            }
        }, taking);
        taking.BuildWhatIsLeft();
    }

    /// <summary>Hands out the chunks, each once, to the threads that build them.</summary>
    private sealed class ChunkTaker
    {
        private readonly FactChunk[] _chunks;
        private int _taken = -1;

        public ChunkTaker(FactChunk[] chunks) => _chunks = chunks;

        public void BuildWhatIsLeft()
        {
            int next;
            while ((next = Interlocked.Increment(ref _taken)) < _chunks.Length) _ = _chunks[next].Facts;
        }
    }

    private Fact[] BuildAll()
    {
        lock (_gate)
        {
            if (_all is not null) return _all;
            BuildEveryChunk(_chunks);
            int count = 0;
            foreach (var chunk in _chunks) count += chunk.Count;
            var facts = new Fact[count];
            int next = 0;
            foreach (var chunk in _chunks)
            {
                foreach (var fact in chunk.Facts) facts[next++] = fact;
            }
            var placed = InOrder(facts, _orderById);
            OrderHeld = placed is not null;
            var all = placed ?? ByIdSorted(facts);
            Volatile.Write(ref _all, all);
            return all;
        }
    }
}
