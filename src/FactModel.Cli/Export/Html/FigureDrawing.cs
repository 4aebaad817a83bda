using System.Globalization;
using FactModel.Specs;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// A figure drawn: its value as an interval on a number line between its derived bounds (a filled end is included,
/// an open end excluded, an arrow where there is no bound), and a share as a bar against its whole.
/// </summary>
internal static class FigureDrawing
{
    private const int Width = 520, Left = 40, Right = 480;

    /// <summary>The interval of <paramref name="value"/>; nothing for a value without bounds.</summary>
    public static void Interval(HtmlWriter html, Quantity value)
    {
        if (value.LowerBound is null && value.UpperBound is null) return;
        decimal low = value.LowerBound?.Value ?? 0, high = value.UpperBound?.Value ?? low;
        if (value.LowerBound is null && high <= 0) low = high - 1;
        decimal span = high - low;
        // Room on either side: a tenth of the interval, or of the number itself when the interval is a point.
        decimal pad = span > 0 ? span / 4 : System.Math.Max(System.Math.Abs(low) / 10, 1);
        decimal from = value.LowerBound is null ? low : low - pad, to = value.UpperBound is null ? high + 2 * pad : high + pad;
        string X(decimal v) => Coordinate(Left + (Right - Left) * (v - from) / (to - from));

        string description = Describe(value);
        html.Open("div", "class", "drawing").Open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", Num(Width), "height", "64",
            "viewBox", "0 0 520 64", "role", "img", "aria-label", description);
        html.Element("title", description);
        html.Open("line", "class", "axis", "x1", Num(Left - 20), "y1", "24", "x2", Num(Right + 20), "y2", "24").Close("line");
        string x1 = value.LowerBound is null ? Num(Left - 20) : X(low), x2 = value.UpperBound is null ? Num(Right + 20) : X(high);
        html.Open("line", "x1", x1, "y1", "24", "x2", x2, "y2", "24", "stroke", "#4c7bd9", "stroke-width", "6").Close("line");
        if (value.LowerBound is null) Arrow(html, Left - 20, -1);
        else End(html, X(low), value.LowerBound.Value);
        if (value.UpperBound is null) Arrow(html, Right + 20, 1);
        else if (!(value.LowerBound is { } l && l == value.UpperBound.Value)) End(html, X(high), value.UpperBound.Value);
        html.Close("svg").Close("div").Line();
    }

    /// <summary>A bar for the whole, and on it the share's part: solid up to its lower bound, lighter up to its upper.</summary>
    public static void ShareBar(HtmlWriter html, Share share, string wholeName)
    {
        decimal low = share.LowerBound.Value, high = share.UpperBound.Value;
        string description = $"{share} of {wholeName}: from {Percent(low)} to {Percent(high)} of the whole";
        html.Open("div", "class", "drawing").Open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", Num(Width), "height", "56",
            "viewBox", "0 0 520 56", "role", "img", "aria-label", description);
        html.Element("title", description);
        html.Open("rect", "x", Num(Left), "y", "8", "width", Num(Right - Left), "height", "20", "fill", "#e6e9f0", "stroke", "#99a").Close("rect");
        html.Open("rect", "x", Num(Left), "y", "8", "width", Coordinate((Right - Left) * low), "height", "20", "fill", "#4c7bd9").Close("rect");
        if (high > low)
            html.Open("rect", "x", Coordinate(Left + (Right - Left) * low), "y", "8", "width", Coordinate((Right - Left) * (high - low)), "height", "20", "fill", "#a9c1f0").Close("rect");
        html.Element("text", "0", "x", Num(Left), "y", "44", "text-anchor", "middle");
        html.Element("text", "the whole", "x", Num(Right), "y", "44", "text-anchor", "middle");
        html.Element("text", Percent(low) + (high > low ? " to " + Percent(high) : ""), "x", Coordinate(Left + (Right - Left) * (low + high) / 2), "y", "44", "text-anchor", "middle");
        html.Close("svg").Close("div").Line();
    }

    /// <summary>"from 42,000 (excluded), with no upper bound".</summary>
    public static string Describe(Quantity value)
    {
        string Bound(Bound b) => HtmlWriter.Format(b.Value) + (b.Inclusive ? " (included)" : " (excluded)");
        return (value.LowerBound, value.UpperBound) switch
        {
            ({ } l, { } u) when l == u && l.Inclusive => "exactly " + HtmlWriter.Format(l.Value),
            ({ } l, { } u) => "from " + Bound(l) + " to " + Bound(u),
            ({ } l, null) => "from " + Bound(l) + ", with no upper bound",
            (null, { } u) => "up to " + Bound(u) + ", with no lower bound",
            _ => "no bounds",
        };
    }

    private static void End(HtmlWriter html, string x, Bound bound)
    {
        html.Open("circle", "cx", x, "cy", "24", "r", "6", "class", bound.Inclusive ? null : "open", "fill", "#4c7bd9", "stroke", "#1d2f4a", "stroke-width", "2").Close("circle");
        html.Element("text", HtmlWriter.Format(bound.Value) + (bound.Inclusive ? "" : " (excluded)"), "x", x, "y", "52", "text-anchor", "middle");
    }

    private static void Arrow(HtmlWriter html, int x, int direction)
    {
        string tip = Num(x), back = Num(x - 10 * direction);
        html.Open("polygon", "points", $"{tip},24 {back},17 {back},31", "fill", "#4c7bd9").Close("polygon");
        html.Element("text", direction > 0 ? "no upper bound" : "no lower bound", "x", Num(x - 40 * direction), "y", "52", "text-anchor", "middle");
    }

    private static string Percent(decimal proportion) => (100 * proportion).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Coordinate(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
