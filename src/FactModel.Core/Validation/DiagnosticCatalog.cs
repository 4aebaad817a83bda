using System.Collections.Generic;
using System.Reflection;

namespace FactModel.Validation;

/// <summary>
/// Every diagnostic FactModel reports. Ids are fixed once shipped: new ones take the next number in their range
/// (FM1xxx file and syntax, FM2xxx references and consistency, FM3xxx provenance, FM9xxx internal), and a retired id
/// is never reused. docs/diagnostics.md has a section per id with a wrong example and the fix.
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>
    /// Where the help pages live; each id is an anchor there. Derived from the project's URL, which is set once, as
    /// <c>PackageProjectUrl</c> in Directory.Build.props, and reaches this assembly as its metadata.
    /// </summary>
    public static string HelpBase { get; } = ProjectUrl() is { } url ? url + "/blob/main/docs/diagnostics.md#" : "docs/diagnostics.md#";

    /// <summary>The help link of the diagnostic <paramref name="id"/>: its section of docs/diagnostics.md.</summary>
    public static string HelpLinkOf(string id) => HelpBase + id.ToLowerInvariant();

    /// <summary>The project's URL; null only in a build without Directory.Build.props (a test checks it is set).</summary>
    private static string? ProjectUrl()
    {
        foreach (AssemblyMetadataAttribute metadata in typeof(DiagnosticCatalog).Assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute), inherit: false))
        {
            if (metadata.Key == "FactModelProjectUrl" && !string.IsNullOrEmpty(metadata.Value)) return metadata.Value!.TrimEnd('/');
        }
        return null;
    }

    /// <summary>Category of FM1xxx: the file, its YAML and the shape of its values.</summary>
    public const string Syntax = "FactModel.Syntax";
    /// <summary>Category of FM2xxx: references between facts and their consistency.</summary>
    public const string References = "FactModel.References";
    /// <summary>Category of FM3xxx: sources and quotes.</summary>
    public const string Provenance = "FactModel.Provenance";
    /// <summary>Category of FM9xxx: failures of FactModel itself.</summary>
    public const string Internal = "FactModel.Internal";

    /// <summary>FM1001: the file is not well-formed YAML, or not shaped like a fact file.</summary>
    public static readonly DiagnosticDescriptorInfo MalformedYaml = new("FM1001", "Malformed YAML", Syntax, FactSeverity.Error,
        "{0}");

    /// <summary>FM1002: a key the format does not know.</summary>
    public static readonly DiagnosticDescriptorInfo UnknownKey = new("FM1002", "Unknown key", Syntax, FactSeverity.Error,
        "{0}: unknown key '{1}'{2}; the keys allowed here are: {3}");

    /// <summary>FM1003: a key the format requires is missing.</summary>
    public static readonly DiagnosticDescriptorInfo MissingKey = new("FM1003", "Required key missing", Syntax, FactSeverity.Error,
        "{0}: required key '{1}' is missing");

    /// <summary>FM1004: a value that does not have an accepted form.</summary>
    public static readonly DiagnosticDescriptorInfo InvalidValue = new("FM1004", "Invalid value", Syntax, FactSeverity.Error,
        "{0}: '{1}' is not a valid {2}; {3}");

    /// <summary>FM1005: two facts with the same id.</summary>
    public static readonly DiagnosticDescriptorInfo DuplicateId = new("FM1005", "Duplicate id", Syntax, FactSeverity.Error,
        "The id '{0}' is already used by the fact at {1}; ids must be unique across all fact files");

    /// <summary>FM1006: an id not in lowercase kebab-case.</summary>
    public static readonly DiagnosticDescriptorInfo InvalidId = new("FM1006", "Id not in kebab-case", Syntax, FactSeverity.Error,
        "'{0}' is not a valid id: use lowercase kebab-case that starts with a letter, such as '{1}'");

    /// <summary>FM1007: two ids that give the same C# name, or a name that clashes with a generated member.</summary>
    public static readonly DiagnosticDescriptorInfo NameClash = new("FM1007", "C# name clash", Syntax, FactSeverity.Error,
        "The id '{0}' gives the C# name '{1}', which {2}; choose another id");

    /// <summary>FM1008: input over a resource limit.</summary>
    public static readonly DiagnosticDescriptorInfo ResourceLimit = new("FM1008", "Resource limit exceeded", Syntax, FactSeverity.Error,
        "{0} exceeds the limit of {1}; {2}");

    /// <summary>FM1009: more text than one .NET assembly can hold as string literals.</summary>
    public static readonly DiagnosticDescriptorInfo ModelTooLarge = new("FM1009", "Fact model too large for one assembly", Syntax, FactSeverity.Warning,
        "The fact model holds about {0:N0} bytes of string literals, over the {1:N0} a .NET assembly can hold (the compiler will report CS8103); use C# 11 or later, or split the fact files across several class libraries");

    /// <summary>FM1010: a kind declaration (a <c>kinds:</c> entry) that cannot be used as written.</summary>
    public static readonly DiagnosticDescriptorInfo InvalidKind = new("FM1010", "Invalid kind declaration", Syntax, FactSeverity.Error,
        "{0}: {1}");

    /// <summary>FM2001: a reference to an id no fact has.</summary>
    public static readonly DiagnosticDescriptorInfo UnresolvedReference = new("FM2001", "Unresolved reference", References, FactSeverity.Error,
        "{0}: '{1}' refers to '{2}', but no fact has that id{3}");

    /// <summary>FM2002: a reference to a fact of the wrong kind.</summary>
    public static readonly DiagnosticDescriptorInfo WrongKind = new("FM2002", "Reference to the wrong kind of fact", References, FactSeverity.Error,
        "{0}: '{1}' must refer to {2}, but '{3}' is {4}");

    /// <summary>FM2003: a cycle in part-of, within, of or before/after.</summary>
    public static readonly DiagnosticDescriptorInfo Cycle = new("FM2003", "Cycle", References, FactSeverity.Error,
        "{0}: '{1}' forms a cycle: {2}");

    /// <summary>FM2004: dates that contradict each other.</summary>
    public static readonly DiagnosticDescriptorInfo TemporalContradiction = new("FM2004", "Temporal contradiction", References, FactSeverity.Error,
        "{0}: {1}");

    /// <summary>FM2005: figures whose arithmetic does not hold.</summary>
    public static readonly DiagnosticDescriptorInfo FigureArithmetic = new("FM2005", "Figure arithmetic", References, FactSeverity.Error,
        "{0}: {1}");

    /// <summary>FM2006: two values of a figure for the same date, from different sources, that cannot both hold.</summary>
    public static readonly DiagnosticDescriptorInfo SourcesDisagree = new("FM2006", "Sources disagree", References, FactSeverity.Warning,
        "{0}: {1}");

    /// <summary>FM2007: a cumulative figure whose value goes down over time.</summary>
    public static readonly DiagnosticDescriptorInfo CumulativeDecrease = new("FM2007", "Cumulative figure goes down", References, FactSeverity.Warning,
        "{0}: {1}");

    /// <summary>FM3001: a source quote that is not in its document.</summary>
    public static readonly DiagnosticDescriptorInfo QuoteNotFound = new("FM3001", "Quote not found in its document", Provenance, FactSeverity.Error,
        "{0}: the quote \"{1}\" is not in the document '{2}'{3}");

    /// <summary>FM3002: a source that names a document the build was not given.</summary>
    public static readonly DiagnosticDescriptorInfo UnknownDocument = new("FM3002", "Unknown source document", Provenance, FactSeverity.Error,
        "{0}: no source document is named '{1}'{2}; add it to seeds/ (a FactSource item) or fix the name");

    /// <summary>FM3003: a fact without a source.</summary>
    public static readonly DiagnosticDescriptorInfo MissingSource = new("FM3003", "Fact without a source", Provenance, FactSeverity.Warning,
        "{0}: the fact has no source; add 'source: {{ document: ..., quote: ... }}'");

    /// <summary>FM9001: the generator caught an unexpected exception.</summary>
    public static readonly DiagnosticDescriptorInfo InternalError = new("FM9001", "Internal error", Internal, FactSeverity.Error,
        "FactModel failed on '{0}' with {1}: {2}; please report this with the file");

    /// <summary>Every descriptor, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptorInfo> All { get; } = new[]
    {
        MalformedYaml, UnknownKey, MissingKey, InvalidValue, DuplicateId, InvalidId, NameClash, ResourceLimit, ModelTooLarge, InvalidKind,
        UnresolvedReference, WrongKind, Cycle, TemporalContradiction, FigureArithmetic, SourcesDisagree, CumulativeDecrease,
        QuoteNotFound, UnknownDocument, MissingSource, InternalError,
    };
}
