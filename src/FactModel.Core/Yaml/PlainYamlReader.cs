using System.Collections.Generic;
using System.Threading;
using FactModel.Specs;

namespace FactModel.Core.Yaml;

/// <summary>
/// Reads the plain YAML that fact files are written in, several times faster than YamlDotNet's parser, and declines
/// everything else, which YamlDotNet then reads (<see cref="YamlTreeReader"/>). It reads block mappings and lists
/// indented with spaces, keys of letters, digits, '_', '-' and '.', one-line values (plain, quoted without
/// backslashes), one-line flow lists and mappings of such values, block scalars of lines in one column
/// (<see cref="BlockScalar"/>), and comments. It declines anything else: tabs, anchors, tags, other values that go on
/// over several lines, nested flow collections, documents, directives, control characters, and every mistake, so that
/// YamlDotNet reports it in its own words.
/// </summary>
/// <remarks>
/// It gives the builder the nodes and positions YamlDotNet's events give, so that the tree and every diagnostic are the
/// same whichever reader read the file (tests compare the two on every YAML file of the tests and on variations of
/// them). YamlDotNet's positions, which this reproduces: a scalar spans its text (and its quotes); a flow collection
/// spans its brackets; a block mapping starts at its first key and a block list at its first '-', and both end where
/// the next token starts (the first character of the next line that is neither blank nor a comment), or at the end of
/// the file as <see cref="CloseAtTheEnd"/> says.
/// It reads a line at a time with an explicit stack of the open block collections, so that nesting costs no stack.
/// </remarks>
internal sealed class PlainYamlReader
{
    /// <summary>What reading came to.</summary>
    public enum Result
    {
        /// <summary>The file was read: the builder holds its tree (none for a file of blank lines and comments).</summary>
        Read,

        /// <summary>The builder stopped reading (a limit), having reported why.</summary>
        Stopped,

        /// <summary>The file holds something this reader does not read; YamlDotNet must read it.</summary>
        Declined,
    }

    private enum Block { Mapping, List, IndentlessList }

    private readonly struct Frame
    {
        public Frame(Block kind, int indent)
        {
            Kind = kind;
            Indent = indent;
        }

        public Block Kind { get; }

        public int Indent { get; }
    }

    /// <summary>Keys longer than this are left to YamlDotNet, which takes a key of up to 1,024 characters.</summary>
    private const int MaxKeyLength = 1000;

    private readonly string _text;
    private readonly YamlTreeBuilder _builder;
    private readonly List<Frame> _open = new();
    private int _pos;
    private int _line;
    private int _lineStart;
    // The next content line, found after each value: whether there is one, and its indentation (its first character
    // is at _pos).
    private bool _hasLine;
    private int _indent;

    private PlainYamlReader(string text, int start, YamlTreeBuilder builder)
    {
        _text = text;
        _builder = builder;
        _pos = start;
        _lineStart = start;
    }

    /// <summary>Reads <paramref name="text"/> from <paramref name="start"/> (after a byte order mark) into <paramref name="builder"/>.</summary>
    public static Result TryRead(string text, int start, YamlTreeBuilder builder, CancellationToken cancellationToken) =>
        HasOnlyPlainCharacters(text, start) ? new PlainYamlReader(text, start, builder).Read(cancellationToken) : Result.Declined;

