using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactModel.Data;

/// <summary>
/// Reads the facts that FactDataWriter (in FactModel.Core) wrote, field by field in the same order, straight from the UTF-8
/// bytes the generated model embeds.
/// </summary>
/// <remarks>
/// Generated models call this once per data field, when the catalog is first used. (Compiling it fully optimized at
/// once, with <c>AggressiveOptimization</c>, made first access in a fresh process slower, 49 ms against 38 at 10,000
/// facts: the JIT's time outweighed the faster code.)
/// The values a project's own kinds declare are read by the generated constructors through <see cref="FactFields"/>,
/// which decodes each one with the token readers here (hence public), over the bytes of the fact's declared part.
/// </remarks>
internal ref struct FactDataReader
{
    private const byte Separator = (byte)FactDataFormat.Separator;

    private readonly Func<string, Fact?> _lookup;
    private readonly Func<FactFields, Fact?>? _declared;
    private readonly int _length;
    private ReadOnlySpan<byte> _data;
    // The document the last source named, and the key of the last added value: both repeat fact after fact.
    private RepeatedText _document;
    private RepeatedText _key;

    /// <summary>A reader of <paramref name="data"/>; facts of declared kinds are made by <paramref name="declared"/>.</summary>
    public FactDataReader(ReadOnlySpan<byte> data, Func<string, Fact?> lookup, Func<FactFields, Fact?>? declared = null)
    {
        _data = data;
        _lookup = lookup;
        _declared = declared;
        _length = data.Length;
    }

    /// <summary>How many bytes of the data the reader has read.</summary>
    public int Consumed => _length - _data.Length;

    public Fact[] ReadFacts(int count)
    {
        var facts = new Fact[count];
        for (int i = 0; i < facts.Length; i++)
        {
            SkipLayout();
            facts[i] = ReadFact();
        }
        SkipLayout();
        if (!_data.IsEmpty) throw new FormatException("The fact data holds more facts than it says.");
        return facts;
    }

    /// <summary>
    /// The <paramref name="count"/> facts as heads, each with its id and the text of its display name, whose rest
    /// <paramref name="chunk"/> reads from the fact's line when first used (<see cref="Fact"/>): a built-in fact's
    /// line starts with its code, its id and that text (<see cref="FactDataFormat"/>), and the rest of the line is
    /// skipped unread. Facts of declared kinds are read whole, as their generated constructors take every field.
    /// </summary>
    public Fact[] ReadHeads(int count, FactChunk chunk)
    {
        var facts = new Fact[count];
        for (int i = 0; i < facts.Length; i++)
        {
            SkipLayout();
            int line = Consumed;
            byte code = Code();
            if (code is (byte)'X' or (byte)'Y')
            {
                facts[i] = ReadDeclared(extendsBuiltIn: code == (byte)'Y');
                continue;
            }
            string id = Text() ?? throw new FormatException("The fact data is damaged: a fact has no id.");
            string? name = Text();
            // A lower-case code is the same kind with added values, which the rest holds.
            facts[i] = (code is >= (byte)'a' and <= (byte)'z' ? (byte)(code - 'a' + 'A') : code) switch
            {
                (byte)'P' => new Person(id, name, chunk, line),
                (byte)'O' => new Organization(id, name, chunk, line),
                (byte)'S' => new State(id, name, chunk, line),
                (byte)'G' => new Group(id, name, chunk, line),
                (byte)'L' => new Place(id, name ?? throw Damaged(id), chunk, line),
                (byte)'E' => new Event(id, name ?? throw Damaged(id), chunk, line),
                (byte)'F' => new Figure(id, name ?? throw Damaged(id), chunk, line),
                _ => throw new FormatException($"The fact data is damaged: '{(char)code}' is no kind of fact."),
            };
            SkipLine();
        }
        SkipLayout();
        if (!_data.IsEmpty) throw new FormatException("The fact data holds more facts than it says.");
        return facts;

        static FormatException Damaged(string id) => new($"The fact data is damaged: '{id}' has no name.");
    }

    /// <summary>
    /// The id of each of the <paramref name="count"/> facts, without building them: the token after a fact's code,
    /// after its kind for an <c>X</c> line, and after its kind and built-in code for a <c>Y</c> line; the rest of the
    /// line (one line per fact) is skipped unread.
    /// </summary>
    public string[] ReadIds(int count)
    {
        var ids = new string[count];
        for (int i = 0; i < ids.Length; i++)
        {
            SkipLayout();
            byte code = Code();
            if (code is (byte)'X' or (byte)'Y') Next();
            if (code == (byte)'Y') Code();
            ids[i] = Text() ?? throw new FormatException("The fact data is damaged: a fact has no id.");
            SkipLine();
        }
        SkipLayout();
        if (!_data.IsEmpty) throw new FormatException("The fact data holds more facts than it says.");
        return ids;
    }

    /// <summary>Skips the rest of a fact's line (one line per fact: the data escapes line breaks).</summary>
    private void SkipLine()
    {
        int end = _data.IndexOf((byte)'\n');
        _data = end < 0 ? default : _data.Slice(end + 1);
    }

    /// <summary>Skips the line breaks and indentation between facts.</summary>
    private void SkipLayout()
    {
        int i = 0;
        while (i < _data.Length && _data[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        _data = _data.Slice(i);
    }

    /// <summary>One fact, read whole.</summary>
    public Fact ReadFact()
    {
        byte code = Code();
        return code switch
        {
            (byte)'X' => ReadDeclared(extendsBuiltIn: false),
            (byte)'Y' => ReadDeclared(extendsBuiltIn: true),
            _ => ReadBuiltIn(code),
        };
    }

    private byte Code()
    {
        var code = Next();
        if (code.Length != 1) throw new FormatException("The fact data is damaged: a fact starts without its kind.");
        return code[0];
    }

    private Fact ReadBuiltIn(byte code)
    {
        // In lower case: a fact whose kind has added fields, their values by key after its notes (FactDataFormat).
        if (code is >= (byte)'a' and <= (byte)'z')
        {
            var keyed = ReadBuiltIn((byte)(code - 'a' + 'A'));
            keyed.AddedValues = ReadValues();
            return keyed;
        }
        Fact fact = code switch
        {
            (byte)'P' => new Person(Text()!, Text(), Texts(), Text(), Roles(), Optional<Actor>(), Optional<Actor>(), Text(), Sources(), Text()),
            (byte)'O' => new Organization(Text()!, Text(), Texts(), Text(), Roles(), Optional<Actor>(), Optional<Actor>(), Text(), Sources(), Text()),
            (byte)'S' => new State(Text()!, Text(), Texts(), Text(), Roles(), Optional<Actor>(), Optional<Actor>(), Text(), Sources(), Text()),
            (byte)'G' => new Group(Text()!, Text(), Texts(), Text(), Roles(), Optional<Actor>(), Optional<Actor>(), Text(), Sources(), Text()),
            (byte)'L' => new Place(Text()!, Text()!, Text(), Texts(), Text(), References<Place>(), Text(), Sources(), Text()),
            (byte)'E' => new Event(Text()!, Text()!, Text(), Span(), (EventStatus)Number(), (Certainty)Number(), Text(), References<Place>(),
                Participants(), Optional<Event>(), References<Event>(), References<Event>(), References<Event>(), Quotes(), Sources(), Text()),
            // Named arguments are still evaluated in the order written, the writer's order.
            (byte)'F' => new Figure(id: Text()!, measure: Text()!, value: Quantity(), kind: (FigureKind)Number(), about: Optional<Fact>(),
                of: Optional<Figure>(), share: Share(), accordingTo: Optional<Actor>(), certainty: (Certainty)Number(), asOf: Date(),
                ofGroup: Optional<Actor>(), ofDescription: Text(), unit: Text(), values: FigureValues(), sources: Sources(), notes: Text()),
            _ => throw new FormatException($"The fact data is damaged: '{(char)code}' is no built-in kind of fact."),
        };
        return fact;
    }

    /// <summary>
    /// A fact of a declared kind (see <see cref="FactDataFormat"/>): its kind, then the built-in fact it extends or
    /// its id, its declared part, and then, when it extends no built-in kind, its sources and notes. The declared part
    /// is kept as bytes, for the generated constructor to read through <see cref="FactFields"/>.
    /// </summary>
    private Fact ReadDeclared(bool extendsBuiltIn)
    {
        string kind = Text() ?? throw new FormatException("The fact data is damaged: a fact of a declared kind does not name its kind.");
        Fact? builtIn = extendsBuiltIn ? ReadBuiltIn(Code()) : null;
        string id = builtIn?.Id ?? Text() ?? throw new FormatException($"The fact data is damaged: a fact of kind '{kind}' has no id.");
        byte[] values = DeclaredPart();
        var sources = builtIn is null ? ReadOnly.List(Sources()) : builtIn.Sources;
        string? notes = builtIn is null ? Text() : builtIn.Notes;
        var fields = new FactFields(kind, builtIn, id, sources, notes, values, _lookup);
        if (_declared?.Invoke(fields) is not { } fact)
            throw new FormatException($"The fact data holds '{id}' of the kind '{kind}', which the model declares no type for.");
        if (!fields.IsRead)
            throw new FormatException($"The fact data is damaged: '{id}' has more values than its kind '{kind}' reads.");
        return fact;
    }

    /// <summary>The values of the fields added to a built-in kind: a count, then each key, its type's letter and its value.</summary>
    private FactValues ReadValues()
    {
        int count = Number();
        var keys = new string[count];
        var values = new object?[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = _key.Read(Next()) ?? throw new FormatException("The fact data is damaged: a value has no key.");
            byte letter = Code();
            bool list = letter is >= (byte)'A' and <= (byte)'Z';
            if (!FactDataFormat.TryGetType((char)(list ? letter - 'A' + 'a' : letter), out var type))
                throw new FormatException($"The fact data is damaged: '{(char)letter}' is no type of value.");
            if (!list)
            {
                values[i] = Value(type);
                continue;
            }
            var items = new object?[Number()];
            for (int k = 0; k < items.Length; k++) items[k] = Value(type);
            values[i] = ListOf(type, items);
        }
        return new FactValues(keys, values);
    }

    private object? Value(FactDataFormat.ValueType type) => type switch
    {
        FactDataFormat.ValueType.Number => OptionalDecimal(),
        FactDataFormat.ValueType.Boolean => Boolean(),
        FactDataFormat.ValueType.Quantity => Quantity(),
        FactDataFormat.ValueType.Share => Share(),
        FactDataFormat.ValueType.DateSpan => Span(),
        FactDataFormat.ValueType.Reference => Optional<Fact>(),
        _ => Text(),
    };

    /// <summary>A list typed by its items, so that a property reads texts as strings and references as references.</summary>
    private static object ListOf(FactDataFormat.ValueType type, object?[] items) => type switch
    {
        FactDataFormat.ValueType.Text => Array.AsReadOnly(Array.ConvertAll(items, item => (string)item!)),
        FactDataFormat.ValueType.Reference => Array.AsReadOnly(Array.ConvertAll(items, item => (FactRef<Fact>)item!)),
        _ => Array.AsReadOnly(items),
    };

    /// <summary>The bytes of the declared part: a count of tokens, then that many tokens, separators included.</summary>
    private byte[] DeclaredPart()
    {
        int tokens = Number();
        int length = 0;
        for (int i = 0; i < tokens; i++)
        {
            int end = _data.Slice(length).IndexOf(Separator);
            if (end < 0) throw new FormatException("The fact data is damaged: it ends inside a fact.");
            length += end + 1;
        }
        if (length == 0) return Array.Empty<byte>();
        var part = _data.Slice(0, length).ToArray();
        _data = _data.Slice(length);
        return part;
    }

    // C# evaluates arguments left to right, so the constructor calls above read the fields in the writer's order.

    private Handover<Role>? Roles() => List(static (ref FactDataReader r) => new Role(r.Text()!, r.Reference<Actor>(), r.Date(), r.Date()));

    private Handover<Participant>? Participants() => List(static (ref FactDataReader r) => new Participant(r.Reference<Actor>(), r.Text()!));

    private Handover<Quote>? Quotes() => List(static (ref FactDataReader r) => new Quote(r.Reference<Actor>(), r.Text()!));

    private Handover<FigureValue>? FigureValues() =>
        List(static (ref FactDataReader r) => new FigureValue(r.Quantity()!, r.Date(), r.Optional<Actor>(), r.Sources()));

    private Handover<Source>? Sources() => List(static (ref FactDataReader r) => new Source(r.Document(), r.Text()!));

    /// <summary>
    /// A text that the data repeats, such as the document of a fact file's sources (one article, quoted fact after
    /// fact) or the key of a value added to a kind: read as the string read for it last when the bytes are the same,
    /// rather than as a new copy each time.
    /// </summary>
    private ref struct RepeatedText
    {
        private ReadOnlySpan<byte> _token;
        private string? _text;

        public string? Read(ReadOnlySpan<byte> token)
        {
            if (_text is not null && token.SequenceEqual(_token)) return _text;
            _token = token;
            return _text = TextOf(token);
        }
    }

    private string Document() =>
        _document.Read(Next()) ?? throw new FormatException("The fact data is damaged: a source names no document.");

    public Handover<string>? Texts() => List(static (ref FactDataReader r) => r.Text()!);

    public Handover<FactRef<T>>? References<T>() where T : Fact => List(static (ref FactDataReader r) => r.Reference<T>());

    public delegate T ItemReader<T>(ref FactDataReader reader);

    /// <summary>A count, then that many items, handed over to the fact that keeps them (no copy); null for none.</summary>
    private Handover<T>? List<T>(ItemReader<T> item)
    {
        int count = Number();
        if (count == 0) return null;
        var items = new T[count];
        for (int i = 0; i < count; i++) items[i] = item(ref this);
        return new Handover<T>(items);
    }

    private FactRef<T> Reference<T>() where T : Fact => new(Text()!, _lookup);

    public FactRef<T>? Optional<T>() where T : Fact => Text() is { } id ? new FactRef<T>(id, _lookup) : (FactRef<T>?)null;

    public DateSpan? Span()
    {
        var start = Date();
        var end = Next();
        if (start is not { } from) return null;
        if (end.Length == 1 && end[0] == (byte)'+') return DateSpan.Since(from);
        return end.IsEmpty ? DateSpan.On(from) : DateSpan.Between(from, DateOf(end));
    }

    private PartialDate? Date()
    {
        var token = Next();
        return token.IsEmpty ? null : DateOf(token);
    }

    private static PartialDate DateOf(ReadOnlySpan<byte> token)
    {
        var fields = token.Slice(1);
        int year = NextNumber(ref fields);
        return token[0] switch
        {
            (byte)'y' => PartialDate.FromYear(year),
            (byte)'m' => PartialDate.FromMonth(year, NextNumber(ref fields)),
            (byte)'d' => PartialDate.FromDay(year, NextNumber(ref fields), NextNumber(ref fields)),
            (byte)'s' => PartialDate.FromSeason(year, (Season)NextNumber(ref fields)),
            _ => throw new FormatException("The fact data is damaged: a date has no precision."),
        };
    }

    public Quantity? Quantity()
    {
        var kind = Next();
        if (kind.IsEmpty) return null;
        return kind[0] switch
        {
            (byte)'n' => FactModel.Quantity.Of(Decimal(), (Qualifier)Number(), Text()),
            (byte)'p' => FactModel.Quantity.Of(value: Decimal(), roundedTo: Decimal(), unit: Text(), qualifier: Qualifier.Exact),
            (byte)'r' => FactModel.Quantity.Between(Decimal(), Decimal(), Text()),
            (byte)'m' => FactModel.Quantity.OfMagnitude((Magnitude)Number(), Text()),
            (byte)'u' => FactModel.Quantity.Unknown(Text()),
            _ => throw new FormatException("The fact data is damaged: a quantity has no kind."),
        };
    }

    public Share? Share()
    {
        var kind = Next();
        if (kind.IsEmpty) return null;
        return kind[0] switch
        {
            (byte)'p' => FactModel.Share.Percent(Decimal(), (Qualifier)Number()),
            (byte)'f' => FactModel.Share.Fraction(Decimal(), Decimal(), (Qualifier)Number()),
            (byte)'m' => FactModel.Share.Most(),
            _ => throw new FormatException("The fact data is damaged: a share has no kind."),
        };
    }

    private decimal Decimal() => DecimalOf(Next());

    /// <summary>A decimal, or null for an empty token.</summary>
    public decimal? OptionalDecimal()
    {
        var token = Next();
        return token.IsEmpty ? null : DecimalOf(token);
    }

    private static decimal DecimalOf(ReadOnlySpan<byte> token) => decimal.Parse(Utf8(token), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary><c>1</c> true, <c>0</c> false, empty null.</summary>
    public bool? Boolean()
    {
        var token = Next();
        if (token.IsEmpty) return null;
        if (token.Length == 1 && token[0] is (byte)'0' or (byte)'1') return token[0] == (byte)'1';
        throw new FormatException("The fact data is damaged: a boolean is neither 1 nor 0.");
    }

    /// <summary>A whole number: a count (empty is 0) or an enum's value.</summary>
    public int Number()
    {
        var token = Next();
        return NextNumber(ref token);
    }

    /// <summary>Reads the digits at the start of <paramref name="token"/> (0 when there are none) and skips a dot after them.</summary>
    private static int NextNumber(ref ReadOnlySpan<byte> token)
    {
        int value = 0, i = 0;
        for (; i < token.Length && token[i] is >= (byte)'0' and <= (byte)'9'; i++) value = checked(value * 10 + (token[i] - '0'));
        token = token.Slice(i < token.Length && token[i] == (byte)'.' ? i + 1 : i);
        return value;
    }

    public string? Text() => TextOf(Next());

    private static string? TextOf(ReadOnlySpan<byte> token)
    {
        if (token.IsEmpty) return null;
        if (token.Length == 1 && token[0] == (byte)FactDataFormat.Escape) return "";
        string text = Utf8(token);
        return token.IndexOf((byte)FactDataFormat.Escape) < 0 ? text : FactDataFormat.Unescape(text);
    }

    private ReadOnlySpan<byte> Next()
    {
        int end = _data.IndexOf(Separator);
        if (end < 0) throw new FormatException("The fact data is damaged: it ends inside a fact.");
        var token = _data.Slice(0, end);
        _data = _data.Slice(end + 1);
        return token;
    }

    private static unsafe string Utf8(ReadOnlySpan<byte> token)
    {
        fixed (byte* bytes = token) return Encoding.UTF8.GetString(bytes, token.Length);
    }
}
