using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactModel.Core.Kinds;
using FactModel.Specs;

namespace FactModel.Core.Model;

/// <summary>One fact of a referenced model: its id and the id of its kind.</summary>
public readonly record struct ReferencedFact(string Id, string Kind);

/// <summary>
/// The fact model of another assembly that this one references (for the command-line tool, another folder of facts),
/// as far as this one needs it: the namespace its classes are in, the ids and kinds of its facts, and the kinds it
/// declares. Facts here may refer to its facts, be of its kinds, and must not reuse its ids.
/// </summary>
/// <param name="Name">The assembly's name (the folder, for the command-line tool), for messages.</param>
/// <param name="Namespace">The namespace of its generated classes (<c>Shared.Facts</c>).</param>
/// <param name="Facts">Its facts, sorted by id.</param>
/// <param name="Kinds">The kinds it declares, in declaration order.</param>
public sealed record ReferencedModel(string Name, string Namespace, EquatableArray<ReferencedFact> Facts, EquatableArray<KindDeclaration> Kinds)
{
    /// <summary>The key of the <c>AssemblyMetadata</c> attribute a generated model publishes itself under.</summary>
    public const string MetadataKey = "FactModel.Model";

    private const string Header = "FactModel model 1";

    /// <summary>
    /// The text a generated model publishes as <c>[assembly: AssemblyMetadata("FactModel.Model", ...)]</c>: a header
    /// with the namespace, the declared kinds as the YAML a project writes them in, and a line per fact.
    /// </summary>
    public static string Write(string @namespace, IEnumerable<ReferencedFact> facts, IEnumerable<KindDeclaration> declaredKinds)
    {
        var kinds = declaredKinds.ToList();
        string yaml = kinds.Count == 0 ? "" : KindDeclarationWriter.Write(kinds);
        int yamlLines = yaml.Length == 0 ? 0 : yaml.TrimEnd('\n').Split('\n').Length;
        var text = new StringBuilder(Header).Append('\t').Append(@namespace).Append('\n')
            .Append("kinds\t").Append(yamlLines.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(yaml);
        foreach (var fact in facts) text.Append(fact.Id).Append('\t').Append(fact.Kind).Append('\n');
        return text.ToString();
    }

    /// <summary>The model <paramref name="text"/> describes; null when it is not a model this version can read.</summary>
    public static ReferencedModel? Read(string name, string text)
    {
        var lines = text.Split('\n');
        if (lines.Length < 2 || !lines[0].StartsWith(Header + "\t", StringComparison.Ordinal)) return null;
        string @namespace = lines[0].Substring(Header.Length + 1);
        if (!lines[1].StartsWith("kinds\t", StringComparison.Ordinal) || !int.TryParse(lines[1].Substring(6), NumberStyles.None, CultureInfo.InvariantCulture, out int yamlLines)
            || lines.Length < 2 + yamlLines)
            return null;
        var kinds = EquatableArray<KindDeclaration>.Empty;
        if (yamlLines > 0)
        {
            string yaml = string.Join("\n", lines, 2, yamlLines) + "\n";
            kinds = KindDeclarationReader.Read(name, yaml, BuiltInKinds.All).Kinds;
        }
        var facts = new List<ReferencedFact>(lines.Length - 2 - yamlLines);
        for (int i = 2 + yamlLines; i < lines.Length; i++)
        {
            int tab = lines[i].IndexOf('\t');
            if (tab > 0) facts.Add(new ReferencedFact(lines[i].Substring(0, tab), lines[i].Substring(tab + 1)));
        }
        return new ReferencedModel(name, @namespace, facts.ToEquatableArray(), kinds);
    }
}

/// <summary>
/// Every referenced model, with a lookup of their facts by id. Ordered by name, so that the same references give the
/// same models whatever order the build lists them in.
/// </summary>
public sealed record ReferencedModels(EquatableArray<ReferencedModel> Models)
{
    /// <summary>No referenced model.</summary>
    public static ReferencedModels None { get; } = new(EquatableArray<ReferencedModel>.Empty);

    private Dictionary<string, (ReferencedFact Fact, ReferencedModel Model)>? _byId;

    /// <summary>The referenced models of <paramref name="models"/>, ordered by name; the first of two with one name is kept.</summary>
    public static ReferencedModels Of(IEnumerable<ReferencedModel> models)
    {
        var ordered = models.GroupBy(m => m.Name, StringComparer.Ordinal).Select(g => g.First()).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        return ordered.Count == 0 ? None : new ReferencedModels(ordered.ToEquatableArray());
    }

    /// <summary>The fact with <paramref name="id"/> in a referenced model (the first model by name that has it), if any.</summary>
    public bool TryGet(string id, out ReferencedFact fact, out ReferencedModel model)
    {
        if (_byId is null)
        {
            var byId = new Dictionary<string, (ReferencedFact, ReferencedModel)>(StringComparer.Ordinal);
            foreach (var m in Models)
            foreach (var f in m.Facts)
            {
                if (!byId.ContainsKey(f.Id)) byId.Add(f.Id, (f, m));
            }
            _byId = byId;
        }
        if (_byId.TryGetValue(id, out var found))
        {
            (fact, model) = found;
            return true;
        }
        fact = default;
        model = null!;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(ReferencedModels? other) => other is not null && Models.Equals(other.Models);

    /// <inheritdoc/>
    public override int GetHashCode() => Models.GetHashCode();
}
