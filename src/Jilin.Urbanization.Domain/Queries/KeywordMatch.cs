namespace Jilin.Urbanization.Domain.Queries;

/// <summary>How several keywords combine in a keyword filter.</summary>
public enum KeywordMatch
{
    /// <summary>A measure must contain every keyword.</summary>
    All = 1,

    /// <summary>A measure must contain at least one keyword.</summary>
    Any = 2,
}
