using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FactModel.Core.Kinds;
using FactModel.Specs;

namespace FactModel.Data;

/// <summary>
/// Writes a parsed fact as one line of <see cref="FactDataFormat"/>, for the generator to embed in the model it
/// emits. The order of the fields here is the order in which <see cref="FactDataReader"/> reads them.
/// </summary>
public static class FactDataWriter
{
    /// <summary>
    /// The line of data for <paramref name="fact"/>. Optional references for which <paramref name="resolves"/> is false
    /// (given the kind they must be of, or null for any) are left out: the validator reports them, and the rest of
    /// the model still loads. <paramref name="kinds"/> are the project's kinds, whose declared fields a fact of a
    /// declared kind writes after what its built-in kind has (see <see cref="FactDataFormat"/>).
    /// </summary>
    public static string Write(FactSpec fact, Func<Reference, string?, bool> resolves, KindCatalog? kinds = null)
    {
        var line = Line.Start(resolves);
        try
        {
            return WriteFact(line, fact, kinds ?? BuiltInKinds.Catalog).ToString();
        }
        finally
        {
            line.Done();
        }
    }

    /// <summary>
    /// The same line appended to <paramref name="target"/>, without a string of its own: the generator writes every
    /// fact's line straight into the source it emits.
    /// </summary>
    public static void Write(StringBuilder target, FactSpec fact, Func<Reference, string?, bool> resolves, KindCatalog? kinds = null)
    {
        var line = Line.Start(resolves);
        try
        {
            WriteFact(line, fact, kinds ?? BuiltInKinds.Catalog).AppendTo(target);
        }
        finally
        {
            line.Done();
        }
    }

    private static Line WriteFact(Line line, FactSpec fact, KindCatalog kinds)
    {
        if (fact.DeclaredKind is { } declared)
        {
            if (fact is DeclaredFactSpec)
            {
                line.Code('X').Text(declared.Id).Text(fact.Id);
                WriteDeclared(line, fact, kinds);
                return WriteCommon(line, fact);
            }
            line.Code('Y').Text(declared.Id);
            WriteBuiltIn(line, fact, kinds);
            return WriteDeclared(line, fact, kinds);
        }
        return WriteBuiltIn(line, fact, kinds);
    }

    /// <summary>
    /// A fact of a built-in kind, or the built-in part of a fact of a kind that extends one, with its sources and
    /// notes; then, when fields were added to its built-in kind, their values by key (its code in lower case).
    /// </summary>
    private static Line WriteBuiltIn(Line line, FactSpec fact, KindCatalog kinds)
    {
        var added = kinds.UntypedFieldsOf(fact.BuiltInDeclaration);
        bool keyed = !added.IsEmpty;
        char Code(char code) => keyed ? char.ToLowerInvariant(code) : code;
        // Each kind's id and the text of its display name first: the reader builds a fact's head from them (FactDataFormat).
        switch (fact)
        {
            case ActorSpec actor:
                line.Code(Code(actor.Kind switch { ActorKind.Person => 'P', ActorKind.Organization => 'O', ActorKind.State => 'S', _ => 'G' }))
                    .Text(actor.Id).Text(actor.Name).Texts(actor.Aliases).Text(actor.Description)
                    .Count(actor.Roles.Count);
                foreach (var role in actor.Roles) line.Text(role.Title).Text(role.Of.Id).Date(role.From).Date(role.Until);
                line.Optional(actor.PartOf, Actor).Optional(actor.LedBy, Actor).Text(actor.Wikidata);
                break;
            case PlaceSpec place:
                line.Code(Code('L')).Text(place.Id).Text(place.Name).Text(place.Kind).Texts(place.Aliases).Text(place.Description)
                    .References(place.Within, Place).Text(place.Wikidata);
                break;
            case EventSpec @event:
                line.Code(Code('E')).Text(@event.Id).Text(@event.Title).Text(@event.Kind).Span(@event.Date)
                    .Number((int)@event.Status).Number((int)@event.Certainty).Text(@event.Description)
                    .References(@event.Places, Place)
                    .Count(@event.Participants.Count);
                foreach (var participant in @event.Participants) line.Text(participant.Actor.Id).Text(participant.Role);
                line.Optional(@event.PartOf, Event).References(@event.After, Event)
                    .References(@event.Before, Event).References(@event.ConcurrentWith, Event)
                    .Count(@event.Quotes.Count);
                foreach (var quote in @event.Quotes) line.Text(quote.By.Id).Text(quote.Text);
                break;
            case FigureSpec figure:
                // A figure with values over time writes them in a list, and neither value, according-to nor as-of.
                // 'of' names a figure or, when the text does not count the whole, a group: the id goes in one of two places.
                bool overTime = !figure.Values.IsEmpty;
                bool ofFigure = figure.Of is { } of && line.Resolves(of, Figure);
                line.Code(Code('F')).Text(figure.Id).Text(figure.Measure).Quantity(overTime ? null : figure.Value).Number((int)figure.Kind)
                    .Optional(figure.About, null).Optional(ofFigure ? figure.Of : null, Figure).Share(figure.Share)
                    .Optional(overTime ? null : figure.AccordingTo, Actor).Number((int)figure.Certainty).Date(overTime ? null : figure.AsOf)
                    .Optional(ofFigure ? null : figure.Of, Actor).Text(figure.OfDescription)
                    // The unit of a value derived from its share (it has no value of its own to carry it).
                    .Text(figure.Value is null ? figure.Unit : null)
                    .Count(figure.Values.Count);
                foreach (var value in figure.Values)
                {
                    line.Quantity(value.Value).Date(value.AsOf).Optional(value.AccordingTo, Actor).Count(value.Sources.Count);
                    foreach (var source in value.Sources) line.Text(source.Document).Text(source.Quote);
                }
                break;
            default:
                throw new ArgumentException($"Unknown kind of fact: {fact.GetType().Name}.", nameof(fact));
        }
        WriteCommon(line, fact);
        return keyed ? WriteKeyed(line, fact, added) : line;
    }

