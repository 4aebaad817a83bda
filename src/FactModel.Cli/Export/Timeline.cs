using System;
using System.Collections.Generic;
using System.Linq;
using FactModel.Cli.Facts;
using FactModel.Specs;

namespace FactModel.Cli.Export;

/// <summary>An event on the timeline: its id and the words shown for it.</summary>
internal sealed record TimelineEvent(string Id, string Text);

/// <summary>A point of the timeline: the date as written ("2024-08", "summer 2024", "undated") and its events.</summary>
/// <param name="Section">The year the period starts in, or "undated".</param>
/// <param name="Label">The date exactly as the fact format writes it: never a day where the text gave a month.</param>
/// <param name="Events">The events of the period, by id.</param>
internal sealed record TimelinePeriod(string Section, string Label, IReadOnlyList<TimelineEvent> Events);

/// <summary>
/// The events of a fact set in time order, for the Mermaid and DOT timelines. Dates stay as precise as written:
/// events are grouped by their date as written and ordered by the days it may mean (earliest first day, then
/// earliest last day, an ongoing range last), so "2024-08" comes before "summer 2024"'s end but is never shown as a
/// day. Events without a date come last as "undated", each with what its <c>after</c> and <c>before</c> say about
/// when it was, and every event that did not simply happen says so ("proposed", "expected").
/// </summary>
internal static class Timeline
{
    /// <summary>The label and section of events without a date.</summary>
    public const string Undated = "undated";

    public static IReadOnlyList<TimelinePeriod> Of(FactSet facts)
    {
        var events = facts.All<EventSpec>().ToList();
        var order = new EventOrder(events, facts);
        var dated = events.Where(e => e.Date is not null)
            .OrderBy(e => e.Date!.FirstDay).ThenBy(e => e.Date!.LastDay ?? DateTime.MaxValue)
            .ThenBy(e => e.Date!.ToString(), StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();

        var periods = new List<TimelinePeriod>();
        foreach (var group in dated.GroupAdjacentBy(e => e.Date!.ToString()))
        {
            string year = group[0].Date!.FirstDay.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            periods.Add(new TimelinePeriod(year, group.Key, group.Select(e => new TimelineEvent(e.Id, Text(e, order))).ToList()));
        }

        var undated = events.Where(e => e.Date is null).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        if (undated.Count > 0)
            periods.Add(new TimelinePeriod(Undated, Undated, undated.Select(e => new TimelineEvent(e.Id, Text(e, order))).ToList()));
        return periods;
    }

    /// <summary>"Killing of Yahya Sinwar (before 2024-10-22)", "Lasting ceasefire (proposed)".</summary>
    private static string Text(EventSpec @event, EventOrder order)
    {
        var notes = new List<string>();
        bool ongoingByDate = @event.Date is { IsOngoing: true } && @event.Status == EventStatus.Ongoing;
        if (@event.Status != EventStatus.Happened && !ongoingByDate) notes.Add(FactText.Word(@event.Status));
        if (@event.Date is null)
        {
            if (Latest(order.DatedBefore(@event)) is { } after) notes.Add("after " + after);
            if (Earliest(order.DatedAfter(@event)) is { } before) notes.Add("before " + before);
        }
        return notes.Count == 0 ? @event.Title : $"{@event.Title} ({string.Join("; ", notes)})";
    }

    private static string? Latest(IEnumerable<DateSpan> dates) =>
        dates.OrderByDescending(d => d.FirstDay).ThenBy(d => d.ToString(), StringComparer.Ordinal).FirstOrDefault()?.Start.ToString();

    private static string? Earliest(IEnumerable<DateSpan> dates) =>
        dates.OrderBy(d => d.FirstDay).ThenBy(d => d.ToString(), StringComparer.Ordinal).FirstOrDefault()?.Start.ToString();

    private static IEnumerable<Group<T>> GroupAdjacentBy<T>(this IEnumerable<T> items, Func<T, string> key)
    {
        Group<T>? current = null;
        foreach (var item in items)
        {
            string k = key(item);
            if (current is null || current.Key != k)
            {
                if (current is not null) yield return current;
                current = new Group<T>(k);
            }
            current.Add(item);
        }
        if (current is not null) yield return current;
    }

    /// <summary>
    /// What <c>after</c> and <c>before</c> say about each event, from both ends: "a after b" and "b before a" say the
    /// same. Built once, so that a large fact set is not scanned again for every undated event.
    /// </summary>
    private sealed class EventOrder
    {
        private readonly Dictionary<string, List<EventSpec>> _earlier = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<EventSpec>> _later = new(StringComparer.Ordinal);

        public EventOrder(IReadOnlyList<EventSpec> events, FactSet facts)
        {
            // An event of a referenced model dates this model's undated events too, though it is not on this timeline.
            foreach (var @event in events)
            {
                foreach (var after in @event.After)
                {
                    if (facts.Resolve(after.Id) is EventSpec earlier) Link(earlier, @event);
                }
                foreach (var before in @event.Before)
                {
                    if (facts.Resolve(before.Id) is EventSpec later) Link(@event, later);
                }
            }
        }

        /// <summary>The dates of the dated events that <paramref name="event"/> comes after.</summary>
        public IEnumerable<DateSpan> DatedBefore(EventSpec @event) => Dates(_earlier, @event);

        /// <summary>The dates of the dated events that <paramref name="event"/> comes before.</summary>
        public IEnumerable<DateSpan> DatedAfter(EventSpec @event) => Dates(_later, @event);

        private void Link(EventSpec earlier, EventSpec later)
        {
            Add(_earlier, later.Id, earlier);
            Add(_later, earlier.Id, later);
        }

        private static void Add(Dictionary<string, List<EventSpec>> map, string id, EventSpec @event)
        {
            if (!map.TryGetValue(id, out var list)) map.Add(id, list = new List<EventSpec>());
            list.Add(@event);
        }

        private static IEnumerable<DateSpan> Dates(Dictionary<string, List<EventSpec>> map, EventSpec @event) =>
            map.TryGetValue(@event.Id, out var list) ? list.Where(e => e.Date is not null).Select(e => e.Date!) : Enumerable.Empty<DateSpan>();
    }

    private sealed class Group<T> : List<T>
    {
        public Group(string key) => Key = key;

        public string Key { get; }
    }
}
