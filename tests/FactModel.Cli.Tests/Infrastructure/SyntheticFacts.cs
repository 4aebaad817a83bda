using System.Globalization;
using System.Text;

namespace FactModel.Cli.Tests.Infrastructure;

/// <summary>
/// Writes a large, valid fact base for measuring <c>factmodel check</c> (docs/cli.md gives the figures): files of
/// <see cref="FactsPerFile"/> facts that cycle through actors, places, events and figures, each fact citing a quote
/// of its file's own source document, with references to other facts of the file (roles, part-of, within, places,
/// participants, after, of, about) so that every rule of the validator has work to do. Deterministic: the same
/// count always writes the same bytes.
/// </summary>
public static class SyntheticFacts
{
    public const int FactsPerFile = 100;

    /// <summary>Writes <paramref name="factCount"/> facts to <paramref name="directory"/>/facts and their documents to <paramref name="directory"/>/seeds.</summary>
    public static void Write(string directory, int factCount)
    {
        string facts = Path.Combine(directory, "facts"), seeds = Path.Combine(directory, "seeds");
        Directory.CreateDirectory(facts);
        Directory.CreateDirectory(seeds);
        for (int file = 0; file * FactsPerFile < factCount; file++)
        {
            string name = "synthetic-" + file.ToString("D3", CultureInfo.InvariantCulture);
            int first = file * FactsPerFile, count = Math.Min(FactsPerFile, factCount - first);
            var (yaml, document) = File(name, first, count);
            System.IO.File.WriteAllText(Path.Combine(facts, name + ".yaml"), yaml);
            System.IO.File.WriteAllText(Path.Combine(seeds, name + ".txt"), document);
        }
    }

    private static (string Yaml, string Document) File(string document, int first, int count)
    {
        var sections = new[] { new StringBuilder("actors:\n"), new StringBuilder("places:\n"), new StringBuilder("events:\n"), new StringBuilder("figures:\n") };
        var text = new StringBuilder();
        for (int n = 0; n < count; n++)
        {
            int i = first + n;
            string id = Id(i);
            var yaml = sections[i % 4];
            yaml.Append("  - id: ").Append(id).Append('\n');
            switch (i % 4)
            {
                case 0: Actor(yaml, i, n, first); break;
                case 1: Place(yaml, i, n, first); break;
                case 2: Event(yaml, i, n, first); break;
                default: Figure(yaml, i, n, first); break;
            }
            string quote = $"Fact {id} is stated in this sentence.";
            yaml.Append("    source: { document: ").Append(document).Append(", quote: \"").Append(quote).Append("\" }\n");
            text.Append(quote).Append(n % 5 == 4 ? "\n" : " ");
        }
        var all = new StringBuilder("# yaml-language-server: $schema=../docs/fact-file.schema.json\n");
        foreach (var section in sections.Where(s => s.ToString().Contains("- id:", StringComparison.Ordinal))) all.Append(section).Append('\n');
        return (all.ToString(), text.ToString());
    }

    private static string Id(int i) => (i % 4) switch
    {
        0 => "actor-",
        1 => "place-",
        2 => "event-",
        _ => "figure-",
    } + i.ToString("D5", CultureInfo.InvariantCulture);

    // The first fact of each section in a file is the one the others of the file refer to, so references stay
    // within a file and no chain grows with the fact count.
    private static string FirstOfFile(int first, int section) => Id(first + section);

    private static void Actor(StringBuilder yaml, int i, int n, int first)
    {
        string[] kinds = { "person", "organization", "state", "group" };
        string kind = n < 4 ? "organization" : kinds[(i / 4) % 4];
        yaml.Append("    kind: ").Append(kind).Append('\n');
        yaml.Append("    name: Actor ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (n < 4) return;
        if (kind == "person") yaml.Append("    roles:\n      - { title: member, of: ").Append(FirstOfFile(first, 0)).Append(" }\n");
        else yaml.Append("    part-of: ").Append(FirstOfFile(first, 0)).Append('\n');
    }

    private static void Place(StringBuilder yaml, int i, int n, int first)
    {
        yaml.Append("    name: Place ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("    kind: region\n");
        if (n >= 4) yaml.Append("    within: ").Append(FirstOfFile(first, 1)).Append('\n');
    }

    private static void Event(StringBuilder yaml, int i, int n, int first)
    {
        yaml.Append("    title: Event ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("    places: [").Append(Id(i - 1)).Append("]\n");
        yaml.Append("    participants:\n      - { actor: ").Append(Id(i - 2)).Append(", role: party }\n");
        if (n < 4)
        {
            // The file's first event is the long one every other event of the file is part of.
            yaml.Append("    date: { from: 2000-01-01 }\n    status: ongoing\n");
            return;
        }
        var day = new DateTime(2000, 1, 1).AddDays(i / 4);
        yaml.Append("    date: ").Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("    part-of: ").Append(FirstOfFile(first, 2)).Append('\n');
        if (n >= 8) yaml.Append("    after: [").Append(Id(i - 4)).Append("]\n");
    }

    private static void Figure(StringBuilder yaml, int i, int n, int first)
    {
        yaml.Append("    measure: Figure ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
        yaml.Append("    unit: people\n");
        yaml.Append("    about: ").Append(Id(i - 1)).Append('\n');
        if (n < 4)
        {
            yaml.Append("    value: 1000000\n");
            return;
        }
        yaml.Append("    of: ").Append(FirstOfFile(first, 3)).Append('\n');
        if ((i / 4) % 5 == 0) yaml.Append("    share: 1/2\n");
        else yaml.Append("    value: ").Append((i % 1000).ToString(CultureInfo.InvariantCulture)).Append("\n    qualifier: around\n");
    }
}
