using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactModel.Cli.Facts;
using FactModel.Specs;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// The timeline of <see cref="Timeline"/> drawn: one row per dated event, its date as written beside a band over the
/// days the date may mean (a day is a thin band, a month or a season a wide one, an ongoing range an arrow to the
/// right edge), then the undated events with what <c>after</c> and <c>before</c> say about them. Paginated by events.
/// </summary>
internal static class TimelinePages
{
    public const string Name = "timeline";
    private const int Width = 980, BandLeft = 450, BandRight = 960, RowHeight = 22, Top = 34;

    /// <summary>The events in timeline order, each with its date as written.</summary>
    public static IReadOnlyList<(string Label, TimelineEvent Event)> Rows(FactSet facts) =>
        Timeline.Of(facts).SelectMany(period => period.Events.Select(e => (period.Label, e))).ToList();

    public static string Render(SiteModel site, IReadOnlyList<(string Label, TimelineEvent Event)> rows, int page)
    {
        int pages = SitePaths.PageCount(rows.Count);
        var html = new HtmlWriter();
        PageLayout.Begin(html, SitePaths.List(Name, page), pages == 1 ? "Timeline" : $"Timeline, page {page} of {pages}");
        PageLayout.Pager(html, Name, page, pages);
        Write(html, site, rows.Skip((page - 1) * SitePaths.PageSize).Take(SitePaths.PageSize).ToList());
        PageLayout.Pager(html, Name, page, pages);
        PageLayout.End(html);
        return html.ToString();
    }

    /// <summary>Draws <paramref name="rows"/> for a page at the site's root.</summary>
    public static void Write(HtmlWriter html, SiteModel site, IReadOnlyList<(string Label, TimelineEvent Event)> rows)
    {
        var dated = rows.Select(r => (r.Label, r.Event, Date: ((EventSpec)site.Facts.Find(r.Event.Id)!).Date))
            .Where(r => r.Date is not null).ToList();
        var undated = rows.Where(r => r.Label == Timeline.Undated).ToList();
        if (dated.Count == 0 && undated.Count == 0) html.Element("p", "No events.", "class", "muted");

        if (dated.Count > 0)
        {
            DateTime first = dated.Min(r => r.Date!.FirstDay);
            DateTime last = dated.Max(r => (r.Date!.LastDay ?? r.Date.FirstDay).AddDays(1));
            bool ongoing = dated.Any(r => r.Date!.IsOngoing);
            double days = Math.Max(1, (last - first).TotalDays) * (ongoing ? 1.08 : 1);
            double X(DateTime day) => BandLeft + (BandRight - BandLeft) * (day - first).TotalDays / days;
            int height = Top + dated.Count * RowHeight + 8;

            html.Open("div", "class", "drawing").Open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", Num(Width), "height", Num(height),
                "viewBox", $"0 0 {Num(Width)} {Num(height)}", "role", "img", "aria-label", $"timeline of {dated.Count} dated events");
            foreach (var (tick, label) in Ticks(first, first.AddDays(days)))
            {
                html.Open("line", "class", "axis", "x1", Num(X(tick)), "y1", "22", "x2", Num(X(tick)), "y2", Num(height - 4)).Close("line");
                html.Element("text", label, "x", Num(X(tick)), "y", "14", "text-anchor", "middle");
            }
            for (int i = 0; i < dated.Count; i++)
            {
                var (label, @event, date) = dated[i];
                int y = Top + i * RowHeight;
                html.Element("text", i > 0 && dated[i - 1].Label == label ? "" : label, "x", "4", "y", Num(y + 14), "class", "date");
                html.Open("a", "href", SitePaths.Fact(@event.Id)).Open("text", "x", "190", "y", Num(y + 14));
                html.Element("title", @event.Text).Text(HtmlWriter.Shorten(@event.Text, 40)).Close("text").Close("a");
                double x1 = X(date!.FirstDay), x2 = date.LastDay is { } end ? X(end.AddDays(1)) : BandRight;
                string precision = FactText.Word(date.Start.Precision);
                html.Open("rect", "class", "band", "x", Num(x1), "y", Num(y + 4), "width", Num(Math.Max(3, x2 - x1)), "height", "14");
                html.Element("title", $"{label}: {precision} precision").Close("rect");
                if (date.IsOngoing) html.Open("polygon", "class", "band", "points", $"{Num(x2)},{Num(y + 2)} {Num(x2 + 10)},{Num(y + 11)} {Num(x2)},{Num(y + 20)}").Close("polygon");
            }
            html.Close("svg").Close("div").Line();
            html.Element("p", "Each band covers the days its date may mean: a day is a thin band, a month or a season a wide one, an ongoing range ends in an arrow. Dates are written as the facts write them.", "class", "muted").Line();
        }

        if (undated.Count > 0)
        {
            html.Element("h3", "Undated, with what after and before say about them");
            html.Open("ul");
            foreach (var (_, @event) in undated)
                html.Open("li").Link(SitePaths.Fact(@event.Id), @event.Text).Close("li").Line();
            html.Close("ul").Line();
        }
    }

    // Month starts every 1, 3 or 12 months (or every 5 years), so that there are eight ticks at most and their labels do not overlap.
    private static IEnumerable<(DateTime Tick, string Label)> Ticks(DateTime first, DateTime last)
    {
        int months = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        int step = months <= 8 ? 1 : months <= 24 ? 3 : months <= 96 ? 12 : 60;
        var tick = new DateTime(first.Year, first.Month, 1).AddMonths(first.Day == 1 ? 0 : 1);
        if (step >= 12) tick = new DateTime(tick.Month == 1 ? tick.Year : tick.Year + 1, 1, 1);
        for (; tick <= last; tick = tick.AddMonths(step))
            yield return (tick, tick.ToString(step >= 12 ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture));
    }


    private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
