namespace NotebookSummary.Keras;

/// <summary>A Sequential model the code built, with where and how the code refers to it.</summary>
public sealed class KerasModel
{
    internal KerasModel(Sequential model, string? variableName, SourceLocation location, bool summaryRequested, bool isComplete)
    {
        Model = model;
        VariableName = variableName;
        Location = location;
        SummaryRequested = summaryRequested;
        IsComplete = isComplete;
    }

    /// <summary>The model, as the core library's Sequential, with its layers as they were when the code ran: later
    /// cells of a session (<c>layer.trainable = False</c>) change the models they return, not this one.</summary>
    public Sequential Model { get; }

    /// <summary>The variable the model was last assigned to (<c>model</c>), or null.</summary>
    public string? VariableName { get; }

    /// <summary>Where the model was created (the <c>Sequential(...)</c> call).</summary>
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

    public override string ToString() => $"{VariableName ?? Model.Name} ({Model.Layers.Count} layers, line {Location.Line})";
}
