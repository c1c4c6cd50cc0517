namespace Jilin.Urbanization.Domain.Errata;

/// <summary>A part of a numbered measure.</summary>
public enum MeasurePart
{
    /// <summary>The measure's text (without the number and the responsibility parenthetical).</summary>
    Text = 1,

    /// <summary>The content of the trailing responsibility parenthetical.</summary>
    Responsibility = 2,
}
