using System;
using System.Collections.Generic;
using System.ComponentModel;
using FactModel.Data;

namespace FactModel;

/// <summary>
/// For generated code: the values of one fact of a kind a project declares, as the model's data holds them, which the
/// generated constructor of that kind reads one by one, in the order its fields are declared (the base kind's first).
/// Not meant for other code: the data's format is the generator's, and may change with it.
/// </summary>
/// <remarks>
/// Each reader consumes the next value of the fact's declared part; the reader of the whole data checks that the
/// constructor read them all. Decoding is <see cref="FactDataReader"/>'s, the same as for the built-in kinds' fields.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FactFields
{
    private readonly byte[] _values;
    private readonly Func<string, Fact?> _lookup;
    private int _position;

    internal FactFields(string kind, Fact? @base, string id, IReadOnlyList<Source> sources, string? notes, byte[] values, Func<string, Fact?> lookup)
    {
        Kind = kind;
        Base = @base;
        Id = id;
        Sources = sources;
        Notes = notes;
        _values = values;
        _lookup = lookup;
    }

    /// <summary>The declared kind's id: <c>casualty-report</c>.</summary>
    public string Kind { get; }

    /// <summary>
    /// For a kind that extends a built-in kind (directly or through other declared kinds), the built-in fact with the
    /// built-in fields (a <see cref="Person"/> for a politician), whose copy constructor the generated one calls; null
    /// for a kind that extends <c>fact</c> directly.
    /// </summary>
    public Fact? Base { get; }

    /// <summary>The fact's id (<see cref="Base"/>'s for an extension of a built-in kind).</summary>
    public string Id { get; }

    /// <summary>Where the fact is stated (<see cref="Base"/>'s for an extension of a built-in kind).</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>An editor's note, if any (<see cref="Base"/>'s for an extension of a built-in kind).</summary>
    public string? Notes { get; }

    /// <summary>True when every value of the declared part has been read.</summary>
    internal bool IsRead => _position == _values.Length;

    /// <summary>The next value, a text or null.</summary>
    public string? Text() => Read(static (ref FactDataReader r) => r.Text());

    /// <summary>The next value, a number or null.</summary>
    public decimal? Number() => Read(static (ref FactDataReader r) => r.OptionalDecimal());

    /// <summary>The next value, a boolean or null.</summary>
    public bool? Boolean() => Read(static (ref FactDataReader r) => r.Boolean());

    /// <summary>The next value, a quantity or null.</summary>
    public Quantity? Quantity() => Read(static (ref FactDataReader r) => r.Quantity());

    /// <summary>The next value, a share or null.</summary>
    public Share? Share() => Read(static (ref FactDataReader r) => r.Share());

    /// <summary>The next value, a date or span of dates, or null.</summary>
    public DateSpan? DateSpan() => Read(static (ref FactDataReader r) => r.Span());

    /// <summary>
    /// The next value, a word of a closed vocabulary (<c>more-than</c>) as the member of <typeparamref name="TEnum"/>
    /// of the same name in PascalCase (<c>MoreThan</c>), or null.
    /// </summary>
    /// <exception cref="FormatException">No member of <typeparamref name="TEnum"/> has the word's name.</exception>
    public TEnum? Word<TEnum>() where TEnum : struct, Enum
    {
        if (Text() is not { } word) return null;
        if (Kebab.TryParseWord(word, out TEnum value)) return value;
        throw new FormatException($"The fact data is damaged: '{word}' is no {typeof(TEnum).Name} of '{Id}'.");
    }

    /// <summary>The next value, a reference by id resolved when read, or null.</summary>
    public FactRef<T>? Reference<T>() where T : Fact => Read(static (ref FactDataReader r) => r.Optional<T>());

    /// <summary>The next value, a list of references, each resolved when read.</summary>
    public IReadOnlyList<T> References<T>() where T : Fact => FactRefList<T>.From(Read(static (ref FactDataReader r) => r.References<T>()));

    /// <summary>The next value, a list of texts.</summary>
    public IReadOnlyList<string> Texts() => ReadOnly.List(Read(static (ref FactDataReader r) => r.Texts()));

    /// <summary>The next value, a list: its count, then each item, read by <paramref name="item"/> (<c>f =&gt; f.Number()</c>).</summary>
    public IReadOnlyList<T> List<T>(Func<FactFields, T> item)
    {
        if (item is null) throw new ArgumentNullException(nameof(item));
        int count = Read(static (ref FactDataReader r) => r.Number());
        if (count == 0) return Array.Empty<T>();
        var items = new T[count];
        for (int i = 0; i < count; i++) items[i] = item(this);
        return Array.AsReadOnly(items);
    }

    /// <summary>Reads one value where the last one ended.</summary>
    private T Read<T>(FactDataReader.ItemReader<T> read)
    {
        var reader = new FactDataReader(_values.AsSpan(_position), _lookup);
        T value = read(ref reader);
        _position += reader.Consumed;
        return value;
    }
}
