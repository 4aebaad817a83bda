using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactModel.Generator.Pipeline;

/// <summary>What an AdditionalFile is to FactModel, from its <c>FactModelKind</c> metadata.</summary>
internal enum InputKind
{
    None,
    FactFile,
    FactSource,
}

/// <summary>
/// An AdditionalFile FactModel reads: its kind, path and text. The text is read here, once, as a string, so that
/// every later step compares inputs by content and is cached when a file did not change. A file that cannot be read
/// (the IDE may hand over one that vanished) has empty text and says why in <see cref="ReadError"/>.
/// </summary>
internal sealed record InputFile(InputKind Kind, string Path, string Text, string? ReadError = null)
{
    public static InputKind KindOf((AdditionalText Text, AnalyzerConfigOptionsProvider Options) input, CancellationToken _)
    {
        var options = input.Options.GetOptions(input.Text);
        if (!options.TryGetValue("build_metadata.AdditionalFiles.FactModelKind", out var kind)) return InputKind.None;
        return kind switch
        {
            "FactFile" => InputKind.FactFile,
            "FactSource" => InputKind.FactSource,
            _ => InputKind.None,
        };
    }

    public static InputFile Read(AdditionalText file, InputKind kind, CancellationToken cancellationToken)
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
