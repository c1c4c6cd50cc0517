namespace Jilin.Urbanization.Domain.Documents;

/// <summary>
/// The stable ids of the documents the package ships, and the rule every document id follows:
/// lower-case ASCII letters and digits in words joined by single hyphens. Published ids never change meaning.
/// </summary>
public static class DocumentIds
{
    /// <summary>
    /// 《吉林省关于推进以县城为重要载体的城镇化建设的若干举措》 (2022): 8 chapters, 37 groups, 88 measures.
    /// Seed <c>000_01bf865551ff927a.txt</c>, a scraped web page.
    /// </summary>
    public const string CountyUrbanization2022 = "jilin-2022-county-urbanization";

    /// <summary>
    /// 《吉林省2021年新型城镇化建设和城乡融合发展重点任务》 (2021, an attachment 附件): 6 chapters, 22 groups, 58 tasks.
    /// Seed <c>003_45457a5d941c424b.txt</c>.
    /// </summary>
    public const string UrbanizationTasks2021 = "jilin-2021-urbanization-tasks";

    /// <summary>True when <paramref name="id"/> is a well-formed document id.</summary>
    /// <param name="id">The text to test; null gives false.</param>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 100 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
