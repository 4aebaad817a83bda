using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactModel.Specs;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// The graph of actors and places drawn as inline SVG, from <see cref="GraphLayout"/>: actors as blue rounded boxes,
/// places as green ones, each a link to its fact (a referenced model's fact, which has no page here, dashed and not a
/// link); arrows from a node up to what it belongs to, is led by or is within, labelled with what the link means (a
/// role's title, "part of", "led by", "within").
/// </summary>
internal static class GraphPages
{
    public const string Name = "graph";

    public static string Render(IReadOnlyList<GraphPicture> pictures, int page)
    {
        int pages = System.Math.Max(1, pictures.Count);
        var html = new HtmlWriter();
        PageLayout.Begin(html, SitePaths.List(Name, page), pages == 1 ? "Actors and places" : $"Actors and places, page {page} of {pages}");
        html.Element("p", "Who holds an office in whom, who is part of or led by whom, and which place is within which. An arrow points up to what a fact belongs to; a box links to the fact's page.", "class", "muted").Line();
        PageLayout.Pager(html, Name, page, pages);
        if (pictures.Count == 0) html.Element("p", "No actors or places.", "class", "muted");
        else Draw(html, pictures[page - 1]);
        PageLayout.Pager(html, Name, page, pages);
        PageLayout.End(html);
        return html.ToString();
    }

    private static void Draw(HtmlWriter html, GraphPicture picture)
    {
        var at = picture.Nodes.ToDictionary(n => n.Node.Id, System.StringComparer.Ordinal);
        html.Open("div", "class", "drawing").Open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", Num(picture.Width), "height", Num(picture.Height),
            "viewBox", $"0 0 {Num(picture.Width)} {Num(picture.Height)}", "role", "img", "aria-label", $"graph of {picture.Nodes.Count} actors and places");
        html.Open("defs").Open("marker", "id", "arrow", "viewBox", "0 0 10 10", "refX", "10", "refY", "5", "markerWidth", "7", "markerHeight", "7", "orient", "auto")
            .Open("path", "d", "M0,0 L10,5 L0,10 z", "fill", "#667").Close("path").Close("marker").Close("defs").Line();

        foreach (var edge in picture.Edges)
        {
            var (from, to) = (at[edge.From], at[edge.To]);
            double x1 = from.X + GraphLayout.NodeWidth / 2, y1 = from.Y, x2 = to.X + GraphLayout.NodeWidth / 2, y2 = to.Y + GraphLayout.NodeHeight;
            string d = to.Y < from.Y
                ? $"M{Num(x1)},{Num(y1)} L{Num(x2)},{Num(y2)}"
                // Back up a cycle, or along a row: around the side, so that the arrow is not hidden under the boxes.
                : $"M{Num(from.X + GraphLayout.NodeWidth)},{Num(from.Y + GraphLayout.NodeHeight / 2)} C{Num(from.X + GraphLayout.NodeWidth + 60)},{Num(from.Y - 30)} {Num(to.X + GraphLayout.NodeWidth + 60)},{Num(to.Y - 30)} {Num(to.X + GraphLayout.NodeWidth)},{Num(to.Y + GraphLayout.NodeHeight / 2)}";
            html.Open("path", "d", d, "fill", "none", "stroke", "#889", "stroke-width", "1.2", "marker-end", "url(#arrow)").Close("path");
            // The label nearer the node it comes from, so that the labels of many arrows into one node stay apart.
            html.Element("text", HtmlWriter.Shorten(edge.Label, 22), "x", Num(x1 + (x2 - x1) * 0.35), "y", Num(y1 + (y2 - y1) * 0.35 + 4), "text-anchor", "middle", "class", "edge").Line();
        }
        foreach (var node in picture.Nodes)
        {
            bool actor = node.Node.Section == FactSection.Actors;
            // A referenced model's fact has no page in this site: dashed, and no link.
            string? model = node.Node.Model;
            html.Open(model is null ? "a" : "g", model is null ? "href" : "class", model is null ? SitePaths.Fact(node.Node.Id) : "referenced");
            html.Open("rect", "x", Num(node.X), "y", Num(node.Y), "width", Num(GraphLayout.NodeWidth), "height", Num(GraphLayout.NodeHeight),
                "rx", actor ? "12" : "3", "fill", actor ? "#dbe7fb" : "#dcf3e2", "stroke", actor ? "#4c7bd9" : "#3a9a5b",
                "stroke-dasharray", model is null ? null : "5 3");
            html.Element("title", node.Node.Label + " (" + node.Node.Id + (model is null ? "" : ", in the referenced model " + model) + ")").Close("rect");
            html.Element("text", HtmlWriter.Shorten(node.Node.Label, 24), "x", Num(node.X + GraphLayout.NodeWidth / 2), "y", Num(node.Y + 21), "text-anchor", "middle");
            html.Close(model is null ? "a" : "g").Line();
        }
        html.Close("svg").Close("div").Line();
    }


    private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
