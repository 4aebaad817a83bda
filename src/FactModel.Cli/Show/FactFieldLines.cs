using System.Collections.Generic;
using System.Linq;
using FactModel.Cli.Facts;
using FactModel.Core.Kinds;
using FactModel.Specs;
using static System.FormattableString;

namespace FactModel.Cli.Show;

/// <summary>
/// Every field of one fact as label and lines, in the order of the fact format, for <c>factmodel show &lt;id&gt;</c>.
/// Keys left out of the YAML are left out here too, except those whose default means something (an event's status
/// and certainty, a figure's kind). A reference prints as the id and the name of the fact it points to (and the
/// referenced model it is in, for one of another model's facts). A fact of a
/// kind the project declares has its kind's id as its kind, its built-in kind's fields (a politician's, a person's),
/// then every declared field written, under its key, each value as the built-in fields of its type print.
/// </summary>
internal sealed class FactFieldLines
{
    private readonly FactSet _facts;
    private readonly List<(string Label, IReadOnlyList<string> Lines)> _fields = new();

    private FactFieldLines(FactSet facts) => _facts = facts;

    /// <summary>The fields of <paramref name="definition"/>.</summary>
    public static IReadOnlyList<(string Label, IReadOnlyList<string> Lines)> Of(FactDefinition definition, FactSet facts)
    {
        var fields = new FactFieldLines(facts);
        var fact = definition.Fact;
        fields.Add("type", fact.RuntimeType);
        switch (fact)
        {
            case ActorSpec actor: fields.AddActor(actor); break;
            case PlaceSpec place: fields.AddPlace(place); break;
            case EventSpec @event: fields.AddEvent(@event); break;
            case FigureSpec figure: fields.AddFigure(figure); break;
            default: fields.Add("kind", FactText.KindOf(fact)); break;
        }
        foreach (var (field, value) in DeclaredFields.AddedOf(fact, facts.Kinds))
        {
            if (value is not null) fields.Add(field.Key, value.Items.Select(item => fields.Declared(field, item)));
        }
        if (fact.DeclaredKind is { } declared)
        {
            // The built-in part printed its built-in kind: the kind is the declared one, and what it extends.
            int kind = fields._fields.FindIndex(f => f.Label == "kind");
            string line = declared.Extends is { } extends && extends != BuiltInKinds.Fact.Id ? $"{declared.Id} (extends {extends})" : declared.Id;
            if (kind >= 0) fields._fields[kind] = ("kind", new[] { line });
            else fields._fields.Insert(1, ("kind", new[] { line }));
            foreach (var (field, value) in DeclaredFields.Of(fact, facts.Kinds))
            {
                if (value is not null) fields.Add(field.Key, value.Items.Select(item => fields.Declared(field, item)));
            }
        }
        fields.Add("source", fact.Sources.Select(s => $"{s.Document}: \"{s.Quote}\""));
        fields.Add("notes", fact.Notes);
        fields.Add("defined at", definition.Location);
        return fields._fields;
    }

    private void AddActor(ActorSpec actor)
    {
        Add("kind", FactText.Word(actor.Kind));
        Add("name", actor.Name);
        Add("description", actor.Description);
        Add("aliases", actor.Aliases.Count == 0 ? null : string.Join(", ", actor.Aliases));
        Add("roles", actor.Roles.Select(r => $"{r.Title} of {Ref(r.Of)}{(r.From is { } from ? $" from {from}" : "")}{(r.Until is { } until ? $" until {until}" : "")}"));
        Add("part-of", Ref(actor.PartOf));
        Add("led-by", Ref(actor.LedBy));
        Add("wikidata", Wikidata(actor.Wikidata));
    }

    private void AddPlace(PlaceSpec place)
    {
        Add("kind", place.Kind);
        Add("name", place.Name);
        Add("description", place.Description);
        Add("aliases", place.Aliases.Count == 0 ? null : string.Join(", ", place.Aliases));
        Add("within", place.Within.Select(Ref));
        Add("wikidata", Wikidata(place.Wikidata));
    }

