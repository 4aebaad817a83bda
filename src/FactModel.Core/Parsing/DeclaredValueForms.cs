using FactModel.Core.Kinds;
using FactModel.Specs;

namespace FactModel.Core.Parsing;

/// <summary>
/// What a value of a declared field looks like, as FM1004 says it: the parser's message, and the generated
/// <c>Validate()</c>'s, which the generator writes from the same text.
/// </summary>
public static class DeclaredValueForms
{
    /// <summary>"write one of: air-strike, rocket": the forms <paramref name="field"/> accepts, for the end of FM1004.</summary>
    public static string Accepted(FieldDeclaration field) => "write " + Describe(field);

    /// <summary>What a value of <paramref name="field"/> looks like, for messages.</summary>
    private static string Describe(FieldDeclaration field) => field.Type switch
    {
        FieldType.Text => "text",
        FieldType.Number => "a number (" + ScalarForms.NumberForms + ")",
        FieldType.Boolean => "true or false",
        FieldType.Share => "a percentage such as '90%', a fraction such as '1/3', or 'most'",
        FieldType.Word => "one of: " + string.Join(", ", field.Values),
        FieldType.Url => "an absolute http or https URL",
        FieldType.Wikidata => "a Wikidata item id, Q followed by digits, such as Q43297",
        FieldType.Reference => "the id of " + KindCatalog.WithArticle(field.Kind!),
        _ => "a value",
    };

}
