using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FactModel.Cli.Output;

/// <summary>
/// A plain-text table: a header row and rows, columns padded to their widest cell, the last column left unpadded
/// so that no line ends in spaces. Cells are printed as given: no truncation, so nothing is hidden.
/// </summary>
internal sealed class Table
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public Table(params string[] headers) => _headers = headers;

    /// <summary>Adds a row of as many cells as there are headers.</summary>
    public void Add(params string[] cells)
    {
        if (cells.Length != _headers.Length) throw new ArgumentException($"A row has {_headers.Length} cells.", nameof(cells));
        _rows.Add(cells);
    }

    /// <summary>The table, each line indented by <paramref name="indent"/> and ending in "\n".</summary>
    public string ToString(string indent)
    {
        var all = _rows.Prepend(_headers).ToList();
        int[] widths = Enumerable.Range(0, _headers.Length).Select(c => all.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            var line = new StringBuilder(indent);
            for (int c = 0; c < row.Length; c++)
            {
                line.Append(c == row.Length - 1 ? row[c] : row[c].PadRight(widths[c] + 2));
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
        return text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToString("");
}
