namespace NotebookSummary;

/// <summary>
/// Keras Applications (<c>keras.applications</c>): the published image architectures as functional
/// <see cref="Model"/>s with Keras's layer names, shapes and parameter counts, so that a summary of
/// <c>Applications.ResNet50()</c> is the one Keras prints. Each method takes Keras's arguments in Keras's order
/// (camelCase): <c>includeTop</c>, <c>weights</c> (checked as Keras checks it; no file is read, the architecture
/// is the same), <c>inputTensor</c>, <c>inputShape</c> (without the batch), <c>pooling</c> (<c>"avg"</c>,
/// <c>"max"</c> or null), <c>classes</c>, <c>classifierActivation</c>, <c>name</c>, and each architecture's own.
/// Arguments Keras refuses throw an <see cref="ApplicationArgumentException"/> with Keras's message.
/// <code>
/// var baseModel = Applications.MobileNetV2(inputShape: (160, 160, 3), includeTop: false).WithTrainable(false);
/// var inputs = new Input(160, 160, 3);
/// var x = baseModel.Call(inputs);                     // one row of class Functional, its weights non-trainable
/// var outputs = new Dense(1).Call(new GlobalAveragePooling2D().Call(x));
/// var model = new Model(inputs, outputs);
/// </code>
/// </summary>
public static partial class Applications;
