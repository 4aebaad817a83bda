using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace FactModel.Generator.Emit;

/// <summary>A StringBuilder that keeps an indentation level, for generated code that reads like hand-written code.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public SourceWriter()
    {
    }

    /// <summary>A writer whose lines start <paramref name="depth"/> levels in: for a piece that goes inside another source's blocks.</summary>
    public SourceWriter(int depth) => _indent = depth;

    /// <summary>The column (zero-based) the next line's text starts at: its indentation.</summary>
    public int Column => _indent * 4;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0) _text.Append(' ', _indent * 4).Append(line);
        _text.Append('\n');
        return this;
    }

    /// <summary>
    /// A line whose text <paramref name="write"/> appends straight into the source (from <paramref name="state"/>),
    /// without a string of its own: for the lines written once per fact, the data and the docs.
    /// </summary>
    public SourceWriter Line<T>(T state, System.Action<StringBuilder, T> write)
    {
        _text.Append(' ', _indent * 4);
        write(_text, state);
        _text.Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>
    /// The source as the compiler's text, read from the builder: a large source (a fact file's, about 60,000
    /// characters for 100 facts) becomes text in chunks rather than one string on the large object heap, whose
    /// allocations bring on the full garbage collections.
    /// </summary>
    public SourceText ToSourceText() => SourceText.From(new BuilderReader(_text), _text.Length, Encoding.UTF8);

    /// <summary>Reads a <see cref="StringBuilder"/> a block at a time, without a string of the whole.</summary>
    private sealed class BuilderReader : TextReader
    {
        private readonly StringBuilder _text;
        private int _position;

        public BuilderReader(StringBuilder text) => _text = text;

        public override int Peek() => _position < _text.Length ? _text[_position] : -1;

        public override int Read() => _position < _text.Length ? _text[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            int read = System.Math.Min(count, _text.Length - _position);
            if (read <= 0) return 0;
            _text.CopyTo(_position, buffer, index, read);
            _position += read;
            return read;
        }
    }
}
