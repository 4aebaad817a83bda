using System;
using System.Linq;
using System.Text;
using FactModel.Cli.Facts;
using FactModel.Cli.Output;

namespace FactModel.Cli.Show;

/// <summary>
/// <c>factmodel show &lt;id&gt;</c>: one fact with all its fields, then every fact that refers to it and under which
/// key, so that an editor sees what a change to the fact touches.
/// </summary>
internal static class FactDetails
{
    public static string Render(FactDefinition definition, FactSet facts)
    {
        var text = new StringBuilder();
        text.Append($"{definition.Id}: {FactText.NameOf(definition.Fact, facts.Kinds)}\n");
        var fields = FactFieldLines.Of(definition, facts);
        int width = fields.Max(f => f.Label.Length) + 2;
        foreach (var (label, lines) in fields)
        {
            for (int i = 0; i < lines.Count; i++)
                text.Append("  ").Append((i == 0 ? label : "").PadRight(width)).Append(lines[i]).Append('\n');
        }

        var referrers = facts.Definitions
            .SelectMany(d => FactLink.Of(d.Fact).Where(l => l.TargetId == definition.Id).Select(l => (Fact: d.Fact, Link: l)))
            .OrderBy(r => r.Fact.Id, StringComparer.Ordinal).ThenBy(r => r.Link.Key, StringComparer.Ordinal)
            .ToList();
        text.Append('\n');
        if (referrers.Count == 0)
        {
            text.Append("No fact refers to it.\n");
            return text.ToString();
        }
        text.Append($"Referred to by {referrers.Select(r => r.Fact.Id).Distinct().Count()} fact(s):\n");
        var table = new Table("ID", "SECTION", "KEY", "NAME");
        foreach (var (fact, link) in referrers)
            table.Add(fact.Id, FactText.SectionWord(fact, facts.Kinds), Describe(link), FactText.NameOf(fact, facts.Kinds));
        text.Append(table.ToString("  "));
        return text.ToString();
    }

    // A role's title and a participant's role say how the fact is referred to; a quote's text is in the referrer.
    private static string Describe(FactLink link) => link.Detail is { } detail && link.Key is "roles" or "participants"
        ? $"{link.Key} ({detail})"
        : link.Key;
}
