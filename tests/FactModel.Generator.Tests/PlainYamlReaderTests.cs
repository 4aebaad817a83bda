using FactModel.Benchmarks;
using System.Text;
using CsCheck;
using FactModel.Core.Yaml;
using FactModel.Specs;
using FactModel.Testing;
using FactModel.Validation;
using Shouldly;
using Xunit;

namespace FactModel.Generator.Tests;

/// <summary>
/// The plain reader (<see cref="PlainYamlReader"/>) against YamlDotNet: on every YAML file of the repository, on the
/// synthetic corpus, and on thousands of variations of them (characters inserted, deleted and lines re-indented), the
/// tree and the diagnostics are the same whichever reader reads the file. The plain reader must also really read the
/// files it is for, or it would gain nothing: the fact files and the corpus are read by it, not declined.
/// </summary>
public class PlainYamlReaderTests
{
    private static readonly string[] Insertions =
    {
        " ", "  ", "\n", "\r\n", "\r", "\t", ":", ": ", "-", "- ", "#", " #", "'", "''", "\"", "\\", "[", "]", "{", "}", ",", ", ",
        "&a ", "*a", "!x ", "|", ">", "?", "~", "%", "@", "`", "---\n", "...", "\u00A0", "\u2028", "\u0085", "\uFEFF", "é", "😀", "x",
        "key: value\n", "  - ", "{a: b}", "[a, b]", "''''", "\"\"",
    };

    public static IEnumerable<object[]> RepositoryYamlFiles() =>
        YamlFiles().Select(path => new object[] { Path.GetRelativePath(RepositoryFiles.Root, path) });

