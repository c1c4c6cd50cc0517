using System.CommandLine;
using System.Text;
using System.Text.Json;
using Jilin.Urbanization.Domain.Serialization;
using Jilin.Urbanization.Domain.Tool.Cli;
using Jilin.Urbanization.Domain.Tool.Input;
using Jilin.Urbanization.Domain.Tracking;

namespace Jilin.Urbanization.Domain.Tool.Commands;

/// <summary>
/// <c>check &lt;file|dir&gt;…</c>: reads every file and prints the validation report; writes nothing. Exit code 0 when
/// every entry is valid, 1 when there are problems, 2 for a usage error. <c>--format json</c> prints
/// <c>{"entries": […], "problems": […], "notes": […]}</c>, entries in the JSON tracking format, notes the rows that
/// gave no entry and are no problem (未填报; 合计、落款或注释).
/// </summary>
internal static class CheckCommand
{
    private static readonly JsonSerializerOptions JsonOptions = DomainJson.CreateOptions();

    /// <summary>Builds the command and its examples.</summary>
    public static (Command Command, string[] Examples) Create(ToolContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Files (.csv, .tsv, .json, .xlsx; Chinese or English headers) or folders of them. 报送文件或文件夹。",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "text (the report, for people) or json ({\"entries\": […], \"problems\": […]}, for programs). 输出格式。",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var recordedOn = ToolOptions.Day("--recorded-on", "The day the files were sent (填报日期) for rows that do not say; else the day each row is about.");
        var command = new Command("check", "Check the files counties and departments sent back, writing nothing. 检查报送文件（不写入）。") { files, format, recordedOn };
        command.SetAction((parsed, cancellationToken) => Task.FromResult(Run(
            context,
            parsed.GetValue(files) ?? [],
            parsed.GetValue(format) == "json",
            new TrackingReadOptions { RecordedOn = parsed.GetValue(recordedOn) },
            cancellationToken)));
        return (command,
        [
            "jilin-urbanization check samples/data/                             # 检查整个文件夹 / every file in a folder",
            "jilin-urbanization check 2025-q4-status.csv --recorded-on 2025-10-10  # 指定填报日期 / the day it was sent",
            "jilin-urbanization check samples/data/ --format json > checked.json   # 机器可读 / for programs",
        ]);
    }

    private static int Run(ToolContext context, string[] paths, bool json, TrackingReadOptions options, CancellationToken cancellationToken)
    {
        var files = EntryFiles.Expand(paths);
        EntryBatch batch;
        using (var progress = new ProgressBar(context.Environment, files.Count))
        {
            batch = EntryFiles.Read(context.Catalog, files, options, progress, cancellationToken);
        }

        var output = context.Environment.Out;
        if (json)
        {
            output.WriteLine(ToJson(batch));
        }
        else
        {
            var colour = context.Environment.OutputColour;
            foreach (var problem in batch.Problems)
            {
                output.WriteLine($"{Paint.Red("problem:", colour)} {problem}");
            }

            foreach (var note in batch.Notes)
            {
                output.WriteLine($"note: {note}");
            }

            var summary = $"{batch.Entries.Count} valid entries in {files.Count} file(s), {batch.Problems.Count} problem(s). 有效 {batch.Entries.Count} 条，问题 {batch.Problems.Count} 个。";
            output.WriteLine(batch.Problems.Count == 0 ? Paint.Green(summary, colour) : Paint.Red(summary, colour));
        }

        return batch.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.Problems;
    }

    private static string ToJson(EntryBatch batch)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JsonOptions.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("entries");
            foreach (var entry in batch.Entries.Entries)
            {
                JsonSerializer.Serialize(writer, entry, JsonOptions.GetTypeInfo(entry.GetType()));
            }

            writer.WriteEndArray();
            writer.WriteStartArray("problems");
            foreach (var problem in batch.Problems)
            {
                writer.WriteStartObject();
                writer.WriteString("location", problem.Location);
                writer.WriteString("message", problem.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("notes");
            foreach (var note in batch.Notes)
            {
                writer.WriteStringValue(note);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
