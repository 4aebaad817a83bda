using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactModel.Cli.Facts;
using FactModel.Specs;

namespace FactModel.Cli.Export.Html;

/// <summary>
/// The home page's search: every fact and document as <c>[id, section, name, aliases]</c> (the section as its first
/// letter, or for a section a project declares its kind's id after a '+', and a fifth item, the page, only when it is not <c>facts/ID.html</c>: the index is the one part of the
/// site that grows with the facts, about 50 bytes a fact) in a JSON block
/// (<c>script type="application/json"</c>, which browsers never run), and a small script that reads it with
/// <c>textContent</c> and shows matches with <c>textContent</c> too, never as markup. The JSON escapes <c>&lt; &gt; &amp;</c>,
/// quotes and every non-ASCII character (U+2028 and U+2029 included), so no text can end the block; characters
/// that <see cref="HtmlWriter"/> shows by their code are replaced by it here as well.
/// </summary>
internal static class SearchIndex
{
    public const string Script = """
        (function () {
          'use strict';
          var entries = JSON.parse(document.getElementById('search-index').textContent);
          var sections = { a: 'actor', p: 'place', e: 'event', f: 'figure', d: 'document' };
          var box = document.getElementById('search');
          var list = document.getElementById('search-results');
          var status = document.getElementById('search-status');
          function show() {
            var query = box.value.trim().toLowerCase();
            while (list.firstChild) list.removeChild(list.firstChild);
            if (query === '') { status.textContent = ''; return; }
            var found = 0;
            for (var i = 0; i < entries.length; i++) {
              var e = entries[i];
              if ((e[0] + '\n' + e[2] + '\n' + e[3]).toLowerCase().indexOf(query) < 0) continue;
              if (++found > 50) continue;
              var item = document.createElement('li');
              var link = document.createElement('a');
              link.href = e.length > 4 ? e[4] : 'facts/' + e[0] + '.html';
              link.textContent = e[2];
              var detail = document.createElement('span');
              detail.className = 'muted';
              detail.textContent = ' ' + (e[1].charAt(0) === '+' ? e[1].slice(1) : sections[e[1]]) + ' \u00b7 ' + e[0];
              item.appendChild(link);
              item.appendChild(detail);
              list.appendChild(item);
            }
            status.textContent = found === 0 ? 'No match.' : found + (found === 1 ? ' match' : ' matches') + (found > 50 ? ', the first 50 shown.' : '.');
          }
          box.addEventListener('input', show);
          show();
        })();
        """;

    /// <summary>Writes the search box, its results list and the index.</summary>
    public static void Write(HtmlWriter html, SiteModel site)
    {
        html.Open("label", "for", "search").Text("Search names, titles and ids: ").Close("label");
        html.Open("input", "id", "search", "type", "search", "autocomplete", "off", "placeholder", "Sinwar, gaza-death-toll, ...").Line();
        html.Element("p", "", "id", "search-status", "class", "muted", "aria-live", "polite");
        html.Open("ul", "id", "search-results").Close("ul").Line();
        html.Open("script", "type", "application/json", "id", "search-index").JsonData(Json(site)).Close("script").Line();
    }

    private static string Json(SiteModel site)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            writer.WriteStartArray();
            foreach (var definition in site.Facts.Definitions)
            {
                var fact = definition.Fact;
                var aliases = fact switch
                {
                    ActorSpec actor => actor.Aliases.AsEnumerable(),
                    PlaceSpec place => place.Aliases.AsEnumerable(),
                    _ => Enumerable.Empty<string>(),
                };
                string page = SitePaths.Fact(fact.Id);
                // A built-in section by its first letter; a declared one by its kind's id after '+', which no letter is.
                string section = fact is DeclaredFactSpec ? "+" + FactText.SectionWord(fact, site.Facts.Kinds) : FactText.SectionWord(fact.Section)[..1];
                Entry(writer, fact.Id, section, FactText.NameOf(fact, site.Facts.Kinds), string.Join(", ", aliases),
                    page == "facts/" + fact.Id + ".html" ? null : page);
            }
            foreach (var document in site.Documents)
                Entry(writer, document.Id, "d", document.Spec?.Title ?? document.Id, "", SitePaths.Document(document.Id));
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Entry(Utf8JsonWriter writer, string id, string section, string name, string aliases, string? page)
    {
        writer.WriteStartArray();
        foreach (string value in new[] { id, section, name, aliases }) writer.WriteStringValue(HtmlWriter.ShowHidden(value));
        if (page is not null) writer.WriteStringValue(page);
        writer.WriteEndArray();
    }
}
