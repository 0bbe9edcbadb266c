namespace NotebookSummary.Tests.Cli;

/// <summary>The smallest sources the CLI tests feed it: one that summarizes, one with a source error.</summary>
internal static class SampleSources
{
    /// <summary>A valid model: Dense(2) on 4 inputs, (4 + 1)·2 = 10 parameters.</summary>
    public const string Valid = "import keras\nfrom keras import layers\nmodel = keras.Sequential([keras.Input((4,)), layers.Dense(2)])\n";

    /// <summary>An unknown layer (a source error: exit code 1, no table).</summary>
    public const string UnknownLayer = "import keras\nmodel = keras.Sequential([keras.layers.Dense2(3)])\n";
}
