namespace FactModel.Core.Kinds;

/// <summary>
/// What a field's value is. Each type's meaning (a quantity's bounds, a share's arithmetic, a date's precision) lives
/// in its runtime value type once (<see cref="Quantity"/>, <see cref="Share"/>, <see cref="PartialDate"/>,
/// <see cref="DateSpan"/>); a declaration only says which one a field holds. In YAML a type is written as one word:
/// the kebab-case name below, or the id of a kind (a reference to a fact of that kind, or an embedded entry).
/// </summary>
public enum FieldType
{
    /// <summary><c>text</c>: any non-empty text.</summary>
    Text,
    /// <summary><c>number</c>: digits with an optional decimal part and scale word (2.3 million).</summary>
    Number,
    /// <summary><c>boolean</c>: true or false.</summary>
    Boolean,
    /// <summary><c>quantity</c>: a number, a magnitude word, <c>unknown</c>, or a range.</summary>
    Quantity,
    /// <summary><c>share</c>: a percentage, a fraction or <c>most</c>.</summary>
    Share,
    /// <summary><c>date</c>: a partial date (a year, a month, a day or a season).</summary>
    Date,
    /// <summary><c>date-span</c>: a partial date or a range of them.</summary>
    DateSpan,
    /// <summary><c>word</c>: one of the field's <c>values</c>; without values, any kebab-case word (an open vocabulary).</summary>
    Word,
    /// <summary><c>id</c>: a fact's own id, kebab-case.</summary>
    Id,
    /// <summary><c>wikidata</c>: a Wikidata item id (Q and digits).</summary>
    Wikidata,
    /// <summary><c>url</c>: an absolute URL.</summary>
    Url,
    /// <summary>A reference to a fact of the kind the field names (<see cref="FieldDeclaration.Kind"/>).</summary>
    Reference,
    /// <summary>An embedded mapping, of the entry kind the field names (<see cref="FieldDeclaration.Kind"/>).</summary>
    Entry,
}
