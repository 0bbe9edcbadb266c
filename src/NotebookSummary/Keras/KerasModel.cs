using NotebookSummary.Analysis;

namespace NotebookSummary.Keras;

/// <summary>A model the code built — a Sequential or a functional model — with where and how the code refers to it.</summary>
public sealed class KerasModel
{
    internal KerasModel(Sequential? sequential, Model? functional, string? variableName, SourceLocation location, bool summaryRequested, bool isComplete)
    {
        Model = sequential;
        Functional = functional;
        VariableName = variableName;
        Location = location;
        SummaryRequested = summaryRequested;
        IsComplete = isComplete;
    }

    /// <summary>The Sequential model, with its layers as they were when the code ran (later cells of a session,
    /// <c>layer.trainable = False</c>, change the models they return, not this one); null for a functional model.</summary>
    public Sequential? Model { get; }

    /// <summary>The functional model (<c>keras.Model(inputs, outputs)</c>), or null for a Sequential.</summary>
    public Model? Functional { get; }

    /// <summary>The variable the model was last assigned to (<c>model</c>), or null.</summary>
    public string? VariableName { get; }

    /// <summary>Where the model was created (the <c>Sequential(...)</c> or <c>keras.Model(...)</c> call).</summary>
    public SourceLocation Location { get; }

    /// <summary>True when the code calls <c>.summary()</c> on it.</summary>
    public bool SummaryRequested { get; }

    /// <summary>
    /// True when the code's <c>.summary()</c> call asks for <c>show_trainable=True</c>: hosts show Keras 3's Trainable
    /// column in the text table, as Keras would print it.
    /// </summary>
    public bool ShowTrainable { get; internal init; }

    /// <summary>False when a layer of the model could not be read (the model then holds the layers before it).</summary>
    public bool IsComplete { get; }

    /// <summary>Summarizes the model, whichever kind it is.</summary>
    public ModelSummary Summarize() => Functional?.Summarize() ?? Model!.Summarize();

    // A functional model always has its input and output; a Sequential has layers once some were added.
    internal bool HasLayers => Functional is not null || Model!.Layers.Count > 0;

    public override string ToString() => Functional is not null
        ? $"{VariableName ?? Functional.Name ?? "functional"} (functional, line {Location.Line})"
        : $"{VariableName ?? Model!.Name} ({Model!.Layers.Count} layers, line {Location.Line})";
}
