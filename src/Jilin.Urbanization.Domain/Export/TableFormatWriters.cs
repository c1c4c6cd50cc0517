using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Reports;

namespace Jilin.Urbanization.Domain.Export;

/// <summary>
/// The writers of formats the core library leaves to companion packages: today <see cref="ExportFormat.Xlsx"/>, which
/// <c>Jilin.Urbanization.Domain.Excel</c> registers (call its registration once at start-up). Process-wide and
/// thread-safe; a later registration for the same format replaces the earlier one.
/// </summary>
public static class TableFormatWriters
{
    private static ImmutableDictionary<ExportFormat, ITableFormatWriter> writers = ImmutableDictionary<ExportFormat, ITableFormatWriter>.Empty;

    /// <summary>Registers <paramref name="writer"/> for its format, replacing any writer registered before for it.</summary>
    /// <param name="writer">The writer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">The writer's format is one the core writes itself (CSV, JSON, Markdown, HTML), or not a defined value.</exception>
    public static void Register(ITableFormatWriter writer)
    {
        Guard.Against.Null(writer);
        var format = writer.Format;
        if (format != ExportFormat.Xlsx)
        {
            throw new ArgumentException($"The core library writes {format} itself; only {ExportFormat.Xlsx} takes a registered writer.", nameof(writer));
        }

        ImmutableInterlocked.AddOrUpdate(ref writers, format, writer, (_, _) => writer);
    }

    /// <summary>The writer registered for <paramref name="format"/>, if any.</summary>
    /// <param name="format">The format.</param>
    /// <param name="writer">The writer, or null.</param>
    /// <returns>True when a writer is registered.</returns>
    public static bool TryGet(ExportFormat format, [NotNullWhen(true)] out ITableFormatWriter? writer) =>
        Volatile.Read(ref writers).TryGetValue(format, out writer);

    /// <summary>Forgets every registration (tests only).</summary>
    internal static void Clear() => Volatile.Write(ref writers, ImmutableDictionary<ExportFormat, ITableFormatWriter>.Empty);

    /// <summary>Writes <paramref name="tables"/> with the writer registered for <paramref name="format"/>.</summary>
    /// <exception cref="NotSupportedException">No writer is registered: the message names the package to add.</exception>
    internal static void Write(Stream stream, ExportFormat format, IReadOnlyList<ReportTable> tables, CultureInfo culture)
    {
        if (!TryGet(format, out var writer))
        {
            throw new NotSupportedException(
                $"Writing {format} (.{format.ToString().ToLowerInvariant()}) needs the package Jilin.Urbanization.Domain.Excel: add it " +
                "(dotnet add package Jilin.Urbanization.Domain.Excel) and register its writer once at start-up " +
                "(TableFormatWriters.Register). CSV, JSON, Markdown and HTML need no extra package.");
        }

        writer.Write(stream, tables, culture);
    }
}
