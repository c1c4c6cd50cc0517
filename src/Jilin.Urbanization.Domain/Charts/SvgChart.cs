using System.Text;
using Ardalis.GuardClauses;
using Jilin.Urbanization.Domain.Serialization;

namespace Jilin.Urbanization.Domain.Charts;

/// <summary>
/// A chart as one self-contained SVG document: no script, no external reference, Chinese text as UTF-8, the same
/// bytes for the same input. Embed <see cref="Markup"/> in HTML or a notebook as it is, or save it as an .svg file.
/// Every data mark carries <c>class="mark"</c> and a tooltip (<c>&lt;title&gt;</c>).
/// </summary>
public sealed record SvgChart
{
    /// <summary>
    /// Creates a chart (normally made by a chart type of this namespace). The markup must be what an HTML page may embed
    /// as it is (<see cref="Reports.HtmlReport"/> does): SVG of the elements and attributes this library's charts use,
    /// with no script, event handler, link, style sheet, comment or entity.
    /// </summary>
    /// <param name="title">The chart's title, as the SVG's accessible title.</param>
    /// <param name="markup">The SVG document.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <param name="marks">How many data marks the chart draws.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="markup"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A size is zero, negative or not a number, <paramref name="marks"/> is negative, <paramref name="markup"/> is not
    /// such SVG (a script, an event handler, an unknown element or attribute, malformed XML), or <paramref name="title"/>
    /// holds a lone surrogate.
    /// </exception>
    public SvgChart(string title, string markup, double width, double height, int marks)
        : this(title, markup, width, height, marks, drawn: false)
    {
    }

    /// <summary>
    /// A chart; <paramref name="drawn"/> markup comes from <see cref="SvgWriter"/>, which escapes every text and writes
    /// only allowed elements, so it is not parsed again. Any other markup is validated rather than trusted: a chart does
    /// not keep its data, so one read from JSON or made by a caller cannot be redrawn, only checked.
    /// </summary>
    internal SvgChart(string title, string markup, double width, double height, int marks, bool drawn)
    {
        Title = Guard.Against.Null(title);
        Data.UserText.RequireRoundTrip(title, nameof(title));
        Markup = Guard.Against.Null(markup);
        if (!drawn && SvgMarkup.Problem(markup) is { } problem)
        {
            throw new ArgumentException($"The markup cannot be embedded in a page that promises no script: {problem}.", nameof(markup));
        }

        Width = Guard.Against.Expression(w => !double.IsFinite(w) || w <= 0, width, "A chart's width must be a positive number.", nameof(width));
        Height = Guard.Against.Expression(h => !double.IsFinite(h) || h <= 0, height, "A chart's height must be a positive number.", nameof(height));
        Marks = Guard.Against.Negative(marks);
    }

    /// <summary>The media type of <see cref="Markup"/>.</summary>
    public const string MediaType = "image/svg+xml";

    /// <summary>The chart's title.</summary>
    public string Title { get; }

    /// <summary>The SVG document, starting with <c>&lt;svg</c>.</summary>
    public string Markup { get; }

    /// <summary>The width in pixels.</summary>
    public double Width { get; }

    /// <summary>The height in pixels.</summary>
    public double Height { get; }

    /// <summary>How many data marks (bars, points) the chart draws.</summary>
    public int Marks { get; }

    /// <summary>Saves the chart as an SVG file (UTF-8 without a byte-order mark).</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public string Save(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        File.WriteAllText(full, Document, Utf8NoBom);
        return full;
    }

    /// <summary>Saves the chart as an SVG file (UTF-8 without a byte-order mark), asynchronously.</summary>
    /// <param name="path">The file to create or overwrite.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The full path written.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or whitespace.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<string> SaveAsync(string path, CancellationToken cancellationToken = default) =>
        AsyncStreams.SaveAsync(path, WriteAsync, cancellationToken);

    /// <summary>
    /// Writes the chart as an SVG document (UTF-8 without a byte-order mark) to a stream, asynchronously only, so an
    /// ASP.NET Core response body works; the stream is left open.
    /// </summary>
    /// <param name="stream">A writable stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task WriteAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        AsyncStreams.Writable(stream);
        return AsyncStreams.WriteAsync(stream, buffer => buffer.Write(Utf8NoBom.GetBytes(Document)), cancellationToken);
    }

    private static readonly UTF8Encoding Utf8NoBom = new(false);

    // What a file or a response holds: the XML declaration, then the markup.
    private string Document => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Markup;

    /// <summary>Readable form: title, size and number of marks.</summary>
    public override string ToString() => $"SVG chart '{Title}': {MarkupText.Number(Width)}×{MarkupText.Number(Height)} px, {Marks} marks";
}
