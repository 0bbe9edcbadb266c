using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Keras.Hardening;

/// <summary>What the code's own <c>model.summary(...)</c> call asks for, as <see cref="KerasModel.ShowTrainable"/>.</summary>
public class SummaryCallOptionsTests
{
    private const string Model = "import keras\nmodel = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4)])\n";

    [Theory]
    [InlineData("model.summary(show_trainable=True)\n", true)]
    [InlineData("model.summary(None, None, None, False, True)\n", true)]
    [InlineData("model.summary()\n", false)]
    [InlineData("model.summary(show_trainable=False)\n", false)]
    [InlineData("model.summary(show_trainable=True)\nmodel.summary()\n", false)] // the last call is what is printed last
    [InlineData("", false)]
    public void Show_trainable_is_read_from_the_last_summary_call(string calls, bool expected) =>
        Assert.Equal(expected, KerasSource.Parse(Model + calls).Primary!.ShowTrainable);

    [Fact]
    public void A_later_cell_without_a_summary_call_does_not_ask_for_the_column()
    {
        var session = new KerasSession();
        Assert.True(session.Read(Model + "model.summary(show_trainable=True)\n").Primary!.ShowTrainable);
        Assert.False(session.Read("model.add(keras.layers.Dense(2))\n").Primary!.ShowTrainable);
    }
}
