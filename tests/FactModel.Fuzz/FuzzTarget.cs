using FactModel.Core.Model;
using FactModel.Core.Parsing;
using FactModel.Specs;
using FactModel.Validation;

namespace FactModel.Fuzz;

/// <summary>
/// What one fuzzing input goes through: the bytes are decoded to text (<see cref="FuzzInput.Decode"/>), parsed as a fact file,
/// and validated together with a small fixed companion file and a fixed source document, as the generator and the
/// command-line tool do. The contract under test: for any text, parsing and validating return diagnostics and never
/// throw. No cancellation token is passed, so no exception at all is expected; whatever escapes is a crash.
/// </summary>
/// <remarks>
/// Besides exceptions, a few invariants that the generator relies on are checked, because breaking them makes the
/// generator itself throw (CS8785) when it turns a <see cref="FactDiagnostic"/> into a Roslyn diagnostic: every
/// diagnostic has an id of the catalogue, and a span Roslyn accepts (no negative line or column, start not after end).
/// And the plain YAML reader and YamlDotNet read the input into the same tree with the same diagnostics.
/// A broken invariant throws <see cref="InvariantException"/>, which AFL counts as a crash like any other.
/// </remarks>
public static class FuzzTarget
{
    /// <summary>The path the input is parsed under.</summary>
    public const string InputPath = "facts/fuzz.yaml";

    /// <summary>The path of the companion file, a valid fact file validated beside each input (context/companion.yaml).</summary>
    public const string CompanionPath = "facts/companion.yaml";

    /// <summary>
    /// A valid file beside the input, so that the input's references, duplicate ids and cycles can reach facts of
    /// another file (the validator's cross-file rules). Embedded from context/companion.yaml, which the regression
    /// tests read too.
    /// </summary>
    public static string CompanionText { get; } = Resource("companion.yaml");

    /// <summary>The source document quotes are checked against, named "article" as in the seed corpus (context/article.txt).</summary>
    public static string DocumentText { get; } = Resource("article.txt");

    private static readonly ParsedFactFile Companion = FactFileParser.Parse(CompanionPath, CompanionText);

    private static readonly SourceDocument[] Documents = { SourceDocument.FromText("article", "seeds/article.txt", DocumentText) };

    private static readonly HashSet<string> KnownIds = new(DiagnosticCatalog.All.Select(d => d.Id), StringComparer.Ordinal);

    /// <summary>Runs one input, given as the bytes of a file.</summary>
    public static IReadOnlyList<FactDiagnostic> Run(ReadOnlySpan<byte> input) => Run(FuzzInput.Decode(input));

    /// <summary>Parses and validates <paramref name="text"/>; returns every diagnostic, throws only on a bug.</summary>
    public static IReadOnlyList<FactDiagnostic> Run(string text)
    {
        // The plain YAML reader must read what it reads exactly as YamlDotNet does, and decline the rest.
        if (FactModel.Testing.YamlTreeText.Disagreement(text, InputPath) is { } differ)
            throw new InvariantException($"The plain YAML reader and YamlDotNet read the input differently:\nplain reader: {differ.Plain}\nYamlDotNet:   {differ.YamlDotNet}");
        var parsed = FactFileParser.Parse(InputPath, text);
        var files = new[] { parsed, Companion };
        var validation = FactModel.Core.FactSetAnalysis.Validate(files, Documents);
        // The generator builds the directory of facts from the same parsed files (FactModel.Core, no Roslyn).
        FactDirectory.Build(files);

        var all = new List<FactDiagnostic>(parsed.Diagnostics);
        all.AddRange(Companion.Diagnostics);
        all.AddRange(validation);
        foreach (var diagnostic in all) Check(diagnostic);
        return all;
    }

    private static string Resource(string name)
    {
        using var stream = typeof(FuzzTarget).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is not embedded in the harness.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Check(FactDiagnostic diagnostic)
    {
        if (!KnownIds.Contains(diagnostic.Id))
            throw new InvariantException($"The diagnostic id '{diagnostic.Id}' is not in DiagnosticCatalog.All: {diagnostic}");
        Check(diagnostic, diagnostic.Span, "span");
        if (diagnostic.RelatedFilePath is not null) Check(diagnostic, diagnostic.RelatedSpan, "related span");
    }

    // The generator makes a Roslyn LinePositionSpan of each span, whose constructors throw on these.
    private static void Check(FactDiagnostic diagnostic, SourceSpan span, string what)
    {
        // Zero-based, as SourceSpan holds them (the diagnostic's text prints the start one-based).
        string at = $"(line {span.StartLine}, column {span.StartColumn}) to (line {span.EndLine}, column {span.EndColumn}), zero-based,";
        if (span.StartLine < 0 || span.StartColumn < 0 || span.EndLine < 0 || span.EndColumn < 0)
            throw new InvariantException($"The {what} {at} of a diagnostic has a negative line or column: {diagnostic}");
        if (span.EndLine < span.StartLine || (span.EndLine == span.StartLine && span.EndColumn < span.StartColumn))
            throw new InvariantException($"The {what} {at} of a diagnostic ends before it starts: {diagnostic}");
    }
}

/// <summary>A diagnostic that the generator could not report (see <see cref="FuzzTarget"/>).</summary>
public sealed class InvariantException : Exception
{
    public InvariantException(string message) : base(message)
    {
    }
}
