using NotebookSummary.Analysis;

namespace NotebookSummary.Tests.Analysis;

public class CharPairFilterTests
{
    private static readonly string[] Notes =
    [
        "padding=\"same\": zeros are added around the input so that the output keeps ⌈n/s⌉ positions",
        "non-trainable = 2·c = 2·64 = 128 (moving mean and variance)",
        "add_3 + conv2d_12",
    ];

    [Fact]
    public void Every_word_the_texts_hold_may_occur()
    {
        // No wrong "no": the filter only spares the search for words that cannot occur.
        var filter = new CharPairFilter(Notes);
        foreach (string note in Notes)
            for (int start = 0; start < note.Length; start++)
                for (int length = 2; start + length <= note.Length; length++)
                    Assert.True(filter.MayHold(note.Substring(start, length)), note.Substring(start, length));
    }

    [Theory]
    [InlineData("activation_41")]
    [InlineData("batch_normalization_7")]
    [InlineData("conv2d_99")]
    public void A_layer_name_the_texts_do_not_hold_is_turned_away(string label)
    {
        // Counting work: a row's input name that no note holds is answered without searching the notes.
        var filter = new CharPairFilter(Notes);
        Assert.DoesNotContain(Notes, note => note.Contains(label, StringComparison.Ordinal));
        Assert.False(filter.MayHold(label));
    }
}
