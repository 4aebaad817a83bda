namespace FactModel.Cli.Export;

/// <summary>
/// The terms of the JSON-LD export. schema.org is the vocabulary (<c>@vocab</c>); what schema.org has no term for
/// (a qualifier as written, bounds that may be exclusive, shares of another figure, an event's order without
/// dates, certainty) is kept under the <c>fm:</c> prefix, whose terms docs/cli.md defines.
/// </summary>
internal static class JsonLdVocabulary
{
    /// <summary>schema.org, the default vocabulary.</summary>
    public const string SchemaOrg = "https://schema.org/";

    /// <summary>
    /// The FactModel namespace: its terms are anchors of the JSON-LD section of docs/cli.md. It ends in '#' so that JSON-LD
    /// processors take <c>fm</c> as a prefix (a term is a prefix only when its IRI ends in a delimiter).
    /// </summary>
    public const string Namespace = "https://github.com/factmodel/factmodel/blob/main/docs/cli.md#";

    /// <summary>The prefix of FactModel terms in the document.</summary>
    public const string Prefix = "fm";

    /// <summary>Where a Wikidata item lives: <c>sameAs</c> is this followed by the Q-id.</summary>
    public const string WikidataItem = "https://www.wikidata.org/wiki/";

    /// <summary>The <c>@id</c> of a fact: a fragment, relative to the document (or to <c>--base</c>).</summary>
    public static string FactId(string id) => "#" + id;

    /// <summary>The <c>@id</c> of a source document. Fact ids never hold '/', so the two never collide.</summary>
    public static string DocumentId(string name) => "#documents/" + name;

    /// <summary>A FactModel term: <c>fm:qualifier</c>.</summary>
    public static string Term(string name) => Prefix + ":" + name;
}
