using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Validation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static FactModel.Validation.DiagnosticCatalog;

namespace FactModel.Generator.Diagnostics;

/// <summary>
/// The Roslyn side of the diagnostic catalogue: one <see cref="DiagnosticDescriptor"/> per id of
/// <see cref="DiagnosticCatalog"/>, written out with literal ids so that release tracking (AnalyzerReleases.*.md)
/// can check them; a test keeps them equal to the catalogue. The message is the one the shared core formatted.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor FM1001 = Create("FM1001", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM1002 = Create("FM1002", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM1003 = Create("FM1003", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM1004 = Create("FM1004", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM1005 = Create("FM1005", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM1006 = Create("FM1006", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM1007 = Create("FM1007", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM1008 = Create("FM1008", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM1009 = Create("FM1009", Syntax, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor FM1010 = Create("FM1010", Syntax, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM2001 = Create("FM2001", References, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM2002 = Create("FM2002", References, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM2003 = Create("FM2003", References, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM2004 = Create("FM2004", References, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM2005 = Create("FM2005", References, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM2006 = Create("FM2006", References, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor FM2007 = Create("FM2007", References, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor FM3001 = Create("FM3001", Provenance, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM3002 = Create("FM3002", Provenance, DiagnosticSeverity.Error);
    public static readonly DiagnosticDescriptor FM3003 = Create("FM3003", Provenance, DiagnosticSeverity.Warning);
    public static readonly DiagnosticDescriptor FM9001 = Create("FM9001", Internal, DiagnosticSeverity.Error);

    /// <summary>Every descriptor, by id.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ById { get; } = new[]
    {
        FM1001, FM1002, FM1003, FM1004, FM1005, FM1006, FM1007, FM1008, FM1009, FM1010,
        FM2001, FM2002, FM2003, FM2004, FM2005, FM2006, FM2007, FM3001, FM3002, FM3003, FM9001,
    }.ToDictionary(d => d.Id);

    /// <summary>The Roslyn diagnostic for <paramref name="diagnostic"/>; null when <paramref name="severities"/> turn it off.</summary>
    public static Diagnostic? ToDiagnostic(FactDiagnostic diagnostic, Pipeline.SeverityTable? severities = null)
    {
        var descriptor = ById[diagnostic.Id];
        var severity = severities is null ? descriptor.DefaultSeverity : severities.SeverityOf(diagnostic, descriptor.DefaultSeverity);
        if (severity is not { } effective) return null;
        var related = diagnostic.RelatedFilePath is { } path ? new[] { LocationOf(path, diagnostic.RelatedSpan) } : null;
        return Diagnostic.Create(descriptor, LocationOf(diagnostic.FilePath, diagnostic.Span), effective, related, null, diagnostic.Message);
    }

    // The span is given in lines and columns only (see SourceSpan); MSBuild and the IDE's error list use those.
    // A diagnostic about the whole model has no file.
    // A malformed span would make Roslyn throw, and cost the user every generated file: report at its start instead.
    private static Location LocationOf(string path, Specs.SourceSpan span)
    {
        if (path.Length == 0) return Location.None;
        if (!span.IsValid) span = Specs.SourceSpan.Between(Math.Max(0, span.StartLine), Math.Max(0, span.StartColumn), 0, 0);
        return Location.Create(path, default,
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
    }

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity)
    {
        var info = All.First(d => d.Id == id);
        return new DiagnosticDescriptor(id, info.Title, "{0}", category, severity, isEnabledByDefault: true, helpLinkUri: info.HelpLink);
    }
}
