using System.Globalization;
using System.Linq;
using FactModel.Core.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactModel.Generator.Pipeline;

/// <summary>
/// The MSBuild properties the generator reads (made compiler-visible by build/FactModel.props), and whether the
/// project's C# has UTF-8 string literals (C# 11), in which generated models carry their data.
/// </summary>
/// <param name="GeneratedFilesDirectory">
/// Where the compiler puts generated files (<c>FactModelGeneratedFilesPath</c>, set by build/FactModel.targets), for the
/// <c>#line</c> directives that map properties to fact files; empty when unknown (then they are not mapped).
/// </param>
internal sealed record GeneratorSettings(string Namespace, bool Internal, string ProjectDirectory, bool Utf8Data = true,
    string GeneratedFilesDirectory = "")
{
    public static GeneratorSettings Read((AnalyzerConfigOptionsProvider Options, ParseOptions Parse) input, System.Threading.CancellationToken cancellationToken) =>
        Read(input.Options, cancellationToken) with { Utf8Data = HasUtf8Literals(input.Parse) };

    private static GeneratorSettings Read(AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken _)
    {
        var options = provider.GlobalOptions;
        string? Get(string name) => Property(options, name);

        string? root = Get("RootNamespace");
        string ns = Get("FactModelNamespace") ?? (root is null ? "Facts" : root + ".Facts");
        if (!IsNamespace(ns)) ns = "Facts";
        bool isInternal = string.Equals(Get("FactModelVisibility"), "internal", System.StringComparison.OrdinalIgnoreCase);
        return new GeneratorSettings(ns, isInternal, Get("ProjectDir") ?? "", GeneratedFilesDirectory: Get("FactModelGeneratedFilesPath") ?? "");
    }

    /// <summary>
    /// The limits fact files are read within (<c>FactModelMaxFileSize</c>, <c>FactModelMaxDepth</c>,
    /// <c>FactModelMaxAliasExpansion</c>), read by each fact file's own step (<see cref="InputFile"/>): not part of the
    /// settings, which every file's emitted text depends on, and which a change of limits would then emit again.
    /// </summary>
    public static FactFileLimits LimitsOf(AnalyzerConfigOptions options)
    {
        int Limit(string name, int fallback) =>
            int.TryParse(Property(options, name), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : fallback;
        var defaults = FactFileLimits.Default;
        return new FactFileLimits
        {
            MaxFileSize = Limit("FactModelMaxFileSize", defaults.MaxFileSize),
            MaxDepth = Limit("FactModelMaxDepth", defaults.MaxDepth),
            MaxAliasExpansion = Limit("FactModelMaxAliasExpansion", defaults.MaxAliasExpansion),
        };
    }

    private static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool HasUtf8Literals(ParseOptions options) =>
        options is not CSharpParseOptions csharp || csharp.LanguageVersion.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp11;

    private static bool IsNamespace(string name) =>
        name.Split('.').All(part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_'));
}
