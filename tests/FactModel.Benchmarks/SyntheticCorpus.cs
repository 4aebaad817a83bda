using System.Globalization;
using System.Text;

namespace FactModel.Benchmarks;

/// <summary>
/// A deterministic synthetic corpus of fact files for benchmarks and scale tests: valid under the fact format, with
/// all four sections, realistic strings, references across files and one source document per file whose text holds
/// every quote the file cites. The same size and seed always give the same bytes.
/// </summary>
public sealed class SyntheticCorpus
{
    /// <summary>How many facts one file holds; 10,000 facts make 100 files of about 22 KB, as in real fact bases.</summary>
    public const int FactsPerFile = 100;

    private static readonly string[] FirstNames = { "Amira", "Daniel", "Yusuf", "Noa", "Karim", "Lea", "Omar", "Tamar", "Samir", "Rana", "Eitan", "Layla" };
    private static readonly string[] LastNames = { "Haddad", "Cohen", "Nasser", "Levi", "Khalil", "Mizrahi", "Saleh", "Peretz", "Darwish", "Azoulay" };
    private static readonly string[] Titles = { "spokesperson", "minister of defence", "commander", "envoy", "chief negotiator", "mayor" };
    private static readonly string[] PlaceKinds = { "city", "district", "region", "area", "territory" };
    private static readonly string[] EventKinds = { "strike", "meeting", "visit", "talks", "evacuation", "statement" };
    private static readonly string[] Qualifiers = { "exact", "about", "around", "over", "nearly", "at-least" };

    private SyntheticCorpus(IReadOnlyList<CorpusFile> files) => Files = files;

    /// <summary>The fact files and their documents.</summary>
    public IReadOnlyList<CorpusFile> Files { get; }

    /// <summary>The number of facts.</summary>
    public int FactCount => Files.Sum(f => f.FactCount);

    /// <summary>The total size of the YAML, in characters.</summary>
    public long YamlLength => Files.Sum(f => (long)f.Yaml.Length);

    /// <summary>Generates <paramref name="factCount"/> facts (rounded up to whole files).</summary>
    public static SyntheticCorpus Generate(int factCount, int seed = 20241022)
    {
        int fileCount = Math.Max(1, (factCount + FactsPerFile - 1) / FactsPerFile);
        var random = new Random(seed);
        return new SyntheticCorpus(Enumerable.Range(0, fileCount).Select(i => GenerateFile(i, fileCount, random)).ToList());
    }

    private static CorpusFile GenerateFile(int file, int fileCount, Random random)
    {
        int previous = (file + fileCount - 1) % fileCount;
        var yaml = new StringBuilder(24 * 1024);
        var document = new StringBuilder(8 * 1024);
        string doc = $"report-{file:D5}";
        string Source(string quote)
        {
            document.Append(quote).Append(". ");
            return $"    source: {{ document: {doc}, quote: \"{quote}\" }}\n";
        }
        const int perSection = FactsPerFile / 4;

        yaml.Append("# yaml-language-server: $schema=../docs/fact-file.schema.json\n");
        yaml.Append("actors:\n");
        for (int j = 0; j < perSection; j++)
        {
            string name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]} {file}-{j}";
            yaml.Append($"  - id: actor-{file}-{j}\n    kind: {(j == 0 ? "organization" : "person")}\n    name: {name}\n");
            if (j > 0)
            {
                string title = Titles[random.Next(Titles.Length)];
                yaml.Append($"    roles:\n      - {{ title: {title}, of: actor-{file}-0 }}\n");
            }
            else if (file > 0)
            {
                yaml.Append($"    part-of: actor-{file - 1}-0\n");
            }
            yaml.Append(Source($"{name} said on the record in statement {j} of report {file}"));
        }

        yaml.Append("places:\n");
        for (int j = 0; j < perSection; j++)
        {
            string name = $"{PlaceKinds[random.Next(PlaceKinds.Length)]} number {j} of report {file}";
            yaml.Append($"  - id: place-{file}-{j}\n    name: {name}\n    kind: {PlaceKinds[random.Next(PlaceKinds.Length)]}\n");
            if (j > 0) yaml.Append($"    within: place-{file}-0\n");
            else if (file > 0) yaml.Append($"    within: place-{file - 1}-0\n");
            yaml.Append(Source($"the {name}, where reporters confirmed the damage"));
        }

        yaml.Append("events:\n");
        for (int j = 0; j < perSection; j++)
        {
            string title = $"{EventKinds[random.Next(EventKinds.Length)]} {j} reported in report {file}";
            int day = 1 + random.Next(28);
            yaml.Append($"  - id: event-{file}-{j}\n    title: {title}\n    kind: {EventKinds[random.Next(EventKinds.Length)]}\n");
            yaml.Append(j % 3 == 0 ? $"    date: 2024-{1 + j % 12:D2}\n" : $"    date: 2024-{1 + j % 12:D2}-{day:D2}\n");
            yaml.Append($"    places: [place-{file}-{j}, place-{previous}-{j}]\n");
            yaml.Append($"    participants:\n      - {{ actor: actor-{file}-{j}, role: party }}\n      - {{ actor: actor-{previous}-{(j + 1) % perSection}, role: host }}\n");
            yaml.Append(Source($"the {title} drew officials from several capitals"));
        }

        yaml.Append("figures:\n");
        for (int j = 0; j < perSection; j++)
        {
            bool whole = j == 0;
            long value = whole ? 1_000_000 + random.Next(1_000_000) : 10 + random.Next(990);
            string qualifier = whole ? "exact" : Qualifiers[random.Next(Qualifiers.Length)];
            yaml.Append($"  - id: figure-{file}-{j}\n    measure: people affected by event {j} of report {file}\n");
            yaml.Append($"    value: {value.ToString(CultureInfo.InvariantCulture)}\n    qualifier: {qualifier}\n    unit: people\n    about: event-{file}-{j}\n");
            if (!whole) yaml.Append($"    of: figure-{file}-0\n");
            yaml.Append(Source($"officials counted {value.ToString(CultureInfo.InvariantCulture)} people in figure {j} of report {file}"));
        }

        return new CorpusFile($"facts/report-{file:D5}.yaml", yaml.ToString(), $"seeds/{doc}.txt", document.ToString(), FactsPerFile);
    }
}

/// <summary>One fact file of the corpus and the document its quotes come from, with paths relative to the project.</summary>
public sealed record CorpusFile(string Path, string Yaml, string DocumentPath, string Document, int FactCount);
