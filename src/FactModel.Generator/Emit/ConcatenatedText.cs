using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace FactModel.Generator.Emit;

/// <summary>
/// Texts one after the other, read where they are: the source of an output group is its header and its files' cached
/// texts, and copying them into a text of their own would keep every fact file's text twice in the driver (once per
/// file, once in its group's source: about 56 MB at 50,000 facts) and copy a group's files again at every edit of one.
/// </summary>
internal sealed class ConcatenatedText : SourceText
{
    private readonly SourceText[] _parts;
    /// <summary>Where each part starts in the whole, in order; parts are never empty, so every start is distinct.</summary>
    private readonly int[] _starts;
    private readonly int _length;

    public ConcatenatedText(IEnumerable<SourceText> parts)
    {
        var kept = new List<SourceText>();
        var starts = new List<int>();
        int length = 0;
        foreach (var part in parts)
        {
            if (part.Length == 0) continue;
            kept.Add(part);
            starts.Add(length);
            length = checked(length + part.Length);
        }
        _parts = kept.ToArray();
        _starts = starts.ToArray();
        _length = length;
    }

    /// <summary>UTF-8, as every source FactModel generates: the compiler requires an encoding to write or embed it.</summary>
    public override Encoding Encoding => Encoding.UTF8;

    public override int Length => _length;

    public override char this[int position]
    {
        get
        {
            if ((uint)position >= (uint)_length) throw new ArgumentOutOfRangeException(nameof(position));
            int part = PartAt(position);
            return _parts[part][position - _starts[part]];
        }
    }

    public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        if (destination is null) throw new ArgumentNullException(nameof(destination));
        if (sourceIndex < 0 || count < 0 || sourceIndex > _length - count) throw new ArgumentOutOfRangeException(nameof(sourceIndex));
        if (destinationIndex < 0 || destinationIndex > destination.Length - count) throw new ArgumentOutOfRangeException(nameof(destinationIndex));
        if (count == 0) return;
        for (int part = PartAt(sourceIndex); count > 0; part++)
        {
            int offset = sourceIndex - _starts[part];
            int length = Math.Min(count, _parts[part].Length - offset);
            _parts[part].CopyTo(offset, destination, destinationIndex, length);
            sourceIndex += length;
            destinationIndex += length;
            count -= length;
        }
    }

    /// <summary>The part that holds the character at <paramref name="position"/> (within the text).</summary>
    private int PartAt(int position)
    {
        int found = Array.BinarySearch(_starts, position);
        return found >= 0 ? found : ~found - 1;
    }
}
