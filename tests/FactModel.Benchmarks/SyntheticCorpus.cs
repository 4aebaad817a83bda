using System.Globalization;
using System.Text;

namespace FactModel.Benchmarks;

/// <summary>
/// A deterministic synthetic corpus of fact files for benchmarks and scale tests: valid under the fact format, with
/// all four sections, realistic strings, references across files and one source document per file whose text holds
/// every quote the file cites. The same size and seed always give the same bytes.
/// With <c>declaredKinds</c>, a quarter of the facts are of kinds the corpus declares in one more file
/// (<see cref="KindsYaml"/>): officials (extending person) among the actors, and incident reports (and follow-ups,
/// extending them) in a section of their own, with the same number of facts in all.
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

    /// <summary>The path of the file that declares the kinds, in a corpus with declared kinds.</summary>
    public const string KindsPath = "facts/kinds.yaml";

    /// <summary>The declarations of the corpus with declared kinds: a kind with a section of its own and fields of
    /// most types, one that extends it, and one that extends person.</summary>
    public const string KindsYaml =
        """
        # yaml-language-server: $schema=../docs/fact-file.schema.json
        # The kinds of the benchmarks' corpus with declared kinds: a quarter of its facts are of these kinds.
        kinds:
          - id: incident-report
            section: incident-reports
            description: What one source reports of one incident
            fields:
              - { key: incident, type: event, required: true }
              - { key: reported-by, type: actor }
              - { key: places, type: place, list: true }
              - { key: casualties, type: quantity }
              - { key: reported-on, type: date }
              - { key: severity, type: word, values: [minor, serious, severe, critical] }
          - id: follow-up-report
            extends: incident-report
            description: A report that revises an earlier one
            fields:
              - { key: follows, type: incident-report }
          - id: official
            extends: person
            description: A person in office, and the party they serve
            fields:
              - { key: party, type: organization }
              - { key: in-office-since, type: date }
              - { key: deputies, type: official, list: true }

        """;

    private static readonly string[] Severities = { "minor", "serious", "severe", "critical" };

    private SyntheticCorpus(IReadOnlyList<CorpusFile> files, bool declaredKinds)
    {
        Files = files;
        DeclaredKinds = declaredKinds;
    }

    /// <summary>The fact files and their documents (without the file of kind declarations).</summary>
    public IReadOnlyList<CorpusFile> Files { get; }

    /// <summary>Whether a quarter of the facts are of declared kinds, declared in <see cref="KindsPath"/>.</summary>
    public bool DeclaredKinds { get; }

    /// <summary>Every file a project would have, relative to it: the fact files, their documents, and the file of kind
    /// declarations (last) if the corpus has one.</summary>
    public IEnumerable<(string Path, string Text, bool IsFactFile)> AllFiles =>
        Files.SelectMany(f => new[] { (f.Path, f.Yaml, true), (f.DocumentPath, f.Document, false) })
            .Concat(DeclaredKinds ? new[] { (KindsPath, KindsYaml, true) } : Array.Empty<(string, string, bool)>());

    /// <summary>The number of facts.</summary>
    public int FactCount => Files.Sum(f => f.FactCount);

    /// <summary>The total size of the YAML, in characters (the kind declarations included).</summary>
    public long YamlLength => Files.Sum(f => (long)f.Yaml.Length) + (DeclaredKinds ? KindsYaml.Length : 0);

    /// <summary>
    /// Generates <paramref name="factCount"/> facts (rounded up to whole files). With <paramref name="declaredKinds"/>,
    /// a quarter of each file's facts are of the declared kinds, and the corpus has one more file that declares them.
    /// </summary>
    public static SyntheticCorpus Generate(int factCount, int seed = 20241022, bool declaredKinds = false)
    {
        int fileCount = Math.Max(1, (factCount + FactsPerFile - 1) / FactsPerFile);
        var random = new Random(seed);
        return new SyntheticCorpus(Enumerable.Range(0, fileCount).Select(i => GenerateFile(i, fileCount, random, declaredKinds)).ToList(), declaredKinds);
    }

    private static CorpusFile GenerateFile(int file, int fileCount, Random random, bool declaredKinds)
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
            bool official = declaredKinds && IsOfficial(j);
            yaml.Append($"  - id: actor-{file}-{j}\n    kind: {(j == 0 ? "organization" : official ? "official" : "person")}\n    name: {name}\n");
            if (j > 0)
            {
                string title = Titles[random.Next(Titles.Length)];
                yaml.Append($"    roles:\n      - {{ title: {title}, of: actor-{file}-0 }}\n");
            }
            else if (file > 0)
            {
                yaml.Append($"    part-of: actor-{file - 1}-0\n");
            }
            if (official)
            {
                // The party is the previous file's organization; the deputies, officials of the previous file.
                yaml.Append($"    party: actor-{previous}-0\n    in-office-since: {2010 + j % 14}-{1 + random.Next(12):D2}\n");
                yaml.Append($"    deputies: [actor-{previous}-{j}, actor-{previous}-{(j + 2 < perSection ? j + 2 : 1)}]\n");
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
        int figures = declaredKinds ? perSection - IncidentReports : perSection;
        for (int j = 0; j < figures; j++)
        {
            bool whole = j == 0;
            long value = whole ? 1_000_000 + random.Next(1_000_000) : 10 + random.Next(990);
            string qualifier = whole ? "exact" : Qualifiers[random.Next(Qualifiers.Length)];
            yaml.Append($"  - id: figure-{file}-{j}\n    measure: people affected by event {j} of report {file}\n");
            yaml.Append($"    value: {value.ToString(CultureInfo.InvariantCulture)}\n    qualifier: {qualifier}\n    unit: people\n    about: event-{file}-{j}\n");
            if (!whole) yaml.Append($"    of: figure-{file}-0\n");
            yaml.Append(Source($"officials counted {value.ToString(CultureInfo.InvariantCulture)} people in figure {j} of report {file}"));
        }

        if (declaredKinds)
        {
            yaml.Append("incident-reports:\n");
            for (int j = 0; j < IncidentReports; j++)
            {
                // Every fourth is a follow-up of the same incident's report in the previous file.
                bool followUp = j % 4 == 3;
                string severity = Severities[random.Next(Severities.Length)];
                yaml.Append($"  - id: incident-{file}-{j}\n");
                if (followUp) yaml.Append("    kind: follow-up-report\n");
                yaml.Append($"    incident: event-{file}-{j}\n    reported-by: actor-{previous}-{2 * (j % 12) + 1}\n");
                yaml.Append($"    places: [place-{file}-{j}, place-{previous}-{j}]\n");
                int casualties = 1 + random.Next(400);
                yaml.Append(j % 3 == 0
                    ? $"    casualties: {casualties.ToString(CultureInfo.InvariantCulture)}\n"
                    : $"    casualties: {{ value: {casualties.ToString(CultureInfo.InvariantCulture)}, qualifier: {Qualifiers[random.Next(Qualifiers.Length)]} }}\n");
                int day = 1 + random.Next(28);
                int month = 1 + j % 11;
                yaml.Append(j % 2 == 0 ? $"    reported-on: 2024-{month:D2}-{day:D2}\n" : $"    reported-on: {{ from: 2024-{month:D2}, to: 2024-{month + 1:D2} }}\n");
                yaml.Append($"    severity: {severity}\n");
                if (followUp) yaml.Append($"    follows: incident-{previous}-{j - 1}\n");
                yaml.Append(Source($"the {severity} incident {j} of report {file}, as local officials described it"));
            }
        }

        return new CorpusFile($"facts/report-{file:D5}.yaml", yaml.ToString(), $"seeds/{doc}.txt", document.ToString(), FactsPerFile);
    }

    /// <summary>How many facts of a file are incident reports (in place of figures) in a corpus with declared kinds.</summary>
    private const int IncidentReports = 13;

    /// <summary>In a corpus with declared kinds, the odd actors are officials: 12 of 25, and with 13 incident
    /// reports a quarter of the facts.</summary>
    private static bool IsOfficial(int j) => j % 2 == 1;
}

/// <summary>One fact file of the corpus and the document its quotes come from, with paths relative to the project.</summary>
public sealed record CorpusFile(string Path, string Yaml, string DocumentPath, string Document, int FactCount);
