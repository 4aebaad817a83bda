namespace FactModel.Package.Tests.Infrastructure;

/// <summary>A small source document and the fact files that cite it, as a user would drop them into a project.</summary>
public static class SampleFacts
{
    /// <summary>seeds/article.txt: the document every source cites as "article".</summary>
    public const string Article =
        "Antony Blinken arrived in Israel on Tuesday. Israel's offensive has killed over 42,000 Palestinians in Gaza, " +
        "and top Hamas leader Yahya Sinwar was killed last week.\n";

    /// <summary>facts/actors.yaml. Lines and columns matter: <see cref="BrokenActors"/> breaks it where the errors point.</summary>
    public const string Actors = """
        actors:
          - id: hamas
            kind: organization
            name: Hamas
            source: { document: article, quote: "Hamas" }
          - id: yahya-sinwar
            kind: person
            name: Yahya Sinwar
            roles:
              - { title: leader, of: hamas }
            source: { document: article, quote: "top Hamas leader Yahya Sinwar" }
        """;

    /// <summary><see cref="Actors"/> and one more actor: the edit of an incremental build.</summary>
    public const string ActorsWithBlinken = Actors + """

          - id: antony-blinken
            kind: person
            name: Antony Blinken
            source: { document: article, quote: "Antony Blinken" }
        """;

    /// <summary>facts/figures.yaml.</summary>
    public const string Figures = """
        figures:
          - id: gaza-death-toll
            measure: Palestinians killed in Gaza by Israel's offensive
            value: 42000
            qualifier: over
            unit: people
            source: { document: article, quote: "killed over 42,000 Palestinians in Gaza" }
        """;

    /// <summary>
    /// <see cref="Actors"/> with a misspelt key at line 4, column 5 (FM1002) and a reference to no fact at line 10,
    /// column 30 (FM2001).
    /// </summary>
    public const string BrokenActors = """
        actors:
          - id: hamas
            kind: organization
            nmae: Hamas
            source: { document: article, quote: "Hamas" }
          - id: yahya-sinwar
            kind: person
            name: Yahya Sinwar
            roles:
              - { title: leader, of: hammas }
            source: { document: article, quote: "top Hamas leader Yahya Sinwar" }
        """;
}
