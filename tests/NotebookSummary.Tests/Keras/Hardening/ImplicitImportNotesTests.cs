using NotebookSummary.Keras.Diagnostics;
using NotebookSummary.Keras;

namespace NotebookSummary.Tests.Keras.Hardening;

/// <summary>
/// A cell pasted without its import cell gets one note per missing import line — how often the names were used,
/// where they were first used, what to add — not a note per layer class ahead of the real error.
/// </summary>
public class ImplicitImportNotesTests
{
    // A tutorial cell: 'layers' twelve times, then the real problem (num_classes comes from an earlier cell).
    private const string Cell =
        "model = keras.Sequential([\n"
        + "    layers.Conv2D(32, 3, activation='relu', input_shape=(28, 28, 1)),\n"
        + "    layers.MaxPooling2D(),\n    layers.Conv2D(64, 3, activation='relu'),\n    layers.MaxPooling2D(),\n"
        + "    layers.Conv2D(64, 3, activation='relu'),\n    layers.Flatten(),\n    layers.Dropout(0.5),\n"
        + "    layers.Dense(64, activation='relu'),\n    layers.Dropout(0.5),\n    layers.Dense(32),\n"
        + "    layers.BatchNormalization(),\n    layers.Dense(num_classes),\n])\n";

    [Fact]
    public void Twelve_uses_of_layers_make_one_note_with_the_count_and_the_import()
    {
        var diagnostics = KerasSource.Parse(Cell).Diagnostics;
        var notes = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Info).ToList();
        Assert.Equal(2, notes.Count);
        Assert.Equal("'keras' is used without being imported; read as the module keras", notes[0].Message);
        Assert.Equal("add: from tensorflow import keras", notes[0].Hint);
        Assert.Equal("'layers' is used without being imported (12 times); read as the module keras.layers", notes[1].Message);
        Assert.Equal("add: from tensorflow.keras import layers", notes[1].Hint);
        Assert.Equal((2, 5), (notes[1].Line, notes[1].Column)); // the first use
        // The real problem follows, in source order.
        Assert.Equal("name 'num_classes' is not defined", diagnostics[^1].Message);
    }

    [Fact]
    public void Layer_classes_used_without_their_import_share_one_note()
    {
        var source = "model = Sequential()\nmodel.add(Dense(8, input_dim=4))\nmodel.add(Dropout(0.5))\n"
                     + "model.add(Dense(8))\nmodel.add(Activation('relu'))\nmodel.add(Dense(1))\n";
        var notes = KerasSource.Parse(source).Diagnostics;
        Assert.Equal(2, notes.Count);
        Assert.Equal("'Sequential' is used without being imported; read as keras.Sequential", notes[0].Message);
        Assert.Equal("add: from keras.models import Sequential", notes[0].Hint);
        Assert.Equal("'Dense', 'Dropout' and 'Activation' are used without being imported (5 times); read as the keras.layers classes",
            notes[1].Message);
        Assert.Equal("add: from keras.layers import Dense, Dropout, Activation", notes[1].Hint);
        Assert.Equal((2, 11), (notes[1].Line, notes[1].Column));
    }

    [Fact]
    public void A_note_keeps_its_place_before_later_diagnostics()
    {
        // The note about 'Dense' (first used on line 2) comes before the warning of line 3, as it was found first.
        var source = "from keras.models import Sequential\nmodel = Sequential([Dense(2, input_dim=2)])\nassert 1 == 2\nmodel.add(Dense(3))\n";
        var diagnostics = KerasSource.Parse(source).Diagnostics;
        Assert.Equal(2, diagnostics.Count);
        Assert.Equal("'Dense' is used without being imported (2 times); read as keras.layers.Dense", diagnostics[0].Message);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics[1].Severity);
    }

    [Fact]
    public void Each_notebook_cell_counts_its_own_uses()
    {
        var session = new KerasSession();
        var first = session.Read("model = Sequential([Dense(2, input_dim=2)])\n");
        Assert.Contains(first.Diagnostics, d => d.Message == "'Dense' is used without being imported; read as keras.layers.Dense");
        var second = session.Read("model.add(Dense(3))\nmodel.add(Dense(4))\n");
        Assert.Equal("'Dense' is used without being imported (2 times); read as keras.layers.Dense", Assert.Single(second.Diagnostics).Message);
    }
}
