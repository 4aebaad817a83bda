using System;
using System.Collections.Generic;

namespace FactModel.Data;

/// <summary>
/// The values of the fields added to a built-in kind (fields no typed constructor parameter holds; see
/// <see cref="FactDataFormat"/>), by key, as the data holds them: a runtime type's property reads its value here by
/// its key (<c>AddedValues?.Text("wikidata")</c>), and the JSON writer writes every one. Decoded once, when the fact is
/// built: a text, number, boolean, <see cref="Quantity"/>, <see cref="Share"/>, <see cref="DateSpan"/>, or a reference
/// resolved when read; a list of them for a list.
/// </summary>
internal sealed class FactValues
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    public FactValues(string[] keys, object?[] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary>Every key with its value (null when the YAML leaves it out), in declaration order.</summary>
    public IEnumerable<KeyValuePair<string, object?>> All
    {
        get
        {
            for (int i = 0; i < _keys.Length; i++) yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    public string? Text(string key) => ValueOf(key) as string;

    public decimal? Number(string key) => ValueOf(key) as decimal?;

    public bool? Boolean(string key) => ValueOf(key) as bool?;

    public Quantity? Quantity(string key) => ValueOf(key) as Quantity;

    public Share? Share(string key) => ValueOf(key) as Share;

    public DateSpan? DateSpan(string key) => ValueOf(key) as DateSpan;

    /// <summary>A word of a closed list as the member of <typeparamref name="TEnum"/> of the same name in PascalCase.</summary>
    public TEnum? Word<TEnum>(string key) where TEnum : struct, Enum =>
        Text(key) is { } word && Kebab.TryParseWord(word, out TEnum value) ? value : null;

    /// <summary>The fact a reference names, or null (none written, or not a <typeparamref name="T"/>).</summary>
    public T? Reference<T>(string key) where T : Fact => ValueOf(key) is FactRef<Fact> reference ? reference.Find() as T : null;

    /// <summary>The items of a list of texts.</summary>
    public IReadOnlyList<string> Texts(string key) => ListOf<string>(key);

    /// <summary>The facts a list of references names, resolved when read.</summary>
    public IReadOnlyList<T> References<T>(string key) where T : Fact
    {
        var items = ListOf<FactRef<Fact>>(key);
        var facts = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (item.Find() is T fact) facts.Add(fact);
        }
        return facts.AsReadOnly();
    }

    private IReadOnlyList<T> ListOf<T>(string key) => ValueOf(key) is IReadOnlyList<T> list ? list : Array.Empty<T>();

    private object? ValueOf(string key)
    {
        // A kind has a handful of added fields: a scan beats a dictionary.
        for (int i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal)) return _values[i];
        }
        return null;
    }
}
