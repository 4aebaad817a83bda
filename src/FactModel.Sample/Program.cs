using System;
using System.Linq;
using FactModel;
using FactModel.Sample.Facts;

// Prints a digest of the seed article's fact model. Everything below is generated at compile time from facts/*.yaml:
// no YAML is read at run time, and every reference is an object, checked by the build.

Console.WriteLine("FactModel: the facts of \"Blinken arrives in Israel as US looks to renew ceasefire efforts\"");
Console.WriteLine();

Section($"Actors ({Actors.All.Count})");
foreach (var actor in Actors.All)
{
    string roles = actor.Roles.Count == 0 ? "" : "; " + string.Join("; ", actor.Roles.Select(r => r.ToString()));
    string partOf = actor.PartOf is null ? "" : $"; part of {actor.PartOf.DisplayName}";
    string ledBy = actor.LedBy is null ? "" : $"; led by {actor.LedBy.DisplayName}";
    string aliases = actor.Aliases.Count == 0 ? "" : $" (also: {string.Join(", ", actor.Aliases)})";
    Console.WriteLine($"  {actor.DisplayName} [{actor.Kind.ToString().ToLowerInvariant()}]{aliases}{roles}{partOf}{ledBy}");
}

Section($"Places ({Places.All.Count})");
foreach (var place in Places.All)
{
    string within = place.Within.Count == 0 ? "" : " within " + string.Join(" and ", place.Within.Select(p => p.Name));
    Console.WriteLine($"  {place.Name}{(place.Kind is null ? "" : $" [{place.Kind}]")}{within}");
}

Section($"Events ({Events.All.Count}), in date order; undated events last");
foreach (var @event in Events.All.OrderBy(e => e.Date is null).ThenBy(e => e.Date?.Start).ThenBy(e => e.Id, StringComparer.Ordinal))
{
    string date = @event.Date?.ToString() ?? "undated";
    string status = @event.Status == EventStatus.Happened ? "" : $" ({@event.Status.ToString().ToLowerInvariant()})";
    Console.WriteLine($"  {date,-26} {@event.Title}{status}");
    if (@event.Participants.Count > 0) Console.WriteLine($"  {"",-26}   who: {string.Join(", ", @event.Participants)}");
    if (@event.Places.Count > 0) Console.WriteLine($"  {"",-26}   where: {string.Join(", ", @event.Places.Select(p => p.Name))}");
    if (@event.PartOf is not null) Console.WriteLine($"  {"",-26}   part of: {@event.PartOf.Title}");
    foreach (var quote in @event.Quotes) Console.WriteLine($"  {"",-26}   said: {quote}");
}

Section($"Figures ({Figures.All.Count})");
foreach (var figure in Figures.All)
{
    Console.WriteLine($"  {figure}");
    var bounds = $"bounds {figure.Value.LowerBound?.ToString() ?? "none"} .. {figure.Value.UpperBound?.ToString() ?? "none"}";
    string about = figure.About is null ? "" : $"; about: {figure.About.DisplayName}";
    string source = figure.AccordingTo is null ? "" : $"; according to {figure.AccordingTo.DisplayName}";
    string certainty = figure.Certainty == Certainty.Reported ? "" : $"; {figure.Certainty.ToString().ToLowerInvariant()}";
    string asOf = figure.AsOf is null ? "" : $"; as of {figure.AsOf}";
    Console.WriteLine($"      {bounds}{about}{source}{certainty}{asOf}");
}

Console.WriteLine();
Console.WriteLine($"{FactCatalog.All.Count} facts, each citing the words of the article it comes from.");

static void Section(string title)
{
    Console.WriteLine(title);
}