    // The kinds built-in references must be of, by id (a reference resolves to a fact of the kind or one extending it).
    private const string Actor = "actor", Place = "place", Event = "event", Figure = "figure";

    /// <summary>The sources and notes every fact ends with.</summary>
    private static Line WriteCommon(Line line, FactSpec fact)
    {
        line.Count(fact.Sources.Count);
        foreach (var source in fact.Sources) line.Text(source.Document).Text(source.Quote);
        return line.Text(fact.Notes);
    }

    /// <summary>
    /// The values of the fields the project declared, in declaration order, each field's tokens by its type (an
    /// absent one as empty tokens), after the number of tokens they take: a reader can then skip them unread.
    /// </summary>
    private static Line WriteDeclared(Line line, FactSpec fact, KindCatalog kinds)
    {
        var part = line.Part();
        foreach (var field in kinds.DeclaredFieldsOf(fact.DeclaredKind!))
        {
            var value = ValueOf(fact, field);
            if (!field.List) part.Declared(field, value is null || value.Items.IsEmpty ? null : value.Items[0]);
            else part.DeclaredList(field, value);
        }
        return line.Number(part.Tokens).Raw(part);
    }

    /// <summary>
    /// The values of the fields added to <paramref name="fact"/>'s built-in kind, by key: their count, then for each
    /// its key, its type's letter (<see cref="FactDataFormat.TypeLetter"/>, upper case for a list, which then counts
    /// its items) and its tokens, empty when the YAML leaves it out. A reader needs no declaration to read them, and
    /// the runtime type finds each by its key; every field is written, so the run time knows the kind's keys.
    /// </summary>
    private static Line WriteKeyed(Line line, FactSpec fact, EquatableArray<FieldDeclaration> fields)
    {
        line.Count(fields.Count);
        foreach (var field in fields)
        {
            var value = ValueOf(fact, field);
            line.Text(field.Key);
            char letter = FactDataFormat.TypeLetter(TypeCodeOf(field.Type));
            if (!field.List) line.Code(letter).Declared(field, value?.Items[0]);
            else line.Code(char.ToUpperInvariant(letter)).DeclaredList(field, value);
        }
        return line;
    }

    /// <summary>How the data reader decodes a value of <paramref name="type"/>: words, URLs and Wikidata ids are texts, a date a span.</summary>
    private static FactDataFormat.ValueType TypeCodeOf(FieldType type) => type switch
    {
        FieldType.Number => FactDataFormat.ValueType.Number,
        FieldType.Boolean => FactDataFormat.ValueType.Boolean,
        FieldType.Quantity => FactDataFormat.ValueType.Quantity,
        FieldType.Share => FactDataFormat.ValueType.Share,
        FieldType.Date or FieldType.DateSpan => FactDataFormat.ValueType.DateSpan,
        FieldType.Reference => FactDataFormat.ValueType.Reference,
        _ => FactDataFormat.ValueType.Text,
    };

