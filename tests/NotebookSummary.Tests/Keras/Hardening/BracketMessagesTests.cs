using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Keras.Hardening;

/// <summary>
/// Bracket errors say where the opening bracket was, in Python 3.10+'s words: "closing parenthesis ']' does not
/// match opening parenthesis '(' on line 4" (the line only when it differs), "'[' was never closed" at the
/// opening bracket, "unmatched ')'"; each with a fix.
/// </summary>
public class BracketMessagesTests
{
    private static Diagnostic SingleError(string source) => Assert.Single(KerasSource.Parse(source).Diagnostics);

    [Theory]
    // The Dense( of line 4 is left open; the ']' on line 5 closes the list of line 2 instead.
    [InlineData("import keras\nmodel = keras.Sequential([\n    keras.Input((3,)),\n    keras.layers.Dense(4,\n])\n",
        " on line 4", 5, 1, "close the '(' of line 4, column 23 with ')' first, or remove the extra ']'")]
    // On the same line Python names no line.
    [InlineData("x = [1, (2, 3]\n", "", 1, 14, "close the '(' of line 1, column 9 with ')' first, or remove the extra ']'")]
    public void A_mismatched_closing_bracket_says_where_the_opening_one_is(string source, string where, int line, int column, string hint)
    {
        var error = SingleError(source);
        Assert.Equal($"closing parenthesis ']' does not match opening parenthesis '('{where}", error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(hint, error.Hint);
    }

    [Fact]
    public void Lines_are_counted_within_a_notebook_cell()
    {
        var session = new KerasSession();
        session.Read("a = 1\nb = 2\n");
        var error = Assert.Single(session.Read("x = {\n  'a': (1,\n}\n").Diagnostics);
        Assert.Equal("closing parenthesis '}' does not match opening parenthesis '(' on line 2", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Theory]
    [InlineData("model = keras.Sequential([\n    keras.Input((3,)),\n", "'[' was never closed", 1, 26, "add the closing ']' where it ends")]
    [InlineData("x = foo(1,\ny = 2\n", "'(' was never closed", 1, 8, "add the closing ')' where it ends")]
    [InlineData("d = {'a': 1,\n", "'{' was never closed", 1, 5, "add the closing '}' where it ends")]
    [InlineData("x = 1)\n", "unmatched ')'", 1, 6, "remove it, or add the '(' it closes")]
    public void Unclosed_and_unmatched_brackets_point_at_the_bracket_with_a_fix(string source, string message, int line, int column, string hint)
    {
        var error = SingleError(source);
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Equal(hint, error.Hint);
    }
}