    private void AddEvent(EventSpec @event)
    {
        Add("kind", @event.Kind);
        Add("title", @event.Title);
        Add("description", @event.Description);
        Add("date", FactText.DateOf(@event.Date));
        Add("status", FactText.Word(@event.Status));
        Add("certainty", FactText.Word(@event.Certainty));
        Add("places", @event.Places.Select(Ref));
        Add("participants", @event.Participants.Select(p => $"{Ref(p.Actor)} as {p.Role}"));
        Add("part-of", Ref(@event.PartOf));
        Add("after", @event.After.Select(Ref));
        Add("before", @event.Before.Select(Ref));
        Add("concurrent-with", @event.ConcurrentWith.Select(Ref));
        Add("quotes", @event.Quotes.Select(q => $"{Ref(q.By)}: \"{q.Text}\""));
    }

    private void AddFigure(FigureSpec figure)
    {
        Add("kind", FactText.Word(figure.Kind));
        Add("measure", figure.Measure);
        Add("value", FigureValues.TextOf(figure, _facts));
        if (FigureValues.ValueOf(figure, _facts) is { } value)
        {
            Add("lower bound", value.LowerBound is { } lower ? Invariant($"{lower.Value:0.##}, {(lower.Inclusive ? "inclusive" : "exclusive")}") : "none");
            Add("upper bound", value.UpperBound is { } upper ? Invariant($"{upper.Value:0.##}, {(upper.Inclusive ? "inclusive" : "exclusive")}") : "none");
        }
        Add("share", figure.Share?.ToString());
        Add("of", Ref(figure.Of) ?? figure.OfDescription);
        Add("unit", figure.Unit);
        Add("about", Ref(figure.About));
        Add("according-to", Ref(figure.AccordingTo));
        Add("certainty", FactText.Word(figure.Certainty));
        Add("as-of", figure.AsOf?.ToString());
        Add("values", figure.Values.Select(v => v.Value + (v.AsOf is { } asOf ? $" as of {asOf}" : "")
            + (v.AccordingTo is { } by ? $", according to {Ref(by)}" : "")));
    }

    /// <summary>One value of a declared field, as the built-in fields of its type print.</summary>
    private string Declared(FieldDeclaration field, DeclaredValue item) => field.Type switch
    {
        FieldType.Number => item.Number is { } number ? Invariant($"{number:0.############################}") : null,
        FieldType.Boolean => item.Boolean is { } boolean ? (boolean ? "true" : "false") : null,
        FieldType.Quantity => item.Quantity?.ToString(),
        FieldType.Share => item.Share?.ToString(),
        FieldType.Date or FieldType.DateSpan => item.Date is { } date ? FactText.DateOf(date) : null,
        FieldType.Reference => Ref(item.Reference),
        FieldType.Wikidata => Wikidata(item.Text),
        _ => item.Text,
    } ?? "";

    private string? Ref(Reference? reference) => reference is { } r ? Ref(r) : null;

    // A fact of a referenced model is named with its model: "joe-biden (Joe Biden, in shared)".
    private string Ref(Reference reference) => _facts.Resolve(reference.Id) is { } target
        ? $"{reference.Id} ({FactText.NameOf(target, _facts.Kinds)}{(_facts.ReferencedModelOf(reference.Id) is { } model ? ", in " + model.Name : "")})"
        : $"{reference.Id} (no fact has this id)";

    private static string? Wikidata(string? id) => id is null ? null : $"{id} (https://www.wikidata.org/wiki/{id})";

    private void Add(string label, string? value)
    {
        if (value is not null) _fields.Add((label, value.Replace("\r\n", "\n").TrimEnd('\n').Split('\n')));
    }

    private void Add(string label, IEnumerable<string> values)
    {
        var lines = values.ToList();
        if (lines.Count > 0) _fields.Add((label, lines));
    }
}