    private static FieldValue? ValueOf(FactSpec fact, FieldDeclaration field)
    {
        foreach (var value in fact.DeclaredValues)
        {
            if (value.Field.Key == field.Key) return value;
        }
        return null;
    }

    /// <summary>The kind a reference of <paramref name="field"/> must be of; null for any fact.</summary>
    private static string? ReferenceKind(FieldDeclaration field) => field.Kind == BuiltInKinds.Fact.Id ? null : field.Kind;

    /// <summary>A line being written, token by token.</summary>
    private sealed class Line
    {
        /// <summary>
        /// One line per thread, reused: the generator writes a line for every fact, and a fresh builder grew (and
        /// copied) its buffer for each. Dropped when a huge fact made its buffer larger than lines usually are.
        /// </summary>
        [ThreadStatic] private static Line? _spare;

        private const int MaxSpareCapacity = 16 * 1024;

        private readonly StringBuilder _data;
        private Func<Reference, string?, bool> _resolves;
        /// <summary>The resolved ids of a list of references, reused by every list of the line.</summary>
        private readonly List<string> _resolved = new();
        /// <summary>The items of a declared list that are written, reused by every such list of the line.</summary>
        private readonly List<DeclaredValue> _items = new();
        /// <summary>The line's declared part (<see cref="Part"/>), kept with the line so that a spare line brings its own.</summary>
        private Line? _part;

        public Line(StringBuilder data, Func<Reference, string?, bool> resolves)
        {
            _data = data;
            _resolves = resolves;
        }

        /// <summary>An empty line: this thread's spare one, if it is not in use.</summary>
        public static Line Start(Func<Reference, string?, bool> resolves)
        {
            var line = _spare;
            _spare = null;
            if (line is null) return new Line(new StringBuilder(256), resolves);
            line._data.Clear();
            line._resolves = resolves;
            line.Tokens = 0;
            return line;
        }

        /// <summary>Hands the line back for the next <see cref="Start"/> on this thread.</summary>
        public void Done()
        {
            if (_data.Capacity <= MaxSpareCapacity && (_part is null || _part._data.Capacity <= MaxSpareCapacity)) _spare = this;
        }

        /// <summary>
        /// An empty line for the declared values of this one, which are written apart and appended after their count of
        /// tokens. One per line, reused: a new builder for every fact of a declared kind was most of what writing it allocated.
        /// </summary>
        public Line Part()
        {
            var part = _part ??= new Line(new StringBuilder(64), _resolves);
            part._data.Clear();
            part._resolves = _resolves;
            part.Tokens = 0;
            return part;
        }

        /// <summary>How many tokens have been written.</summary>
        public int Tokens { get; private set; }

        public bool Resolves(Reference reference, string? kind) => _resolves(reference, kind);

        /// <summary>Appends the tokens of <paramref name="other"/>.</summary>
        public Line Raw(Line other)
        {
            _data.Append(other._data);
            Tokens += other.Tokens;
            return this;
        }

        /// <summary>One value of a declared field, by its type; an absent one as the type's empty tokens.</summary>
        public Line Declared(FieldDeclaration field, DeclaredValue? value) => field.Type switch
        {
            FieldType.Number => value?.Number is { } number ? Decimal(number) : Token(""),
            FieldType.Boolean => Token(value?.Boolean switch { true => "1", false => "0", null => "" }),
            FieldType.Quantity => Quantity(value?.Quantity),
            FieldType.Share => Share(value?.Share),
            FieldType.Date or FieldType.DateSpan => Span(value?.Date),
            FieldType.Reference => Optional(value?.Reference, ReferenceKind(field)),
            _ => Text(value?.Text),
        };

        /// <summary>
        /// The values of a declared list: their count, then each by its type; references that do not resolve (to a fact
        /// of the kind the field names) are left out.
        /// </summary>
        public Line DeclaredList(FieldDeclaration field, FieldValue? value)
        {
            _items.Clear();
            if (value is not null)
            {
                foreach (var item in value.Items)
                {
                    if (field.Type != FieldType.Reference || _resolves(item.Reference!.Value, ReferenceKind(field))) _items.Add(item);
                }
            }
            Count(_items.Count);
            foreach (var item in _items) Declared(field, item);
            return this;
        }

        public Line Code(char code)
        {
            _data.Append(code);
            return EndToken();
        }