    private static IEnumerable<string> YamlFiles()
    {
        var roots = new[] { "facts", "tests", "samples", "docs" }.Select(RepositoryFiles.Path).Where(Directory.Exists);
        return roots.SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal)
                || path.Contains(Path.Combine("FactModel.Fuzz", "corpus"), StringComparison.Ordinal))
            // Not build output, nor the fuzzer's (tests/FactModel.Fuzz/out: thousands of inputs, ignored by git).
            .Where(path => !new[] { "bin", "obj", "out" }.Any(folder =>
                path.Contains($"{Path.DirectorySeparatorChar}{folder}{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            .OrderBy(path => path, StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RepositoryYamlFiles))]
    public void Every_yaml_file_of_the_repository_and_its_variations_read_the_same_as_with_YamlDotNet(string relativePath)
    {
        string text = File.ReadAllText(RepositoryFiles.Path(relativePath));
        ShouldReadTheSame(text, relativePath);
        foreach (var (variant, what) in Variations(text, seed: relativePath.Length, count: 150))
            ShouldReadTheSame(variant, $"{relativePath}, {what}");
    }

    [Fact]
    public void The_synthetic_corpus_and_its_variations_read_the_same_and_the_plain_reader_reads_them()
    {
        var corpus = SyntheticCorpus.Generate(300, declaredKinds: true);
        foreach (var (path, text, isFactFile) in corpus.AllFiles)
        {
            if (!isFactFile) continue;
            // The declarations nest flow lists in flow mappings ('values: [minor, ...]'), which are left to YamlDotNet.
            Outcome(text).ShouldBe(path == SyntheticCorpus.KindsPath ? PlainYamlReader.Result.Declined : PlainYamlReader.Result.Read, path);
            ShouldReadTheSame(text, path);
            foreach (var (variant, what) in Variations(text, seed: path.Length, count: 60))
                ShouldReadTheSame(variant, $"{path}, {what}");
        }
    }

    [Fact]
    public void The_fact_files_of_the_seed_are_read_by_the_plain_reader()
    {
        foreach (var path in Directory.EnumerateFiles(RepositoryFiles.Path("facts"), "*.yaml"))
            Outcome(File.ReadAllText(path)).ShouldBe(PlainYamlReader.Result.Read, path);
    }

    /// <summary>
    /// Random documents of lines the plain reader reads, or nearly: keys, list items, values of characters that matter to
    /// YAML, comments, at random indentations, with LF or CRLF.
    /// </summary>
    private static readonly Gen<string> RandomDocument =
        Gen.Select(
            Gen.OneOf(Gen.Int[0, 6], Gen.OneOf(2, 4)),
            Gen.OneOf("", "- ", "key: ", "- key: ", "other:", "- k-2: ", "- - ", "k.3:  ", "notes: >-", "text: |", "- >"),
            Gen.OneOf(
                Gen.String[Gen.Char["abc xyz"], 0, 10],
                Gen.String[Gen.Char["ab :#-'\"[]{},x1 "], 0, 10],
                Gen.OneOf("[a, b]", "{ k: v, l: 'w' }", "'it''s'", "\"q r\"", "[]", "-5", "~")),
            Gen.OneOf("", " # note", "#", "  "),
            (indent, start, value, end) => new string(' ', indent) + start + value + end)
        .Array[1, 12]
        .Select(Gen.Bool, (lines, crlf) => "root:\n" + string.Join(crlf ? "\r\n" : "\n", lines) + "\n");

    [Fact]
    public void Random_documents_read_the_same_as_with_YamlDotNet()
    {
        int read = 0;
        RandomDocument.Sample(text =>
        {
            if (Outcome(text) == PlainYamlReader.Result.Read) Interlocked.Increment(ref read);
            ShouldReadTheSame(text, "a random document");
        }, iter: 50_000);
        // Not a test of declining alone: a good share of them is read by the plain reader.
        read.ShouldBeGreaterThan(1_500);
    }

    [Theory]
    [InlineData("a: b\n", "a=b")]
    [InlineData("a: b", "a=b")]
    [InlineData("\uFEFFa: b\r\nc: 'it''s'\r\n", "a=b c='it's'")]
    [InlineData("# comment\na:   b c   # comment\nd:\n", "a=b c d=~")]
    [InlineData("list:\n- x\n- 'y'\nnext: [p, \"q r\"]\n", "list=[x 'y'] next=[p 'q r']")]
    [InlineData("m:\n  - id: a\n    of: { k: v, w: 'x' }\n  - []\n", "m=[{id=a of={k=v w='x'}} []]")]
    [InlineData("a: >-\n  folded\n  text # kept\nb: |\n    x\n    y\n\nc: >  # note\n  z\n", "a='folded text # kept' b='x\ny\n' c='z\n'")]
    [InlineData("n: -5\nurl: https://example.org/a:b\nc: C# [1] {2}, 3\n", "n=-5 url=https://example.org/a:b c=C# [1] {2}, 3")]
    public void Reads_plain_block_yaml(string yaml, string expected)
    {
        Outcome(yaml).ShouldBe(PlainYamlReader.Result.Read);
        Show(Read(yaml)!).ShouldBe("{" + expected + "}");
        ShouldReadTheSame(yaml, yaml);
    }

    [Theory]
    [InlineData("a: |+\n  text\n")]
    [InlineData("a: >2\n  text\n")]
    [InlineData("a: >\n  text\n\n  more\n")]
    [InlineData("a: >\n  text\n    more\n")]
    [InlineData("a: >\n\n  text\n")]
    [InlineData("a: >#\n  text\n")]
    [InlineData("a:\n  b: >\n  text\n")]
    [InlineData("a: &x b\nc: *x\n")]
    [InlineData("a: !!str b\n")]
    [InlineData("a: b\n  c\n")]
    [InlineData("a: \"b\\n\"\n")]
    [InlineData("a: 'b\n  c'\n")]
    [InlineData("a: [b,\n  c]\n")]
    [InlineData("a: [[b]]\n")]
    [InlineData("a: [b, ]\n")]
    [InlineData("a:\tb\n")]
    [InlineData("---\na: b\n")]
    [InlineData("%YAML 1.2\n---\na: b\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("a: b: c\n")]
    [InlineData("  a: b\n")]
    [InlineData("- a\n")]
    [InlineData("a\n")]
    [InlineData("a: b\r")]
    [InlineData("a:\n  -\n")]
    [InlineData("\"a\": b\n")]
    public void Declines_what_it_does_not_read(string yaml)
    {
        Outcome(yaml).ShouldBe(PlainYamlReader.Result.Declined);
        ShouldReadTheSame(yaml, yaml);
    }

    [Fact]
    public void A_repeated_key_and_too_deep_a_nesting_are_reported_as_with_YamlDotNet()
    {
        ShouldReadTheSame("a: b\na: c\n", "repeated key");
        Outcome("a: b\na: c\n").ShouldBe(PlainYamlReader.Result.Read);
        var deep = new StringBuilder();
        for (int depth = 0; depth < 80; depth++) deep.Append(' ', 2 * depth).Append("k:\n");
        deep.Append(' ', 160).Append("k: v\n");
        Outcome(deep.ToString()).ShouldBe(PlainYamlReader.Result.Stopped);
        ShouldReadTheSame(deep.ToString(), "deep nesting");
    }

    private static PlainYamlReader.Result Outcome(string text)
    {
        var builder = new YamlTreeBuilder("f.yaml", FactFileLimits.Default, new List<FactDiagnostic>(), new Dictionary<string, string>());
        return PlainYamlReader.TryRead(text, text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0, builder, CancellationToken.None);
    }

    private static YamlNode? Read(string text) =>
        YamlTreeReader.Read(text, "f.yaml", FactFileLimits.Default, new List<FactDiagnostic>(), plainReaderFirst: true);

    private static void ShouldReadTheSame(string text, string what)
    {
        if (YamlTreeText.Disagreement(text) is { } differ)
            differ.Plain.ShouldBe(differ.YamlDotNet, $"{what}\n--- text ---\n{text}\n--- plain reader: {Outcome(text)}");
    }

    /// <summary>A short form of a tree for the examples: plain values bare, quoted ones in quotes, empty ones '~'.</summary>
    private static string Show(YamlNode node) => node switch
    {
        YamlScalar { IsPlain: true, Value: "" } => "~",
        YamlScalar scalar => scalar.IsPlain ? scalar.Value : $"'{scalar.Value}'",
        YamlMapping mapping => "{" + string.Join(" ", mapping.Entries.Select(e => $"{e.Key.Value}={Show(e.Value)}")) + "}",
        YamlSequence sequence => "[" + string.Join(" ", sequence.Items.Select(Show)) + "]",
        _ => "?",
    };

    /// <summary>
    /// Variations of <paramref name="text"/> from a seeded generator: a piece inserted, a character deleted, a line
    /// indented more or less or duplicated, the text cut short; some of each kind.
    /// </summary>
    private static IEnumerable<(string Text, string What)> Variations(string text, int seed, int count)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            int at = random.Next(text.Length + 1);
            switch (i % 5)
            {
                case 0:
                case 1:
                    string piece = Insertions[random.Next(Insertions.Length)];
                    yield return (text.Insert(at, piece), $"'{piece}' inserted at {at}");
                    break;
                case 2:
                    if (at < text.Length) yield return (text.Remove(at, 1), $"character {at} deleted");
                    break;
                case 3:
                    int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                    yield return random.Next(2) == 0
                        ? (text.Insert(lineStart, random.Next(2) == 0 ? " " : "  "), $"line at {lineStart} indented more")
                        : (text.Length > lineStart && text[lineStart] == ' ' ? (text.Remove(lineStart, 1), $"line at {lineStart} indented less") : (text, "unchanged"));
                    break;
                default:
                    int lineEnd = text.IndexOf('\n', at);
                    int from = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                    yield return random.Next(2) == 0 && lineEnd >= 0
                        ? (text.Insert(lineEnd + 1, text.Substring(from, lineEnd + 1 - from)), $"line at {from} repeated")
                        : (text.Substring(0, at), $"cut at {at}");
                    break;
            }
        }
    }
}
