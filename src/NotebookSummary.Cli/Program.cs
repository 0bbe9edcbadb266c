using System.Text;
using NotebookSummary.Cli;

// Tables and diagrams use box-drawing characters, and sources are UTF-8: read and write UTF-8 whatever the
// console's code page (Console.In would decode piped input with the console's input encoding).
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.OutputEncoding = utf8;
using var stdin = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true);
return CliApp.Run(args, stdin, Console.Out, Console.Error);
