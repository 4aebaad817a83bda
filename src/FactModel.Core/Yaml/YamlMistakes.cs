using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using FactModel.Specs;

namespace FactModel.Core.Yaml;

/// <summary>
/// Turns a YAML reader failure into a sentence a person understands, at the place they must edit (FM1001).
/// YamlDotNet reports where its state machine gave up, in its own terms ("While scanning a plain scalar value, found
/// invalid mapping"), often a line after the mistake. The usual mistakes are recognized here from the text around that
/// place: an unclosed quote or bracket, a key indented unlike its neighbours, a tab, a missing space after a colon, a
/// key without a colon, a list item among keys. The reader's own words stay at the end of the message for anyone who
/// needs them; a failure that is none of these keeps only them.
/// </summary>
internal static class YamlMistakes
{
    /// <summary>A key at the start of a line's content: kebab words, or the words of another vocabulary.</summary>
    private static readonly Regex KeyLine = new(@"^[A-Za-z_][\w.-]*\s*:(\s|$)", RegexOptions.CultureInvariant);

    /// <summary>A key glued to its value: "kind:group". A URL ("url:https://...") has '/' right after its colon.</summary>
    private static readonly Regex GluedValue = new(@"^([A-Za-z_][\w-]*):([^\s/:])", RegexOptions.CultureInvariant);

    /// <summary>A line of plain words with no colon: a key whose colon and value were left out.</summary>
    private static readonly Regex BareWord = new(@"^[A-Za-z_][\w -]*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The message and place for a failure of the YAML reader on <paramref name="text"/> (without byte order mark).
    /// <paramref name="readerSays"/> is the reader's message; <paramref name="start"/> and <paramref name="end"/> are its
    /// zero-based positions (where the construct began, and where it broke: where a message it cannot explain goes).
    /// </summary>
    public static (SourceSpan Span, string Message) Explain(string text, string readerSays, SourceSpan start, SourceSpan end)
    {
        var lines = LinesOf(text);
        var explained = ExplainKnown(lines, readerSays, start);
        return explained is { } e
            ? (e.Span, $"{e.Sentence} (the YAML reader says: {readerSays})")
            : (end, "Malformed YAML: " + readerSays);
    }

    private static (SourceSpan Span, string Sentence)? ExplainKnown(string[] lines, string readerSays, SourceSpan start)
    {
        if (readerSays.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FirstIndentingTab(lines) is { } tab)
            return (tab, $"Line {tab.StartLine + 1} is indented with a tab; YAML indents with spaces only: replace the tab with spaces");

        if (readerSays.IndexOf("quoted scalar", StringComparison.Ordinal) >= 0 && UnclosedQuote(lines, start) is { } quote)
            return quote;

        bool aboutBrackets = readerSays.IndexOf("flow", StringComparison.Ordinal) >= 0;
        if (aboutBrackets && UnclosedBracket(lines) is { } bracket) return bracket;

        int line = Math.Min(start.StartLine, lines.Length - 1);
        var found = GluedKeyAndValue(lines, line) ?? TwoKeysOnOneLine(lines, line) ?? ListItemAmongKeys(lines, line)
            ?? TextAmongListItems(lines, line) ?? KeyWithoutColon(lines, line) ?? MisindentedKey(lines, line);
        if (found is not null) return found;
        return aboutBrackets ? null : UnclosedBracket(lines);
    }

    /// <summary>
    /// The message for a reader that stopped with an exception of its own (not a YAML error): an unclosed bracket
    /// followed by more lines does that. Null when no bracket is left open.
    /// </summary>
    public static (SourceSpan Span, string Message)? ExplainCrash(string text, string exceptionName) =>
        UnclosedBracket(LinesOf(text)) is { } bracket
            ? (bracket.Span, $"{bracket.Sentence} (the YAML reader stopped with {exceptionName})")
            : null;

    private static string[] LinesOf(string text)
    {
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++) lines[i] = lines[i].TrimEnd('\r');
        return lines;
    }

    private static SourceSpan? FirstIndentingTab(string[] lines)
    {
        for (int line = 0; line < lines.Length; line++)
        {
            string text = lines[line];
            for (int column = 0; column < text.Length && text[column] is ' ' or '-' or '\t'; column++)
            {
                if (text[column] == '\t') return At(line, column);
            }
        }
        return null;
    }

    private static (SourceSpan Span, string Sentence)? UnclosedQuote(string[] lines, SourceSpan start)
    {
        if (start.StartLine >= lines.Length) return null;
        string line = lines[start.StartLine];
        if (start.StartColumn >= line.Length || line[start.StartColumn] is not ('"' or '\'')) return null;
        char mark = line[start.StartColumn];
        string rest = line.Substring(start.StartColumn + 1).TrimEnd();
        string shown = rest.Length > 40 ? rest.Substring(0, 40) + "..." : rest;
        return (At(start.StartLine, start.StartColumn),
            $"The quoted text {mark}{shown} is never closed; add the closing {mark} where the text ends");
    }

