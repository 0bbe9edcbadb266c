using NotebookSummary.Rendering.PlainText;
using NotebookSummary.Rendering;

namespace NotebookSummary.Tests.Rendering;

/// <summary>rich's wrapping with ellipsis (Keras 3 cells) and Keras 2's cutting, on the README's examples.</summary>
public class CellTextTests
{
    [Theory]
    [InlineData("max_pooling2d (MaxPooling2D)", 27, new[] { "max_pooling2d", "(MaxPooling2D)" })]
    [InlineData("max_pooling2d (MaxPooling2D)", 31, new[] { "max_pooling2d (MaxPooling2D)" })]
    [InlineData("(None, None, 32, 16, 3)", 22, new[] { "(None, None, 32, 16,", "3)" })]
    [InlineData("Trainable", 5, new[] { "Trai…" })]
    [InlineData("102,764,544", 10, new[] { "102,764,5…" })]
    [InlineData("102,764,544", 11, new[] { "102,764,544" })]
    // A long word in the middle gets a line of its own; nothing folds onto the next line.
    [InlineData("a verylongword b", 5, new[] { "a", "very…", "b" })]
    // A word fits when it fits without its trailing spaces.
    [InlineData("ab cd", 5, new[] { "ab cd" })]
    [InlineData("ab cde", 5, new[] { "ab", "cde" })]
    // Runs of spaces stay inside a line, trailing ones go; line breaks in the text are kept.
    [InlineData("a   b", 10, new[] { "a   b" })]
    [InlineData("a\nb", 10, new[] { "a", "b" })]
    [InlineData("", 4, new[] { "" })]
    public void Wrap(string text, int width, string[] expected) =>
        Assert.Equal(expected, CellText.Fit(text, width, CellFit.WrapWithEllipsis));

    [Theory]
    [InlineData("max_pooling2d_5 (MaxPooling2D)", 28, "max_pooling2d_5 (MaxPooling2")]
    [InlineData("dense (Dense)", 28, "dense (Dense)")]
    public void Cut(string text, int width, string expected) =>
        Assert.Equal([expected], CellText.Fit(text, width, CellFit.Cut));

    [Theory]
    [InlineData("Y", 5, "Center", "  Y  ")]
    [InlineData("Y", 4, "Center", " Y  ")] // (4 − 1) // 2 = 1 space on the left
    [InlineData("12", 5, "Right", "   12")]
    [InlineData("ab", 4, "Left", "ab  ")]
    public void Justify(string line, int width, string justify, string expected)
    {
        var sb = new System.Text.StringBuilder();
        CellText.AppendJustified(sb, line, width, Enum.Parse<CellJustify>(justify));
        Assert.Equal(expected, sb.ToString());
    }
}