        public Line Text(string? text)
        {
            if (text is null) return Token("");
            if (text.Length == 0) return Token(FactDataFormat.EmptyString);
            FactDataFormat.AppendEscaped(_data, text);
            return Token("");
        }

        public Line Texts(EquatableArray<string> texts)
        {
            Count(texts.Count);
            foreach (string text in texts) Text(text);
            return this;
        }

        public Line Count(int count) => count == 0 ? Token("") : Number(count);

        public Line Number(int value)
        {
            Integer(value);
            return EndToken();
        }

        public Line Decimal(decimal value) => Token(value.ToString(CultureInfo.InvariantCulture));

        public Line Optional(Reference? reference, string? expected) =>
            Text(reference is { } r && _resolves(r, expected) ? r.Id : null);

        public Line References(EquatableArray<Reference> references, string expected)
        {
            _resolved.Clear();
            foreach (var reference in references)
            {
                if (_resolves(reference, expected)) _resolved.Add(reference.Id);
            }
            Count(_resolved.Count);
            foreach (string id in _resolved) Text(id);
            return this;
        }

        /// <summary>A date as its precision's letter and its numbers: <c>y2023</c>, <c>m2023.10</c>, <c>d2023.10.7</c>, <c>s2024.1</c>.</summary>
        public Line Date(PartialDate? date)
        {
            if (date is not { } d) return Token("");
            switch (d.Precision)
            {
                case DatePrecision.Day:
                    _data.Append('d');
                    Integer(d.Year).Append('.');
                    Integer(d.Month).Append('.');
                    Integer(d.Day);
                    break;
                case DatePrecision.Month:
                    _data.Append('m');
                    Integer(d.Year).Append('.');
                    Integer(d.Month);
                    break;
                case DatePrecision.Season:
                    _data.Append('s');
                    Integer(d.Year).Append('.');
                    Integer((int)d.Season!.Value);
                    break;
                default:
                    _data.Append('y');
                    Integer(d.Year);
                    break;
            }
            return EndToken();
        }

        /// <summary>A date span as two tokens: its start, then its end, <c>+</c> when it is ongoing, or nothing.</summary>
        public Line Span(DateSpan? span)
        {
            if (span is null) return Token("").Token("");
            Date(span.Start);
            return span.IsOngoing ? Token("+") : Date(span.End);
        }

        public Line Quantity(Quantity? quantity) => quantity?.Kind switch
        {
            null => Token(""),
            QuantityKind.Number when quantity.RoundedTo is { } roundedTo => Token("p").Decimal(quantity.Value!.Value).Decimal(roundedTo).Text(quantity.Unit),
            QuantityKind.Number => Token("n").Decimal(quantity.Value!.Value).Number((int)quantity.Qualifier).Text(quantity.Unit),
            QuantityKind.Range => Token("r").Decimal(quantity.Minimum!.Value).Decimal(quantity.Maximum!.Value).Text(quantity.Unit),
            QuantityKind.Magnitude => Token("m").Number((int)quantity.Magnitude!.Value).Text(quantity.Unit),
            QuantityKind.Unknown => Token("u").Text(quantity.Unit),
            _ => throw new ArgumentException("A fact file states quantities; it does not derive them.", nameof(quantity)),
        };

        public Line Share(Share? share) => share?.Kind switch
        {
            null => Token(""),
            ShareKind.Percent => Token("p").Decimal(share.Numerator).Number((int)share.Qualifier),
            ShareKind.Fraction => Token("f").Decimal(share.Numerator).Decimal(share.Denominator).Number((int)share.Qualifier),
            _ => Token("m"),
        };

        private Line Token(string token)
        {
            _data.Append(token);
            return EndToken();
        }

        /// <summary>Ends the token written into the line so far.</summary>
        private Line EndToken()
        {
            _data.Append(FactDataFormat.Separator);
            Tokens++;
            return this;
        }

        /// <summary>Appends <paramref name="value"/> if it has one (as the date's format did: nothing for none).</summary>
        private StringBuilder Integer(int? value) => value is { } v ? Integer(v) : _data;

        /// <summary>Appends <paramref name="value"/> in invariant digits, without a string for it.</summary>
        private StringBuilder Integer(int value)
        {
            if (value < 0) return _data.Append(value.ToString(CultureInfo.InvariantCulture));
            if (value >= 10) Integer(value / 10);
            return _data.Append((char)('0' + value % 10));
        }

        public void AppendTo(StringBuilder target) => target.Append(_data);

        public override string ToString() => _data.ToString();
    }
}