    /// <summary>
    /// False for a character YamlDotNet treats in a way of its own: tabs, line breaks other than LF and CRLF (a lone
    /// CR, NEL, U+2028, U+2029), and characters YAML does not allow (control characters, surrogates, U+FEFF, U+FFFE,
    /// U+FFFF). A file with one of them is left to YamlDotNet.
    /// </summary>
    private static bool HasOnlyPlainCharacters(string text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= ' ' && c < '\u007F') continue;
            if (c == '\n') continue;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (c >= '\u00A0' && c < '\u2028') continue;
            if (c > '\u2029' && c < '\uD800') continue;
            if (c >= '\uE000' && c < '\uFFFE' && c != '\uFEFF') continue;
            return false;
        }
        return true;
    }

    private Result Read(CancellationToken cancellationToken)
    {
        _hasLine = NextContentLine();
        if (!_hasLine) return Result.Read;
        if (_indent != 0 || KeyEnd(_pos) < 0) return Result.Declined;
        if (!_builder.Open(isMapping: true, _line, 0)) return Result.Stopped;
        _open.Add(new Frame(Block.Mapping, 0));
        int lines = 0;
        while (true)
        {
            if ((++lines & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (!CloseWhatEnds()) return Result.Stopped;
            if (_open.Count == 0) return _hasLine ? Result.Declined : Result.Read;
            var top = _open[_open.Count - 1];
            if (_indent > top.Indent) return Result.Declined;
            var read = top.Kind == Block.Mapping
                ? IsDash(_pos) ? Result.Declined : ReadEntry(top.Indent)
                : IsDash(_pos) ? ReadItem(top.Indent) : Result.Declined;
            if (read != Result.Read) return read;
        }
    }

    /// <summary>
    /// Closes the block collections the next content line does not belong to (every one at the end of the file): those
    /// indented deeper than it, and an indentless list (one whose '-' are in its key's column) when the line is no item.
    /// They end where the line's first character is.
    /// </summary>
    private bool CloseWhatEnds()
    {
        while (_open.Count > 0)
        {
            var top = _open[_open.Count - 1];
            bool ends = !_hasLine || _indent < top.Indent || (top.Kind == Block.IndentlessList && !IsDash(_pos));
            if (!ends) return true;
            _open.RemoveAt(_open.Count - 1);
            if (!(_hasLine ? _builder.Close(_line, _indent) : CloseAtTheEnd(top.Indent))) return false;
        }
        return true;
    }

    /// <summary>
    /// Closes a collection at the end of the file as YamlDotNet does. Its reader stops at the end of the last line;
    /// there it ends the collections indented deeper than that line is long, and then, having moved to the start of
    /// the line after, the others (after a final line break, all of them at the start of the empty last line).
    /// </summary>
    private bool CloseAtTheEnd(int indent)
    {
        int lastLineLength = _text.Length - _lineStart;
        return lastLineLength > 0 && indent <= lastLineLength
            ? _builder.Close(_line + 1, 0)
            : _builder.Close(_line, lastLineLength);
    }

    /// <summary>A key and its value, the key at <see cref="_pos"/>, in a mapping indented <paramref name="indent"/>.</summary>
    private Result ReadEntry(int indent)
    {
        int keyEnd = KeyEnd(_pos);
        if (keyEnd < 0) return Result.Declined;
        if (!Scalar(_text.Substring(_pos, keyEnd - _pos), isPlain: true, _pos, keyEnd)) return Result.Stopped;
        // A value left out is an empty scalar where the ':' ends.
        int keyLine = _line, emptyColumn = keyEnd + 1 - _lineStart;
        int value = SkipSpaces(keyEnd + 1);
        if (AtLineEnd(value) || _text[value] == '#')
        {
            if (!SkipComment(value)) return Result.Declined;
            if (_hasLine && _indent > indent) return OpenNested();
            if (_hasLine && _indent == indent && IsDash(_pos))
                return Open(Block.IndentlessList, _indent);
            return _builder.Scalar("", isPlain: true, new SourceSpan(keyLine, emptyColumn, keyLine, emptyColumn)) ? Result.Read : Result.Stopped;
        }
        return ReadValue(value);
    }

    /// <summary>A list item, its '-' at <see cref="_pos"/>, in a list indented <paramref name="indent"/>.</summary>
    private Result ReadItem(int indent)
    {
        int value = SkipSpaces(_pos + 1);
        if (AtLineEnd(value) || _text[value] == '#')
        {
            // An item on the lines below must be a collection; an empty item is left to YamlDotNet.
            if (!SkipComment(value)) return Result.Declined;
            return _hasLine && _indent > indent ? OpenNested() : Result.Declined;
        }
        if (KeyEnd(value) >= 0)
        {
            // "- key: value": a mapping whose keys line up with this one.
            int column = value - _lineStart;
            _pos = value;
            var opened = Open(Block.Mapping, column);
            return opened == Result.Read ? ReadEntry(column) : opened;
        }
        return ReadValue(value);
    }

    /// <summary>The collection that starts on the next content line, indented deeper than its key or '-'.</summary>
    private Result OpenNested()
    {
        if (IsDash(_pos)) return Open(Block.List, _indent);
        return KeyEnd(_pos) >= 0 ? Open(Block.Mapping, _indent) : Result.Declined;
    }

    private Result Open(Block kind, int indent)
    {
        if (!_builder.Open(kind == Block.Mapping, _line, indent)) return Result.Stopped;
        _open.Add(new Frame(kind, indent));
        return Result.Read;
    }

    /// <summary>A value on the rest of the line, starting at <paramref name="start"/>: quoted, plain, or a flow collection.</summary>
    private Result ReadValue(int start)
    {
        if (_text[start] is '|' or '>') return BlockScalar(start);
        int end;
        switch (_text[start])
        {
            case '[':
            case '{':
                end = FlowCollection(start);
                break;
            case '"':
            case '\'':
                end = QuotedScalar(start);
                break;
            default:
                end = BlockPlainScalar(start);
                break;
        }
        if (end == Stopped) return Result.Stopped;
        if (end < 0 || !SkipComment(end)) return Result.Declined;
        return Result.Read;
    }

    /// <summary>
    /// A block scalar that starts at <paramref name="start"/>: literal ('|') or folded ('>'), with its final line
    /// break ('|', '>') or without ('|-', '>-'), and an optional comment on its first line. Its lines all start in the
    /// column of the first, deeper than the collection it is in, and it ends before the first line indented less.
    /// Left to YamlDotNet: an indentation indicator, keeping the final blank lines ('+'), blank lines between its
    /// lines, and lines indented more than the first (which folding treats apart).
    /// </summary>
    private Result BlockScalar(int start)
    {
        bool literal = _text[start] == '|';
        int header = start + 1;
        bool strip = header < _text.Length && _text[header] == '-';
        if (strip) header++;
        int i = SkipSpaces(header);
        if (!AtLineEnd(i) && (_text[i] != '#' || i == header)) return Result.Declined;
        int startLine = _line, startColumn = start - _lineStart, within = _open[_open.Count - 1].Indent;
        _pos = i;
        NextLine();

        var value = new System.Text.StringBuilder();
        int column = -1, endLine = startLine, endColumn = startColumn;
        bool blankSeen = false, brokeLast = false, any = false;
        while (_pos < _text.Length && _lineStart == _pos)
        {
            int first = SkipSpaces(_pos), indent = first - _lineStart;
            if (AtLineEnd(first))
            {
                // A blank line: the end of the scalar if what follows is indented less, else left to YamlDotNet.
                if (column < 0 || indent > column) return Result.Declined;
                blankSeen = true;
                _pos = first;
                NextLine();
                continue;
            }
            if (column < 0)
            {
                if (indent <= within) return Result.Declined;
                column = indent;
            }
            else if (indent < column)
            {
                break;
            }
            else if (indent > column || blankSeen)
            {
                return Result.Declined;
            }
            // Folding joins the lines with a space; a literal keeps its line breaks.
            if (any) value.Append(literal ? '\n' : ' ');
            any = true;
            int end = first;
            while (!AtLineEnd(end)) end++;
            value.Append(_text, first, end - first);
            brokeLast = end < _text.Length;
            endLine = _line;
            endColumn = end - _lineStart;
            _pos = end;
            NextLine();
        }
        if (column < 0) return Result.Declined;
        // YamlDotNet ends the scalar at the start of the line that ends it, after any blank lines (or of the last line
        // of the file), or at the end of a last line without a line break.
        if (brokeLast) (endLine, endColumn) = (_line, 0);
        if (!strip && brokeLast) value.Append('\n');
        if (!_builder.Scalar(value.ToString(), isPlain: false, new SourceSpan(startLine, startColumn, endLine, endColumn))) return Result.Stopped;
        // On from the start of the line that ended it (or the end of the file).
        if (_pos < _text.Length) _pos = _lineStart;
        _hasLine = NextContentLine();
        return Result.Read;
    }

    /// <summary>What the scanning methods return when the builder stopped reading; -1 means declined.</summary>
    private const int Stopped = -2;

    /// <summary>A plain scalar that runs to the end of the line or a comment; the index after it, or -1.</summary>
    private int BlockPlainScalar(int start)
    {
        if (!CanStartPlain(start, flow: false)) return -1;
        int i = start, last = start;
        while (!AtLineEnd(i))
        {
            char c = _text[i];
            if (c == ':' && (AtLineEnd(i + 1) || _text[i + 1] == ' ')) return -1;
            if (c == ' ')
            {
                if (i + 1 < _text.Length && _text[i + 1] == '#') break;
            }
            else
            {
                last = i + 1;
            }
            i++;
        }
        return Scalar(_text.Substring(start, last - start), isPlain: true, start, last) ? last : Stopped;
    }

    /// <summary>A quoted scalar on one line, without escapes but a single quote's ''; the index after it, or -1.</summary>
    private int QuotedScalar(int start)
    {
        char quote = _text[start];
        int i = start + 1;
        bool doubled = false;
        while (true)
        {
            if (AtLineEnd(i)) return -1;
            char c = _text[i];
            if (c == '\\' && quote == '"') return -1;
            if (c == quote)
            {
                if (quote == '\'' && i + 1 < _text.Length && _text[i + 1] == '\'')
                {
                    doubled = true;
                    i += 2;
                    continue;
                }
                break;
            }
            i++;
        }
        string value = _text.Substring(start + 1, i - start - 1);
        if (doubled) value = value.Replace("''", "'");
        return Scalar(value, isPlain: false, start, i + 1) ? i + 1 : Stopped;
    }

    /// <summary>A flow list or mapping on one line, of one-line scalars; the index after it, or -1.</summary>
    private int FlowCollection(int start)
    {
        bool isMapping = _text[start] == '{';
        char close = isMapping ? '}' : ']';
        if (!_builder.Open(isMapping, _line, start - _lineStart)) return Stopped;
        int i = SkipSpaces(start + 1);
        if (!AtLineEnd(i) && _text[i] == close) return Close(i);
        while (true)
        {
            if (isMapping)
            {
                int keyEnd = KeyEnd(i);
                if (keyEnd < 0 || AtLineEnd(keyEnd + 1)) return -1;
                if (!Scalar(_text.Substring(i, keyEnd - i), isPlain: true, i, keyEnd)) return Stopped;
                i = SkipSpaces(keyEnd + 1);
            }
            if (AtLineEnd(i)) return -1;
            i = _text[i] is '"' or '\'' ? QuotedScalar(i) : FlowPlainScalar(i);
            if (i < 0) return i;
            i = SkipSpaces(i);
            if (AtLineEnd(i)) return -1;
            if (_text[i] == close) return Close(i);
            if (_text[i] != ',') return -1;
            i = SkipSpaces(i + 1);
            // A comma before the bracket (an empty entry) is left to YamlDotNet.
            if (AtLineEnd(i) || _text[i] == close) return -1;
        }

        // YamlDotNet ends a flow collection at its closing bracket, not after it.
        int Close(int at) => _builder.Close(_line, at - _lineStart) ? at + 1 : Stopped;
    }

    /// <summary>A plain scalar inside a flow collection, up to ',', ']' or '}'; the index after it, or -1.</summary>
    private int FlowPlainScalar(int start)
    {
        if (!CanStartPlain(start, flow: true)) return -1;
        int i = start, last = start;
        while (true)
        {
            if (AtLineEnd(i)) return -1;
            char c = _text[i];
            if (c is ',' or ']' or '}') break;
            if (c is '[' or '{' or ':' or '#') return -1;
            if (c != ' ') last = i + 1;
            i++;
        }
        return Scalar(_text.Substring(start, last - start), isPlain: true, start, last) ? last : Stopped;
    }

    /// <summary>
    /// Whether a plain scalar may start at <paramref name="at"/>: not at an indicator. A '-' before a character other
    /// than a space starts one (a negative number) outside flow collections; '?' and ':' before one are left to YamlDotNet.
    /// </summary>
    private bool CanStartPlain(int at, bool flow)
    {
        switch (_text[at])
        {
            case '-':
                return !flow && at + 1 < _text.Length && _text[at + 1] is not (' ' or '\n' or '\r');
            case ',': case '[': case ']': case '{': case '}': case '#': case '&': case '*': case '!': case '|': case '>':
            case '\'': case '"': case '%': case '@': case '`': case '?': case ':':
                return false;
            default:
                return true;
        }
    }

    /// <summary>
    /// If a key starts at <paramref name="at"/> (letters, digits and '_', then also '-' and '.', and a ':' followed by a
    /// space or the end of the line), the index of its ':'; else -1.
    /// </summary>
    private int KeyEnd(int at)
    {
        if (at >= _text.Length || !IsKeyStart(_text[at])) return -1;
        int i = at + 1;
        while (i < _text.Length && (IsKeyStart(_text[i]) || _text[i] is '-' or '.')) i++;
        if (i - at > MaxKeyLength || i >= _text.Length || _text[i] != ':') return -1;
        return AtLineEnd(i + 1) || _text[i + 1] == ' ' ? i : -1;

        static bool IsKeyStart(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';
    }

    /// <summary>Whether a list item starts at <paramref name="at"/>: a '-' followed by a space or the end of the line.</summary>
    private bool IsDash(int at) => _text[at] == '-' && (AtLineEnd(at + 1) || _text[at + 1] == ' ');

    private bool AtLineEnd(int at) => at >= _text.Length || _text[at] is '\n' or '\r';

    private int SkipSpaces(int at)
    {
        while (at < _text.Length && _text[at] == ' ') at++;
        return at;
    }

    /// <summary>
    /// After a value that ends at <paramref name="at"/>: the spaces and the comment that may follow it up to the end of
    /// the line, then the next content line (<see cref="NextContentLine"/>). False when something else follows.
    /// </summary>
    private bool SkipComment(int at)
    {
        int i = SkipSpaces(at);
        if (!AtLineEnd(i))
        {
            // A comment starts with '#' after a space (or at the start of a line).
            if (_text[i] != '#' || (i > _lineStart && _text[i - 1] != ' ')) return false;
            while (!AtLineEnd(i)) i++;
        }
        _pos = i;
        NextLine();
        _hasLine = NextContentLine();
        return true;
    }

    /// <summary>Moves past the line break at or after <see cref="_pos"/> to the start of the next line, if there is one.</summary>
    private void NextLine()
    {
        int i = _pos;
        while (i < _text.Length && _text[i] != '\n') i++;
        if (i == _text.Length)
        {
            _pos = i;
            return;
        }
        _pos = i + 1;
        _line++;
        _lineStart = _pos;
    }

    /// <summary>
    /// From the start of a line (or the end of the file), skips blank lines and comment lines to the next line with
    /// content, and sets <see cref="_pos"/> at its first character and <see cref="_indent"/>; false at the end of the file.
    /// </summary>
    private bool NextContentLine()
    {
        while (_pos < _text.Length)
        {
            int i = SkipSpaces(_pos);
            if (!AtLineEnd(i) && _text[i] != '#')
            {
                _pos = i;
                _indent = i - _lineStart;
                return true;
            }
            _pos = i;
            NextLine();
        }
        return false;
    }

    private bool Scalar(string value, bool isPlain, int start, int end) =>
        _builder.Scalar(value, isPlain, new SourceSpan(_line, start - _lineStart, _line, end - _lineStart));
}
