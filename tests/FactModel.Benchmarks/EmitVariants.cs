using System.Globalization;
using System.Text;
using FactModel.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;

using static FactModel.Benchmarks.Measure;

namespace FactModel.Benchmarks;

/// <summary>
/// <c>--emit-variants [N] [rounds] [--no-pdb] [--only "variant|variant"]</c>: what each per-fact line of the generated code costs the compiler's Emit. The
/// model is generated once with a generated files directory (so the properties carry their <c>#line</c> pairs, as in a
/// build), then its text is rewritten line by line into variants (a line kind left out, or written another way), each
/// variant's trees parsed once, and each variant emitted from a fresh compilation (<see cref="Measure.Fresh"/>: nothing
/// bound is shared), interleaved, after an untimed Emit of every variant to warm the compiler. With a portable PDB, as a
/// build writes one (the <c>#line</c> mappings go into its sequence points), unless <c>--no-pdb</c>.
/// </summary>
internal static class EmitVariants
{
    /// <summary>Where the generated files would go, below the corpus's project directory (the obj folder of a build).</summary>
    private const string GeneratedFilesPath = CorpusCompilation.ProjectDirectory + "obj/Release/generated";

    /// <summary>
    /// Stand-ins for the ids written other ways: <c>[FactId]</c> as it was before <c>[FactIds]</c> (the runtime
    /// library's is obsolete now, and 10,000 warnings would be a cost of their own), and a list of literals.
    /// </summary>
    private const string StandInAttributes =
        "namespace FactModel { [System.AttributeUsage(System.AttributeTargets.Property, Inherited = false)] public sealed class BeforeFactIdAttribute : System.Attribute { public BeforeFactIdAttribute(string id) { } } "
        + "[System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = true, Inherited = false)] public sealed class FactIdPairsAttribute : System.Attribute { public FactIdPairsAttribute(params string[] idsAndProperties) { } } }";

