using System.Text;
using NotebookSummary.Cli;

HeapWarmUp.Apply(); // before anything is allocated for the run: see HeapWarmUp

// Tables and diagrams use box-drawing characters, and sources are UTF-8: read and write UTF-8 whatever the
// console's code page (Console.In would decode piped input with the console's input encoding).
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.OutputEncoding = utf8;
using var stdin = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true);
// Console.Out flushes every write through a 256-byte buffer: a 100,000-layer table became ~100,000 system calls.
// CliApp flushes this writer before anything goes to standard error, so messages keep their place in a terminal.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16);
return CliApp.Run(args, stdin, stdout, Console.Error);
