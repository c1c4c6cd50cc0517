namespace Jilin.Urbanization.Domain.Tool.Cli;

/// <summary>A command line the tool cannot act on (exit code 2): the message names the option or argument.</summary>
internal sealed class UsageException(string message) : Exception(message);