    public static void Run(int facts, int rounds, bool pdb, string[]? only = null)
    {
        var corpus = SyntheticCorpus.Generate(facts);
        var input = new CorpusCompilation(corpus);
        var driver = input.CreateDriver(generatedFilesPath: GeneratedFilesPath);
        driver.RunGeneratorsAndUpdateCompilation(input.Compilation, out var generated, out var diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) throw new InvalidOperationException(string.Join("\n", diagnostics.Take(10)));
        var trees = generated.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();
        int directives = trees.Sum(t => t.ToString().Split('\n').Count(l => l.TrimStart().StartsWith("#line (", StringComparison.Ordinal)));
        Console.WriteLine($"{facts:N0} facts, {trees.Count} generated trees, {trees.Sum(t => (long)t.Length):N0} characters, {directives:N0} mapped properties");
        if (directives == 0) throw new InvalidOperationException("no #line directives: the generated files directory did not reach the generator");

        var variants = new (string Name, Func<string, string> Rewrite, bool Attribute)[]
        {
            ("as generated", text => text, false),
            ("before: a [FactId] on each property", text => IdOnEachProperty(text), true),
            ("ids as pairs of literals", text => IdPairs(text), true),
            ("no ids", text => ReplaceIds(text, _ => ""), false),
            // --ratios and --probe generate without a generated files directory, so without #line: these two are what they compare.
            ("no #line", text => Without(text, "#line"), false),
            ("before, no #line", text => Without(IdOnEachProperty(text), "#line"), true),
            ("#line default once a class", FuseLineDefault, false),
            ("no /// docs", text => Without(text, "///"), false),
            ("docs in one <summary>", OneSummary, false),
        };
        if (only is { Length: > 0 }) variants = variants.Where(v => only.Contains(v.Name, StringComparer.Ordinal)).ToArray();
        var parseOptions = (CSharpParseOptions)trees[0].Options;
        // A PDB needs every source's encoding (the user's code of CorpusCompilation has none).
        var user = input.Compilation.SyntaxTrees.Single();
        var baseCompilation = input.Compilation.ReplaceSyntaxTree(user, CSharpSyntaxTree.ParseText(user.ToString(), parseOptions, user.FilePath, Encoding.UTF8));
        // FACTMODEL_EMIT_VARIANTS_DUMP=DIR writes each variant of the first output group's source (a few fact files) there, to read what is measured.
        if (Environment.GetEnvironmentVariable("FACTMODEL_EMIT_VARIANTS_DUMP") is { Length: > 0 } dump)
        {
            Directory.CreateDirectory(dump);
            var first = trees.First(t => Path.GetFileName(t.FilePath).StartsWith("FactGroup.", StringComparison.Ordinal));
            for (int i = 0; i < variants.Length; i++) File.WriteAllText(Path.Combine(dump, $"{i}.cs"), variants[i].Rewrite(first.ToString()));
        }
        var compilations = variants.Select(v =>
        {
            var rewritten = trees.Select(t => CSharpSyntaxTree.ParseText(v.Rewrite(t.ToString()), parseOptions, t.FilePath, Encoding.UTF8)).ToList();
            if (v.Attribute) rewritten.Add(CSharpSyntaxTree.ParseText(StandInAttributes, parseOptions, "StandIns.cs", Encoding.UTF8));
            return (Compilation)baseCompilation.AddSyntaxTrees(rewritten);
        }).ToList();
        foreach (var (compilation, variant) in compilations.Zip(variants))
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0) throw new InvalidOperationException($"{variant.Name} does not compile:\n" + string.Join("\n", errors.Take(5)));
        }

        var samples = Interleaved(1, rounds, compilations.Select(c => (Action)(() => Emit(Fresh(c), pdb))).ToArray());
        Console.WriteLine(pdb ? "Emit with a portable PDB, as a build:" : "Emit without a PDB:");
        Console.WriteLine($"{"variant",-40} | {"median",8} | {"min",8} | {"CPU",8} | {"allocated",10} | samples (ms)");
        for (int i = 0; i < variants.Length; i++)
        {
            var s = samples[i];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{variants[i].Name,-40} | {MedianTime(s),5:0} ms | {s.Min(x => x.Milliseconds),5:0} ms | {MedianCpu(s),5:0} ms | {MedianBytes(s) / 1048576,7:0.0} MB | {string.Join(" ", s.Select(x => x.Milliseconds.ToString("0", CultureInfo.InvariantCulture)))}"));
        }
    }

    private static void Emit(Compilation compilation, bool withPdb)
    {
        using var pe = new MemoryStream();
        using var pdb = withPdb ? new MemoryStream() : null;
        var result = compilation.Emit(pe, pdb, options: withPdb ? new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb) : null);
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
    }

    private static string Without(string text, string prefix) =>
        string.Join("\n", text.Split('\n').Where(l => !l.TrimStart().StartsWith(prefix, StringComparison.Ordinal)));

    /// <summary>Each <c>#line default</c> left out but the last of a class part (the one before its closing brace).</summary>
    private static string FuseLineDefault(string text)
    {
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "#line default" && i + 1 < lines.Length && lines[i + 1].Trim() != "}") continue;
            kept.Add(lines[i]);
        }
        return string.Join("\n", kept);
    }

    /// <summary>Each property's <c>&lt;remarks&gt;</c> (where the fact is written, its sources) joined to its <c>&lt;summary&gt;</c>.</summary>
    private static string OneSummary(string text) =>
        text.Replace("</summary>\n        /// <remarks>", " ", StringComparison.Ordinal).Replace("</remarks>", "</summary>", StringComparison.Ordinal);

    /// <summary>Each <c>[FactIds(@"...")]</c> block replaced by what <paramref name="replace"/> writes for its (id, property) pairs.</summary>
    private static string ReplaceIds(string text, Func<List<(string Id, string Property)>, string> replace) =>
        System.Text.RegularExpressions.Regex.Replace(text, "^ *\\[Fm\\.FactIds\\(@\"([^\"]*)\"\\)\\]\n", match =>
        {
            var words = match.Groups[1].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var pairs = new List<(string Id, string Property)>();
            for (int i = 0; i + 1 < words.Length; i += 2) pairs.Add((words[i], words[i + 1]));
            return replace(pairs);
        }, System.Text.RegularExpressions.RegexOptions.Multiline);

    /// <summary>The ids as a list of literals, an id then its property's name: <c>[FactIdPairs("hamas", "Hamas", ...)]</c>.</summary>
    private static string IdPairs(string text) =>
        ReplaceIds(text, pairs => "    [Fm.FactIdPairs(\n" + string.Join(",\n", pairs.Select(p => $"        \"{p.Id}\", \"{p.Property}\"")) + ")]\n");

    /// <summary>The model as generated before <c>[FactIds]</c>: an attribute with the id on each property, before its <c>#line</c>.</summary>
    private static string IdOnEachProperty(string text)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        text = ReplaceIds(text, pairs =>
        {
            foreach (var (id, property) in pairs) ids[property] = id;
            return "";
        });
        return System.Text.RegularExpressions.Regex.Replace(text, "^( *)((?:#line \\([^\n]*\n *)?public static [^ ]+ ([A-Za-z0-9_]+) => )", match =>
            ids.TryGetValue(match.Groups[3].Value, out var id)
                ? $"{match.Groups[1].Value}[Fm.BeforeFactId(\"{id}\")]\n{match.Groups[1].Value}{match.Groups[2].Value}"
                : match.Value, System.Text.RegularExpressions.RegexOptions.Multiline);
    }
}
