using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactModel.Specs;
using FactModel.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactModel.Generator.Pipeline;

/// <summary>
/// Severities set per fact file in .editorconfig, such as <c>factmodel_diagnostic.FM3003.severity = error</c> under
/// <c>[*.yaml]</c>. The compiler applies the usual <c>dotnet_diagnostic.*.severity</c> keys only to diagnostics in C#
/// files (and from a global config), not to ones located in YAML files, so FactModel reads its own key, with the same
/// values (error, warning, suggestion, silent, none, default), and applies it when it reports.
/// </summary>
internal sealed record SeverityTable(EquatableArray<SeverityTable.FileSeverities> Files)
{
    public const string KeyPrefix = "factmodel_diagnostic.";

    /// <summary>The ids whose severity one file overrides.</summary>
    public sealed record FileSeverities(string Path, EquatableArray<(string Id, string Severity)> Values);

    private Dictionary<(string Path, string Id), string>? _lookup;

    /// <summary>Each id with its .editorconfig key, built once rather than for every id of every file read.</summary>
    private static readonly (string Id, string Key)[] Keys = DiagnosticCatalog.All.Select(d => (d.Id, KeyPrefix + d.Id + ".severity")).ToArray();

    /// <summary>The severities <paramref name="options"/> (the file's .editorconfig options) set for the file <paramref name="path"/>.</summary>
    public static FileSeverities Read(string path, AnalyzerConfigOptions options)
    {
        var values = new List<(string, string)>();
        foreach (var (id, key) in Keys)
        {
            if (options.TryGetValue(key, out var severity))
                values.Add((id, severity.Trim().ToLowerInvariant()));
        }
        return new FileSeverities(path, values.ToEquatableArray());
    }

    public static SeverityTable From(IEnumerable<FileSeverities> files) =>
        new(files.Where(f => !f.Values.IsEmpty).OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray());

    /// <summary>The severity to report <paramref name="diagnostic"/> with; null to leave it out ("none").</summary>
    public DiagnosticSeverity? SeverityOf(FactDiagnostic diagnostic, DiagnosticSeverity byDefault)
    {
        _lookup ??= Files.SelectMany(f => f.Values.Select(v => (f.Path, v.Id, v.Severity))).ToDictionary(x => (x.Path, x.Id), x => x.Severity);
        if (!_lookup.TryGetValue((diagnostic.FilePath, diagnostic.Id), out var severity)) return byDefault;
        return severity switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            "suggestion" => DiagnosticSeverity.Info,
            "silent" => DiagnosticSeverity.Hidden,
            "none" => null,
            _ => byDefault,
        };
    }

    /// <inheritdoc/>
    public bool Equals(SeverityTable? other) => other is not null && Files.Equals(other.Files);

    /// <inheritdoc/>
    public override int GetHashCode() => Files.GetHashCode();
}
