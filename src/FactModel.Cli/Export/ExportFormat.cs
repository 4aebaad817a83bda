namespace FactModel.Cli.Export;

/// <summary>The formats and diagrams of <c>factmodel export</c>.</summary>
internal static class ExportFormat
{
    /// <summary>The fact set in FactModel's own stable JSON shape.</summary>
    public const string Json = "json";

    /// <summary>schema.org JSON-LD.</summary>
    public const string JsonLd = "jsonld";

    /// <summary>A Mermaid diagram.</summary>
    public const string Mermaid = "mermaid";

    /// <summary>A Graphviz DOT diagram.</summary>
    public const string Dot = "dot";

    /// <summary>A static review site: a folder of HTML pages.</summary>
    public const string Html = "html";

    /// <summary>Every format.</summary>
    public static readonly string[] All = { Json, JsonLd, Mermaid, Dot, Html };

    /// <summary>The graph of actors, events and places.</summary>
    public const string Graph = "graph";

    /// <summary>The events in time order.</summary>
    public const string Timeline = "timeline";

    /// <summary>Every diagram, the default first.</summary>
    public static readonly string[] Diagrams = { Graph, Timeline };
}