    /// <summary>
    /// The innermost '[' or '{' still open when a line comes back to the indentation of the line that opened it (or
    /// the file ends). Quotes and comments are skipped; a bracket inside plain text ("a [b]") opens nothing.
    /// </summary>
    private static (SourceSpan Span, string Sentence)? UnclosedBracket(string[] lines)
    {
        var open = new List<(char Bracket, int Line, int Column, int Indent)>();
        for (int line = 0; line < lines.Length; line++)
        {
            string text = lines[line];
            int indent = Indent(text);
            bool blank = indent == text.Length || text[indent] == '#';
            if (open.Count > 0 && !blank && indent <= open[0].Indent && text[indent] is not (']' or '}'))
                return Unclosed(open[open.Count - 1]);

            char previous = ' ';
            bool valueStart = true;
            for (int column = indent; column < text.Length; column++)
            {
                char c = text[column];
                if (c == '#' && previous == ' ') break;
                if (c is '"' or '\'' && (valueStart || open.Count > 0 && previous is '[' or '{' or ',' or ' '))
                {
                    column = EndOfQuote(text, column);
                    previous = c;
                    valueStart = false;
                    continue;
                }
                if (c is '[' or '{' && (valueStart || open.Count > 0)) open.Add((c, line, column, indent));
                else if (c is ']' or '}' && open.Count > 0) open.RemoveAt(open.Count - 1);
                if (c != ' ') valueStart = c is ':' or '-' or ',' or '[' or '{';
                previous = c;
            }
        }
        return open.Count > 0 ? Unclosed(open[open.Count - 1]) : null;
    }

    private static (SourceSpan Span, string Sentence) Unclosed((char Bracket, int Line, int Column, int Indent) bracket) =>
        (At(bracket.Line, bracket.Column), bracket.Bracket == '['
            ? "The list that opens with '[' here is never closed; add ']' after its last item"
            : "The mapping that opens with '{' here is never closed; add '}' after its last entry");

    /// <summary>The column of the quote that closes the one at <paramref name="start"/>, or the end of the line.</summary>
    private static int EndOfQuote(string text, int start)
    {
        char mark = text[start];
        for (int i = start + 1; i < text.Length; i++)
        {
            if (mark == '"' && text[i] == '\\') i++;
            else if (text[i] == mark)
            {
                if (mark == '\'' && i + 1 < text.Length && text[i + 1] == '\'') i++;
                else return i;
            }
        }
        return text.Length;
    }

    /// <summary>"kind:group": YAML reads it as one word, not a key, unless a space follows the colon.</summary>
    private static (SourceSpan Span, string Sentence)? GluedKeyAndValue(string[] lines, int line)
    {
        foreach (int candidate in new[] { line, PreviousContentLine(lines, line) })
        {
            if (candidate < 0) continue;
            int column = ContentColumn(lines[candidate]);
            var match = GluedValue.Match(lines[candidate].Substring(column));
            if (!match.Success) continue;
            string key = match.Groups[1].Value;
            string value = lines[candidate].Substring(column + key.Length + 1).TrimEnd();
            return (At(candidate, column + key.Length + 1),
                $"'{key}:{value}' needs a space after the colon to be a key and its value: write '{key}: {value}'");
        }
        return null;
    }

    /// <summary>"source: document: doc": a key and value where the value of another key belongs, on its line.</summary>
    private static (SourceSpan Span, string Sentence)? TwoKeysOnOneLine(string[] lines, int line)
    {
        string text = lines[line];
        int column = ContentColumn(text);
        var outer = KeyLine.Match(text.Substring(column));
        if (!outer.Success) return null;
        int valueColumn = Indent(text, column + outer.Length);
        var inner = KeyLine.Match(text.Substring(valueColumn));
        if (!inner.Success) return null;
        string outerKey = text.Substring(column, text.IndexOf(':', column) - column).TrimEnd();
        string innerKey = text.Substring(valueColumn, text.IndexOf(':', valueColumn) - valueColumn).TrimEnd();
        return (At(line, valueColumn),
            $"'{innerKey}:' cannot follow '{outerKey}:' on the same line; put '{innerKey}: ...' on a line of its own, indented under '{outerKey}', or write '{outerKey}: {{ {innerKey}: ... }}'");
    }

    /// <summary>A line of plain text among the items of a list, without the '- ' that makes it one.</summary>
    private static (SourceSpan Span, string Sentence)? TextAmongListItems(string[] lines, int line)
    {
        string text = lines[line];
        int indent = Indent(text);
        string content = text.Substring(indent).TrimEnd();
        if (content.Length == 0 || StartsListItem(text, indent) || KeyLine.IsMatch(content)) return null;
        int previous = PreviousContentLine(lines, line);
        if (previous < 0 || Indent(lines[previous]) != indent || !StartsListItem(lines[previous], indent)) return null;
        return (At(line, indent), $"'{content}' is among the items of a list but does not start with '- '; write '- {content}'");
    }

