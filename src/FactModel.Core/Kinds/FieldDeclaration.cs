using FactModel.Specs;

namespace FactModel.Core.Kinds;

/// <summary>
/// One key of a kind: its name, the type of its value and how it is written. Declared once, and read by the parser
/// (which keys a mapping allows), the reference and cycle rules (which kind a reference must point to, which relations
/// may not loop), the JSON Schema and the exports.
/// </summary>
/// <param name="Key">The YAML key, kebab-case.</param>
/// <param name="Type">The type of the value.</param>
/// <param name="Kind">For <see cref="FieldType.Reference"/> and <see cref="FieldType.Entry"/>: the kind's id.</param>
/// <param name="Values">For <see cref="FieldType.Word"/>: the words allowed (empty: any kebab-case word).</param>
/// <param name="List">True when the key takes a list (one value alone is read as a list of one).</param>
/// <param name="Required">True when every mapping of the kind must have the key.</param>
/// <param name="Default">The value a missing key means, as written in YAML; null when there is none.</param>
/// <param name="Cycles">For references: whether following them may come back to the fact.</param>
/// <param name="Description">What the key means, for the schema and the docs.</param>
/// <param name="OrKind">For <see cref="FieldType.Reference"/>: another kind the reference may point to instead (a share's whole is a figure, or an actor the text does not count).</param>
/// <param name="OrText">For <see cref="FieldType.Reference"/>: true when the value may instead be words (text with a space) describing what no fact stands for (a whole in words).</param>
/// <param name="Typed">
/// For the built-in kinds' own fields: true when a typed spec (<c>PlaceSpec.Name</c>) and a position in the data hold
/// the value, which the parser's reader of the kind reads by hand. A field without it, of a built-in kind or a
/// project's, is read by its declaration into <c>FactSpec.DeclaredValues</c>, written in the data by key and type,
/// and read back by key (<c>Fact.AddedValues</c> at run time): adding a field to a built-in kind takes its declaration and
/// its property on the runtime type, nothing else.
/// </param>
public sealed record FieldDeclaration(
    string Key,
    FieldType Type,
    string? Kind = null,
    EquatableArray<string> Values = default,
    bool List = false,
    bool Required = false,
    string? Default = null,
    CycleRule Cycles = CycleRule.Allowed,
    string? Description = null,
    string? OrKind = null,
    bool OrText = false,
    bool Typed = false);

/// <summary>What the cycle rule (FM2003) says about a reference field.</summary>
public enum CycleRule
{
    /// <summary><c>allowed</c>: references may form cycles (two allies, each an ally of the other).</summary>
    Allowed,
    /// <summary><c>not-to-itself</c>: a fact may not refer to itself (an actor holding a role of itself).</summary>
    NotToItself,
    /// <summary><c>never</c>: following the key from fact to fact never comes back (part-of, within, after, led-by).</summary>
    Never,
}
