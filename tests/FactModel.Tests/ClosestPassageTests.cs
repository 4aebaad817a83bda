using FactModel.Validation;

namespace FactModel.Tests;

/// <summary>
/// The closest passage FM3001 shows for a misquote: found on words, with the line of the document file it starts on,
/// and within its bounds (a long quote is matched on its first 64 words; words too frequent to say where cast no vote).
/// </summary>
public class ClosestPassageTests
{
    [Fact]
    public void Lines_are_counted_in_the_document_file_across_blank_lines_and_crlf()
    {
        var document = SourceDocument.FromText("d", "d.txt", "First line.\r\n\r\n  Second paragraph,\r\nthird line: brokered a deal.\n");

        ClosestPassage.Find(document, "brokered an agreement").ShouldBe(("brokered a deal", 4));
        ClosestPassage.Find(document, "first lines").ShouldBe(("First line", 1));
        // The words are there across a line break, with a comma the quote left out: the passage shows the comma.
        ClosestPassage.Find(document, "Second paragraph third").ShouldBe(("Second paragraph, third", 3));
    }

    [Fact]
    public void A_passage_that_shares_too_few_words_is_not_shown()
    {
        var document = SourceDocument.FromText("d", "d.txt", "The ceasefire talks resumed in Doha on Thursday.");

        ClosestPassage.Find(document, "the army withdrew from the northern towns overnight").ShouldBeNull();
    }

    [Fact]
    public void A_quote_longer_than_64_words_is_matched_on_its_beginning()
    {
        string[] words = Enumerable.Range(0, 100).Select(i => "word" + i).ToArray();
        var document = SourceDocument.FromText("d", "d.txt", string.Join(" ", words));
        string quote = string.Join(" ", words.Take(90)).Replace("word5 ", "wrong ", StringComparison.Ordinal);

        var (text, line) = ClosestPassage.Find(document, quote)!.Value;

        text.ShouldStartWith("word0 word1");
        text.ShouldEndWith("...");
        line.ShouldBe(1);
    }

    [Fact]
    public void Words_too_frequent_to_say_where_cast_no_vote()
    {
        // "the" occurs 300 times: a quote made of it alone has nowhere to start.
        var document = SourceDocument.FromText("d", "d.txt", string.Concat(Enumerable.Repeat("the ", 300)) + "end");

        ClosestPassage.Find(document, "the the thee").ShouldBeNull();
    }
}