    /// <summary>A line starting with '- ' where the lines above it, at the same indentation, are keys.</summary>
    private static (SourceSpan Span, string Sentence)? ListItemAmongKeys(string[] lines, int line)
    {
        string text = lines[line];
        int indent = Indent(text);
        if (!StartsListItem(text, indent)) return null;
        int previous = PreviousContentLine(lines, line);
        if (previous < 0 || KeyColumn(lines[previous]) != indent || StartsListItem(lines[previous], Indent(lines[previous]))
            && Indent(lines[previous]) == indent) return null;
        return (At(line, indent),
            $"A list item is mixed into a mapping: the lines above it at this indentation ({Spaces(indent)}) are keys; remove the '- ', or put the list under a key of its own");
    }

    /// <summary>A word alone on a line among keys: its colon and value are missing.</summary>
    private static (SourceSpan Span, string Sentence)? KeyWithoutColon(string[] lines, int line)
    {
        string text = lines[line];
        int column = ContentColumn(text);
        string content = text.Substring(column).TrimEnd();
        if (content.Length == 0 || !BareWord.IsMatch(content)) return null;
        int previous = PreviousContentLine(lines, line);
        if (previous < 0 || KeyColumn(lines[previous]) != column) return null;
        return (At(line, column), $"'{content}' is written where a key and its value belong; write '{content}: <value>', or remove the line");
    }

    /// <summary>A key indented unlike the key above it, which is not the start of a block it could belong to.</summary>
    private static (SourceSpan Span, string Sentence)? MisindentedKey(string[] lines, int line)
    {
        string text = lines[line];
        int indent = Indent(text);
        if (StartsListItem(text, indent) || !KeyLine.IsMatch(text.Substring(indent))) return null;
        int previous = PreviousContentLine(lines, line);
        if (previous < 0 || KeyColumn(lines[previous]) is not int expected || expected == indent || OpensBlock(lines[previous])) return null;

        string key = text.Substring(indent, text.IndexOf(':', indent) - indent).TrimEnd();
        return (At(line, indent), $"'{key}' is indented {Spaces(indent)}; the other keys of {Owner(lines, previous, expected)} are indented {expected}");
    }

    /// <summary>"this fact" when the keys belong to an entry of a top-level section, else "this mapping".</summary>
    private static string Owner(string[] lines, int sibling, int keyColumn)
    {
        for (int line = sibling; line >= 0; line--)
        {
            string text = lines[line];
            int indent = Indent(text);
            if (indent == text.Length || text[indent] == '#') continue;
            if (KeyColumn(text) != keyColumn) return "this mapping";
            if (!StartsListItem(text, indent)) continue;
            // The item's list: its parent is the nearest line indented less than the dash (or as much, for "key:\n- a").
            for (int parent = line - 1; parent >= 0; parent--)
            {
                string above = lines[parent];
                int aboveIndent = Indent(above);
                if (aboveIndent == above.Length || above[aboveIndent] == '#' || aboveIndent > indent) continue;
                if (aboveIndent == indent && StartsListItem(above, aboveIndent)) continue;
                return aboveIndent == 0 && KeyLine.IsMatch(above) ? "this fact" : "this list item";
            }
            return "this list item";
        }
        return "this mapping";
    }

    /// <summary>Where a line's key starts: after its indentation and any '- '; null when the line holds no key.</summary>
    private static int? KeyColumn(string text)
    {
        int column = ContentColumn(text);
        return KeyLine.IsMatch(text.Substring(column)) ? column : null;
    }

    /// <summary>The column after a line's indentation and list dashes.</summary>
    private static int ContentColumn(string text)
    {
        int column = Indent(text);
        while (StartsListItem(text, column)) column = Indent(text, column + 1);
        return column;
    }

    /// <summary>"key:" with nothing after it but a comment: the lines below may be indented further.</summary>
    private static bool OpensBlock(string text)
    {
        int hash = text.IndexOf(" #", StringComparison.Ordinal);
        return (hash >= 0 ? text.Substring(0, hash) : text).TrimEnd().EndsWith(":", StringComparison.Ordinal);
    }

    private static bool StartsListItem(string text, int column) =>
        column < text.Length && text[column] == '-' && (column + 1 == text.Length || text[column + 1] == ' ');

    private static int PreviousContentLine(string[] lines, int line)
    {
        for (int i = line - 1; i >= 0; i--)
        {
            int indent = Indent(lines[i]);
            if (indent < lines[i].Length && lines[i][indent] != '#') return i;
        }
        return -1;
    }

    private static int Indent(string text, int from = 0)
    {
        int column = from;
        while (column < text.Length && text[column] == ' ') column++;
        return column;
    }

    private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";

    private static SourceSpan At(int line, int column) => new(line, column, line, column + 1);
}
