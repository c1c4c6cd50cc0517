namespace Jilin.Urbanization.Domain.Supervision;

/// <summary>The colour of a supervision notice (督办单): blue, then orange, then red as notices go unanswered.</summary>
public enum NoticeLevel
{
    /// <summary>Blue (蓝色督办单): a first reminder.</summary>
    Blue = 1,

    /// <summary>Orange (橙色督办单): the last notice was not answered by its reply deadline.</summary>
    Orange = 2,

    /// <summary>Red (红色督办单): an orange or red notice was not answered by its reply deadline; red stays red.</summary>
    Red = 3,
}
