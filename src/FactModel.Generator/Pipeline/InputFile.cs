using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using FactModel.Core;
using FactModel.Core.Kinds;
using FactModel.Core.Yaml;
using FactModel.Validation;

namespace FactModel.Generator.Pipeline;

/// <summary>What an AdditionalFile is to FactModel, from its <c>FactModelKind</c> metadata.</summary>
internal enum InputKind
{
    None,
    FactFile,
    FactSource,
}

/// <summary>
/// An AdditionalFile as FactModel reads it, in one step per file: its kind, path and text, the severities
/// .editorconfig sets for it, and what the steps over every file take of it: a fact file's <c>kinds:</c> declarations
/// (a file without one is not parsed for it), and a source document ready for quote matching. The text is read here,
/// once, as a string, so that every later step compares inputs by content and is cached when a file did not change. A
/// file that cannot be read (the IDE may hand over one that vanished) has empty text and says why in
/// <see cref="ReadError"/>.
/// </summary>
/// <remarks>
/// Each step per file is a table the driver carries over on every edit, so what is read of a file alone is read here,
/// and the steps over every file take their part from one collection of these.
/// </remarks>
internal sealed record InputFile(InputKind Kind, string Path, string Text, string? ReadError = null)
{
    /// <summary>The limits a fact file is read within (MSBuild properties); the defaults for other files.</summary>
    public FactFileLimits Limits { get; init; } = FactFileLimits.Default;

    /// <summary>The ids whose severity .editorconfig sets for this file.</summary>
    public SeverityTable.FileSeverities Severities { get; init; } = new(Path, default);

    /// <summary>A fact file's <c>kinds:</c> declarations; null for other files.</summary>
    public DeclaredKindsFile? Kinds { get; init; }

    /// <summary>A source document, normalized for quote matching; null for other files.</summary>
    public SourceDocument? Document { get; init; }

    /// <summary>Classifies the file by its <c>FactModelKind</c> metadata and reads it; a file of no FactModel kind is not read.</summary>
    public static InputFile Of((AdditionalText Text, AnalyzerConfigOptionsProvider Options) input, CancellationToken cancellationToken)
    {
        var options = input.Options.GetOptions(input.Text);
        var kind = KindOf(options);
        var severities = SeverityTable.Read(input.Text.Path, options);
        if (kind == InputKind.None) return new InputFile(kind, input.Text.Path, "") { Severities = severities };
        var file = Read(input.Text, kind, cancellationToken) with { Severities = severities };
        if (kind == InputKind.FactSource) return file with { Document = FactSetAnalysis.ReadDocument(file.Path, file.Text) };
        var limits = GeneratorSettings.LimitsOf(input.Options.GlobalOptions);
        return file with { Limits = limits, Kinds = FactSetAnalysis.ReadKinds(file.Path, file.Text, limits, cancellationToken) };
    }

    private static InputKind KindOf(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue("build_metadata.AdditionalFiles.FactModelKind", out var kind)) return InputKind.None;
        return kind switch
        {
            "FactFile" => InputKind.FactFile,
            "FactSource" => InputKind.FactSource,
            _ => InputKind.None,
        };
    }

    private static InputFile Read(AdditionalText file, InputKind kind, CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            return text is null ? new(kind, file.Path, "", "the compiler could not read the file") : new(kind, file.Path, text.ToString());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new(kind, file.Path, "", $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// The path relative to the project directory, with forward slashes ("facts/actors.yaml", "../../facts/actors.yaml"),
    /// for hint names and comments: unlike the full path, it is the same on every machine.
    /// </summary>
    public static string RelativePath(string path, string projectDirectory)
    {
        string[] target = path.Replace('\\', '/').Split('/');
        string[] root = projectDirectory.Replace('\\', '/').TrimEnd('/').Split('/');
        if (projectDirectory.Length == 0) return target[target.Length - 1];
        int common = 0;
        while (common < root.Length && common < target.Length - 1 && root[common] == target[common]) common++;
        if (common == 0) return target[target.Length - 1];
        var parts = new System.Collections.Generic.List<string>();
        for (int i = common; i < root.Length; i++) parts.Add("..");
        for (int i = common; i < target.Length; i++) parts.Add(target[i]);
        return string.Join("/", parts);
    }
}
