using System;
using System.Text;

namespace FactModel.Fuzz;

/// <summary>How a fuzzing input's bytes become a fact file's text.</summary>
public static class FuzzInput
{
    /// <summary>
    /// Decodes an input as a fact file's bytes: UTF-8, where an invalid sequence becomes U+FFFD (as a decoder does),
    /// except that a surrogate written as UTF-8 (bytes ED A0..BF 80..BF, as in WTF-8) becomes that UTF-16 code unit,
    /// so that inputs can also hold the lone surrogates a string may contain. A byte order mark is kept as U+FEFF.
    /// The regression tests (tests/FactModel.Generator.Tests/FuzzRegressionTests.cs) compile this same file.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        int i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] == 0xED && i + 2 < bytes.Length && bytes[i + 1] >= 0xA0 && bytes[i + 1] <= 0xBF && (bytes[i + 2] & 0xC0) == 0x80)
            {
                text.Append((char)(0xD000 | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F)));
                i += 3;
                continue;
            }
            // Up to the next ED byte, a lead byte, so that no valid sequence is cut in two.
            int next = bytes.Slice(i + 1).IndexOf((byte)0xED);
            int end = next < 0 ? bytes.Length : i + 1 + next;
            text.Append(Encoding.UTF8.GetString(bytes.Slice(i, end - i)));
            i = end;
        }
        return text.ToString();
    }
}
