namespace Jilin.Urbanization.Domain.Places;

/// <summary>Which part of a document a <see cref="PlaceMention"/> stands in. Values are pinned.</summary>
public enum PlaceTextKind
{
    /// <summary>The paragraphs between the title and the first chapter.</summary>
    Preamble = 1,

    /// <summary>A chapter's title.</summary>
    ChapterTitle = 2,

    /// <summary>A measure group's title.</summary>
    GroupTitle = 3,

    /// <summary>A measure group's body text (groups without numbered measures).</summary>
    GroupBody = 4,

    /// <summary>A numbered measure's text (without its responsibility parenthetical).</summary>
    MeasureText = 5,

    /// <summary>The closing paragraphs.</summary>
    Closing = 6,
}
